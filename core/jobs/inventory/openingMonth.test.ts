import { describe, expect, it } from "vitest";
import type { CellValue, SheetData } from "../../table/sheetData";
import { isoToExcelSerial } from "../../values/excelSerial";
import { openingMonthAssumed, openingMonthLines, statedOpeningMonth } from "./openingMonth";

const HEADER = ["物资名称", "规格", "单位", "期初数量", "期初金额"];

/** An opening sheet with `above` over its header (header row = above.length + 1). */
function opening(above: CellValue[][], numberFormats?: string[][]): SheetData {
  const sheet: SheetData = {
    name: "期初库存",
    values: [...above, HEADER, ["灯管", "T8", "支", 10, 120]],
    origin: { row: 1, column: 1 },
  };
  if (numberFormats !== undefined) sheet.numberFormats = numberFormats;
  return sheet;
}

const monthsOf = (above: CellValue[][], numberFormats?: string[][]) =>
  openingMonthLines(opening(above, numberFormats), above.length + 1, false).map((l) => l.month);

describe("the opening month read from the lines above the opening stock's header", () => {
  it.each<[string, CellValue[][], string[]]>([
    ["a Chinese month title", [["2026年11月 期初库存"]], ["2026-11"]],
    ["a month title with 份 and spaces", [["阳光花园 2026 年 11 月份期初库存表"]], ["2026-11"]],
    ["a dashed month title", [["2026-11 期初库存"]], ["2026-11"]],
    ["a dotted month alone", [["2026.11"]], ["2026-11"]],
    ["a slashed month alone", [["2026/11"]], ["2026-11"]],
    ["期初月份：", [["期初库存表"], ["期初月份：2026-11"]], ["2026-11"]],
    ["月份： in a cell of its own, the value in the next", [["月份：", "2026年11月"]], ["2026-11"]],
    ["月份：202611 as a number", [["月份：", 202611]], ["2026-11"]],
    ["Month: in English", [["Month: 2026-11"]], ["2026-11"]],
    ["截至 the month's last day", [["截至2026年10月31日"]], ["2026-11"]],
    ["截止 a dashed last day", [["截止2026-10-31"]], ["2026-11"]],
    ["a last day followed by 库存", [["2026年10月31日库存"]], ["2026-11"]],
    ["截至： as a label", [["截至：2026-10-31"]], ["2026-11"]],
    ["截至 a month (its end)", [["截至2026年10月"]], ["2026-11"]],
    ["a month with 期末", [["2026-10 期末库存"]], ["2026-11"]],
    ["a month with 月末", [["2026年10月末库存"]], ["2026-11"]],
    ["the first of a month with 期初", [["2026年11月1日期初"]], ["2026-11"]],
    ["a range: its start only", [["期初库存 2026.11.01-2026.11.30"]], ["2026-11"]],
    ["a year-end last day", [["截至2026年12月31日"]], ["2027-01"]],
    ["a leap-year February's last day", [["截至2028-02-29"]], ["2028-03"]],
    ["Traditional: 截至 and 庫存", [["截至2026年10月31日庫存"]], ["2026-11"]],
    [
      "a title and a label that agree",
      [["2026年11月 期初库存"], ["截至：2026-10-31"]],
      ["2026-11", "2026-11"],
    ],
    ["no month at all", [["期初库存表"], ["仓库：一号库"]], []],
    ["the date the sheet was made (a label)", [["期初库存表"], ["制表日期：2026-12-02"]], []],
    ["the date the sheet was made (a title)", [["期初库存表  制表 2026-12-02"]], []],
    ["the value of another bare label", [["制表日期：", "2026-12-02"]], []],
    ["an amount that looks like a month", [["合计 1000.10 元"]], []],
    ["a month out of range", [["2026-13 期初库存"]], []],
  ])("%s", (_what, above, months) => {
    expect(monthsOf(above)).toEqual(months);
  });

  it.each<[string, CellValue, string, string]>([
    ["a date serial shown as a month", isoToExcelSerial("2026-11-01", false), 'yyyy"年"m"月"', "2026-11"],
    ["a date serial shown as a last day", isoToExcelSerial("2026-10-31", false), "yyyy-mm-dd", "2026-11"],
  ])("%s", (_what, cell, format, month) => {
    expect(monthsOf([["期初库存"], ["月份：", cell]], [[], ["General", format]])).toEqual([month]);
    expect(monthsOf([[cell]], [[format]])).toEqual([month]);
  });

  it("a number without a date format is not a date", () => {
    expect(monthsOf([["月份：", 46327]], [["General", "General"]])).toEqual([]);
  });

  it.each<[string, string, string]>([
    ["the 30th, the month's last working day", "截至2026年10月30日", "2026-11"],
    ["the 16th", "截至2026-10-16", "2026-11"],
    ["the 15th", "2026-11-15 期初库存", "2026-11"],
    ["the 2nd", "2026年11月2日期初", "2026-11"],
  ])(
    "a date that is neither a first nor a last day (%s) opens the nearer month start, with a warning",
    (_what, title, month) => {
      const lines = openingMonthLines(opening([[title]]), 2, false);
      const date = lines[0]?.midMonth;
      expect(lines.map((l) => l.month)).toEqual([month]);
      expect(date).not.toBeNull();
      const stated = statedOpeningMonth(lines);
      expect(stated.month).toBe(month);
      expect(stated.issues).toEqual([
        {
          code: "opening_date_mid_month",
          severity: "warning",
          sheet: "期初库存",
          row: 1,
          column: "A",
          params: { date, month },
        },
      ]);
    },
  );

  it("the first line wins; a later line with another month is warned about once", () => {
    const above: CellValue[][] = [["2026年11月 期初库存"], ["月份：2026-10"], ["2026-10"]];
    const stated = statedOpeningMonth(openingMonthLines(opening(above), 4, false));
    expect(stated.month).toBe("2026-11");
    expect(stated.issues.map((i) => [i.code, i.row, i.params?.["other"], i.params?.["month"]])).toEqual([
      ["opening_month_conflict", 2, "2026-10", "2026-11"],
    ]);
  });

  it("reads only the lines above the header, wherever the used range starts", () => {
    const sheet: SheetData = {
      name: "期初",
      values: [["2026年11月 期初库存"], HEADER, ["2026年12月备用", "", "支", 1, 1]],
      origin: { row: 3, column: 2 },
    };
    expect(openingMonthLines(sheet, 4, false)).toEqual([
      { month: "2026-11", sheet: "期初", row: 3, column: "B", midMonth: null },
    ]);
  });

  it("no line: nothing stated, and the month used is said per opening sheet", () => {
    expect(statedOpeningMonth([])).toEqual({ month: null, issues: [] });
    expect(openingMonthAssumed(["期初库存"], "2026-10")).toEqual([
      {
        code: "opening_month_assumed",
        severity: "warning",
        sheet: "期初库存",
        params: { sheet: "期初库存", month: "2026-10" },
      },
    ]);
  });
});
