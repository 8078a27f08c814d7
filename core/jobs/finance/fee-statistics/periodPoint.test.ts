import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../table/sheetData";
import { isoToExcelSerial } from "../../../values/excelSerial";
import { parsePeriodPoint, periodPointOfCell, type PeriodPoint } from "./periodPoint";

const month = (year: number | null, m: number): PeriodPoint => ({ year, month: m, day: null });
const day = (year: number | null, m: number, d: number): PeriodPoint => ({ year, month: m, day: d });

describe("parsePeriodPoint", () => {
  it.each([
    ["2026-09", month(2026, 9)],
    ["2026/9", month(2026, 9)],
    ["2026.09", month(2026, 9)],
    ["2026年9月", month(2026, 9)],
    ["2026年9", month(2026, 9)],
    ["202609", month(2026, 9)],
    ["2026-08-21", day(2026, 8, 21)],
    ["2026.8.21", day(2026, 8, 21)],
    ["2026年8月21日", day(2026, 8, 21)],
    ["20260821", day(2026, 8, 21)],
    ["9", month(null, 9)],
    ["9月", month(null, 9)],
    ["9月份", month(null, 9)],
    ["8月21日", day(null, 8, 21)],
    ["8.21", day(null, 8, 21)],
    ["8-21", null], // 9-10 is a range of months, so 8-21 is no day
    ["2026", null],
    ["2026-00", null],
    ["1899-12", null],
    ["13月", null],
    ["8月32日", null],
    ["九月", null],
  ])("%s", (text, expected) => {
    expect(parsePeriodPoint(text)).toEqual(expected);
  });
});

describe("periodPointOfCell", () => {
  const serial = isoToExcelSerial("2026-09-01", false);
  it.each<[string, CellValue, string | undefined, PeriodPoint | null]>([
    ["text", "2026年9月", undefined, month(2026, 9)],
    ["a month number", 9, undefined, month(null, 9)],
    ["a month number, General", 9, "General", month(null, 9)],
    ["yyyymm number", 202609, undefined, month(2026, 9)],
    ["yyyymmdd number", 20260821, undefined, day(2026, 8, 21)],
    ["a serial shown as a month (a typed 2026-09)", serial, "yyyy-mm", month(2026, 9)],
    ["a serial shown as mmm-yy", serial, "mmm-yy", month(2026, 9)],
    ["a serial shown as a Chinese month", serial, 'yyyy"年"m"月"', month(2026, 9)],
    ["a serial shown as a day", serial, "yyyy-mm-dd", day(2026, 9, 1)],
    ["a serial shown as a day, locale tag", serial, "[$-804]yyyy/m/d", day(2026, 9, 1)],
    ["a serial without a format", serial, undefined, day(2026, 9, 1)],
    ["a boolean", true, undefined, null],
    ["empty", null, undefined, null],
  ])("%s", (_what, value, format, expected) => {
    expect(periodPointOfCell(value, format, false)).toEqual(expected);
  });

  it("reads serials in the 1904 date system", () => {
    expect(periodPointOfCell(isoToExcelSerial("2026-09-01", true), "yyyy-mm", true)).toEqual(month(2026, 9));
  });
});
