import { describe, expect, it } from "vitest";
import type { Issue } from "../../../issues";
import type { CellValue, SheetData } from "../../../table/sheetData";
import { isoToExcelSerial } from "../../../values/excelSerial";
import { readUtilityBills } from "./readUtilityBills";

const sheet = (values: CellValue[][], numberFormats?: string[][]): SheetData => ({
  name: "水电费缴费",
  values,
  origin: { row: 1, column: 1 },
  ...(numberFormats === undefined ? {} : { numberFormats }),
});
const brief = (i: Issue) => [i.code, i.severity, `${i.sheet ?? ""}!${i.column ?? ""}${i.row ?? ""}`];
const sep01 = isoToExcelSerial("2026-09-01", false);
const oct01 = isoToExcelSerial("2026-10-01", false);

describe("readUtilityBills: the billing period of each bill", () => {
  it.each<[string, CellValue[], CellValue[], string[] | undefined, [string, string], string | null]>([
    [
      "a period cell with a range of months",
      ["抄表期间"],
      ["2026-09~2026-10"],
      undefined,
      ["2026-09", "2026-10"],
      "2026-09~2026-10",
    ],
    [
      "计费期间 in Chinese months",
      ["计费期间"],
      ["2026年9-10月"],
      undefined,
      ["2026-09", "2026-10"],
      "2026年9-10月",
    ],
    ["起止月份 without the year", ["起止月份"], ["9月-10月"], undefined, ["2026-09", "2026-10"], "9月-10月"],
    ["所属期间 as one month", ["所属期间"], ["2026-10"], undefined, ["2026-10", "2026-10"], "2026-10"],
    ["a month typed as a number", ["抄表期间"], [10], undefined, ["2026-10", "2026-10"], "10"],
    [
      "a period cell Excel turned into a month serial",
      ["抄表期间"],
      [oct01],
      ["yyyy-mm"],
      ["2026-10", "2026-10"],
      "2026-10",
    ],
    [
      "起始月份 / 截止月份 as months",
      ["起始月份", "截止月份"],
      ["2026-09", "2026-10"],
      undefined,
      ["2026-09", "2026-10"],
      "2026-09~2026-10",
    ],
    [
      "起始月份 / 截止月份 as month serials",
      ["起始月份", "截止月份"],
      [sep01, oct01],
      ["yyyy-mm", "yyyy-mm"],
      ["2026-09", "2026-10"],
      "2026-09~2026-10",
    ],
    [
      "抄表起 / 抄表止 as days",
      ["抄表起", "抄表止"],
      ["2026-08-16", "2026-10-15"],
      undefined,
      ["2026-09", "2026-10"],
      "2026-08-16~2026-10-15",
    ],
    [
      "抄表起 / 抄表止 as date serials",
      ["抄表起", "抄表止"],
      [isoToExcelSerial("2026-08-16", false), isoToExcelSerial("2026-10-15", false)],
      ["yyyy-mm-dd", "yyyy-mm-dd"],
      ["2026-09", "2026-10"],
      "2026-08-16~2026-10-15",
    ],
    [
      "抄表起 / 抄表止 as year-less days",
      ["抄表起", "抄表止"],
      ["8月16日", "10月15日"],
      undefined,
      ["2026-09", "2026-10"],
      "8月16日~10月15日",
    ],
  ])("%s", (_what, header, cells, formats, [from, to], written) => {
    const values: CellValue[][] = [
      ["缴费日期", "类型", "账单金额", ...header],
      ["2026-10-20", "水", 230, ...cells],
    ];
    const numberFormats = formats === undefined ? undefined : [[], ["", "", "", ...formats]];
    const { bills, issues } = readUtilityBills([sheet(values, numberFormats)], false);
    expect(issues).toEqual([]);
    expect(bills).toEqual([
      {
        date: "2026-10-20",
        utility: "water",
        amountFen: 23000,
        meterPeriod: written,
        period: { from, to },
        periodAssumed: false,
        source: { sheet: "水电费缴费", row: 2, column: "B" },
      },
    ]);
  });

  it("assumes the usual period for a bill that gives none, with a warning at its period cell", () => {
    const { bills, issues } = readUtilityBills(
      [
        sheet([
          ["缴费日期", "类型", "账单金额", "抄表期间"],
          ["2026-10-20", "水", 230, null],
          ["2026-10-12", "电", 95, "  "],
          ["2027-01-12", "电", 99, "2026-12"],
        ]),
      ],
      false,
    );
    expect(bills.map((b) => [b.utility, b.period.from, b.period.to, b.periodAssumed, b.meterPeriod])).toEqual(
      [
        ["water", "2026-09", "2026-10", true, null],
        ["electricity", "2026-10", "2026-10", true, null],
        ["electricity", "2026-12", "2026-12", false, "2026-12"],
      ],
    );
    expect(issues.map(brief)).toEqual([
      ["utility_period_assumed", "warning", "水电费缴费!D2"],
      ["utility_period_assumed", "warning", "水电费缴费!D3"],
    ]);
    expect(issues[0]!.params).toMatchObject({ date: "2026-10-20", period: "2026-09~2026-10" });
    expect(issues[1]!.params).toMatchObject({ date: "2026-10-12", period: "2026-10" });
  });

  it("assumes it, with a warning naming the sheet and row, when the sheet has no period column", () => {
    const { bills, issues } = readUtilityBills(
      [
        sheet([
          ["缴费日期", "类型", "账单金额"],
          ["2027-01-05", "水", 230],
        ]),
      ],
      false,
    );
    expect(bills[0]!.period).toEqual({ from: "2026-12", to: "2027-01" });
    expect(issues.map(brief)).toEqual([["utility_period_assumed", "warning", "水电费缴费!A2"]]);
  });

  it.each<[string, CellValue[], CellValue[], string, string]>([
    ["a period that is no period", ["抄表期间"], ["见附件"], "水电费缴费!D2", "见附件"],
    ["a single reading day", ["抄表期间"], ["2026-10-15"], "水电费缴费!D2", "2026-10-15"],
    [
      "a period ending before it starts",
      ["计费期间"],
      ["2026-10~2026-09"],
      "水电费缴费!D2",
      "2026-10~2026-09",
    ],
    ["a start without an end", ["起始月份", "截止月份"], ["2026-09", null], "水电费缴费!E2", "2026-09~"],
    ["an end without a start", ["抄表起", "抄表止"], [null, "2026-10-15"], "水电费缴费!D2", "~2026-10-15"],
    [
      "a start that cannot be read",
      ["起始月份", "截止月份"],
      ["九月", "2026-10"],
      "水电费缴费!D2",
      "九月~2026-10",
    ],
  ])("warns of %s at its cell and assumes the usual period", (_what, header, cells, at, value) => {
    const { bills, issues } = readUtilityBills(
      [
        sheet([
          ["缴费日期", "类型", "账单金额", ...header],
          ["2026-10-20", "水", 230, ...cells],
        ]),
      ],
      false,
    );
    expect(bills.map((b) => [b.period.from, b.period.to, b.periodAssumed])).toEqual([
      ["2026-09", "2026-10", true],
    ]);
    expect(issues.map(brief)).toEqual([["utility_period_unreadable", "warning", at]]);
    expect(issues[0]!.params).toMatchObject({ value, period: "2026-09~2026-10" });
  });

  it("prefers the period cell to start and end columns", () => {
    const { bills } = readUtilityBills(
      [
        sheet([
          ["缴费日期", "类型", "账单金额", "抄表期间", "起始月份", "截止月份"],
          ["2026-10-20", "水", 230, "2026年9-10月", "2026-08", "2026-10"],
          ["2026-10-12", "电", 95, null, "2026-10", "2026-10"],
        ]),
      ],
      false,
    );
    expect(bills.map((b) => b.period)).toEqual([
      { from: "2026-09", to: "2026-10" },
      { from: "2026-10", to: "2026-10" },
    ]);
  });
});
