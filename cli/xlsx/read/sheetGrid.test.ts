import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CellValue, MergedArea } from "../../../core/index";
import { CellLog } from "./cellLog";
import { sheetGrid } from "./sheetGrid";

interface Cell {
  row: number;
  column: number;
  style: number;
  value: CellValue;
}

const FORMATS = ["General", "0.00", "yyyy-mm-dd"];

/** The grid as plainly as it can be said: a dense sheet, merged cells emptied, then cut to the non-blank cells' box. */
function plainGrid(cells: readonly Cell[], merges: readonly MergedArea[]) {
  const sheet = new Map<string, Cell>();
  for (const cell of cells) sheet.set(`${cell.row},${cell.column}`, cell);
  for (const m of merges) {
    for (const [key, cell] of sheet) {
      const inside =
        cell.row >= m.top && cell.row <= m.bottom && cell.column >= m.left && cell.column <= m.right;
      if (inside && (cell.row !== m.top || cell.column !== m.left)) sheet.delete(key);
    }
  }
  const counted = [...sheet.values()].filter(
    (c) => c.value !== null && !(typeof c.value === "string" && c.value.trim() === ""),
  );
  if (counted.length === 0) return { values: [], origin: { row: 1, column: 1 }, numberFormats: [] };
  const top = Math.min(...counted.map((c) => c.row));
  const left = Math.min(...counted.map((c) => c.column));
  const bottom = Math.max(...counted.map((c) => c.row));
  const right = Math.max(...counted.map((c) => c.column));
  const values: CellValue[][] = [];
  const numberFormats: string[][] = [];
  for (let r = top; r <= bottom; r++) {
    const valueRow: CellValue[] = [];
    const formatRow: string[] = [];
    for (let c = left; c <= right; c++) {
      const cell = sheet.get(`${r},${c}`);
      valueRow.push(cell?.value ?? null);
      formatRow.push(
        cell === undefined || cell.value === null ? "General" : (FORMATS[cell.style] ?? "General"),
      );
    }
    values.push(valueRow);
    numberFormats.push(formatRow);
  }
  return { values, origin: { row: top, column: left }, numberFormats };
}

const cellArbitrary = fc.record({
  row: fc.integer({ min: 1, max: 12 }),
  column: fc.integer({ min: 1, max: 8 }),
  style: fc.integer({ min: 0, max: 3 }),
  value: fc.oneof(
    fc.constant(null),
    fc.integer(),
    fc.boolean(),
    fc.constantFrom("a", "物业", " ", "", "\u3000", " x "),
  ),
});
const mergeArbitrary = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 8 }), fc.nat(3), fc.nat(3))
  .map(([top, left, height, width]) => ({ top, left, bottom: top + height, right: left + width }));

describe("sheetGrid", () => {
  it("gives what the plain dense construction gives, for cells in any order, merges included", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(cellArbitrary, { selector: (c) => `${c.row},${c.column}`, maxLength: 40 }),
        fc.array(mergeArbitrary, { maxLength: 6 }),
        (cells, merges) => {
          const log = new CellLog();
          for (const cell of cells)
            if (cell.value !== null) log.add(cell.row, cell.column, cell.style, cell.value);
          const grid = sheetGrid("表", log, merges, FORMATS);
          const expected = plainGrid(cells, merges);
          const listed = merges.filter(
            (m, i) => merges.findIndex((n) => JSON.stringify(n) === JSON.stringify(m)) === i,
          );
          expect(grid).toEqual(
            merges.length > 0 && expected.values.length > 0
              ? { name: "表", ...expected, merges: listed }
              : { name: "表", ...expected },
          );
        },
      ),
    );
  });

  it("gives each grid row its own values, and shares alike format rows, frozen", () => {
    const log = new CellLog();
    log.add(1, 1, 0, 1);
    log.add(1, 2, 2, 46027);
    log.add(2, 1, 0, 2);
    log.add(2, 2, 2, 46028);
    log.add(4, 2, 1, 3.5);
    const grid = sheetGrid("表", log, [], FORMATS);
    expect(new Set(grid.values).size).toBe(4);
    const formats = grid.numberFormats ?? [];
    expect(formats).toEqual([
      ["General", "yyyy-mm-dd"],
      ["General", "yyyy-mm-dd"],
      ["General", "General"],
      ["General", "0.00"],
    ]);
    expect(formats[0]).toBe(formats[1]);
    expect(formats.every((row) => Object.isFrozen(row))).toBe(true);
  });
});
