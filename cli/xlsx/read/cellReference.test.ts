import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_COLUMN, MAX_ROW, parseRange, readCellReference } from "./cellReference";

function reference(text: string): [number, number] | null {
  const into = new Int32Array(2);
  return readCellReference(Buffer.from(text, "latin1"), 0, text.length, into)
    ? [into[0] ?? 0, into[1] ?? 0]
    : null;
}

function columnName(column: number): string {
  let name = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

describe("readCellReference", () => {
  it("reads A1, $AB$12, lower case and the sheet's last cell", () => {
    expect(reference("A1")).toEqual([1, 1]);
    expect(reference("$AB$12")).toEqual([12, 28]);
    expect(reference("ab12")).toEqual([12, 28]);
    expect(reference("XFD1048576")).toEqual([MAX_ROW, MAX_COLUMN]);
  });

  it("reads back every column and row it is given", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: MAX_COLUMN }),
        fc.integer({ min: 1, max: MAX_ROW }),
        (column, row) => {
          expect(reference(`${columnName(column)}${row}`)).toEqual([row, column]);
        },
      ),
    );
  });

  it.each(["XFE1", "A1048577", "A0", "A", "1", "", "A1B", "A-1"])("refuses %j", (text) => {
    expect(reference(text)).toBeNull();
  });
});

describe("parseRange", () => {
  it("reads a range with its corners in any order, or one cell", () => {
    expect(parseRange("B2:D4")).toEqual({ top: 2, left: 2, bottom: 4, right: 4 });
    expect(parseRange("D4:B2")).toEqual({ top: 2, left: 2, bottom: 4, right: 4 });
    expect(parseRange("C3")).toEqual({ top: 3, left: 3, bottom: 3, right: 3 });
    expect(parseRange("A1:")).toBeNull();
  });
});
