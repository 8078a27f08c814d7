import { describe, expect, it } from "vitest";
import { excelSerial, toCellValue } from "./cellValue";

describe("toCellValue", () => {
  it.each([
    [null, null],
    [undefined, null],
    [42.5, 42.5],
    ["text", "text"],
    [true, true],
    [Number.NaN, null],
    [{ richText: [{ text: "物业" }, { font: { bold: true }, text: "费" }] }, "物业费"],
    [{ text: "site", hyperlink: "https://example.com/" }, "site"],
    [{ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "#A1" }, "ab"],
    [{ formula: "1+1", result: 2 }, 2],
    [{ formula: 'A1&""', result: "x" }, "x"],
    [{ formula: "A1>0", result: false }, false],
    [{ formula: "1/0", result: { error: "#DIV/0!" } }, "#DIV/0!"],
    [{ formula: "NOW()" }, null],
    [{ sharedFormula: "B1", result: 4 }, 4],
    [{ formula: "A1:A3*2", result: 6, shareType: "array", ref: "C1:C3" }, 6],
    [{ error: "#N/A" }, "#N/A"],
  ])("%j -> %j", (value, expected) => {
    expect(toCellValue(value, false)).toEqual(expected);
  });

  it("turns dates, also formula results, back into serials of the workbook's date system", () => {
    const day = new Date(Date.UTC(2026, 0, 5));
    expect(toCellValue(day, false)).toBe(46027);
    expect(toCellValue(day, true)).toBe(46027 - 1462);
    expect(toCellValue({ formula: "TODAY()", result: day }, false)).toBe(46027);
  });
});

describe("excelSerial", () => {
  it("inverts ExcelJS's conversion exactly for whole days and to the millisecond for times", () => {
    const toDate = (serial: number, date1904: boolean): Date =>
      new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000));
    for (const serial of [1, 59, 61, 45658, 46027, 2958465]) {
      expect(excelSerial(toDate(serial, false), false)).toBe(serial);
      expect(excelSerial(toDate(serial, true), true)).toBe(serial);
    }
    expect(excelSerial(toDate(46027.75, false), false)).toBe(46027.75);
    expect(Math.abs(excelSerial(toDate(46027.1234567, false), false) - 46027.1234567)).toBeLessThan(1e-8);
  });
});
