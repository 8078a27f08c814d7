import { describe, expect, it } from "vitest";
import type { CellValue, SheetData } from "../table/sheetData";
import { functionContext, isHolidaySheetName } from "./functionContext";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  values,
  origin: { row: 1, column: 1 },
});
const COMPANY_DAY: CellValue[][] = [
  ["日期", "类型", "名称"],
  ["2026-11-30", "休", "公司周年庆"],
];

describe("functionContext", () => {
  it.each<[string, boolean]>([
    ["节假日", true],
    ["節假日", true],
    ["Holidays", true],
    ["holiday", true],
    [" HOLIDAYS ", true],
    ["节 假 日", true],
    ["节假日值班表", false], // the duty roster is not the holiday table
    ["假日", false],
    ["Sheet1", false],
  ])("takes holidays from a sheet named %j: %s", (name, taken) => {
    expect(isHolidaySheetName(name)).toBe(taken);
    const context = functionContext([sheet(name, COMPANY_DAY)], false);
    expect(context.calendar.isWorkingDay("2026-11-30")).toBe(!taken);
  });

  it("is the built-in calendar without a holiday sheet, one calendar for every such workbook", () => {
    const a = functionContext([], false);
    const b = functionContext([sheet("Sheet1", [["x"]])], true);
    expect(a.calendar).toBe(b.calendar);
    expect([a.date1904, b.date1904]).toEqual([false, true]);
    expect(a.calendar.isWorkingDay("2026-10-10")).toBe(true);
  });

  it("reads the holiday sheet's serial dates in the workbook's date system", () => {
    const serial1904 = 46356 - 1462; // 2026-11-30
    const context = functionContext(
      [
        sheet("节假日", [
          ["日期", "类型"],
          [serial1904, "休"],
        ]),
      ],
      true,
    );
    expect(context.calendar.isWorkingDay("2026-11-30")).toBe(false);
  });
});
