import { describe, expect, it } from "vitest";
import { runJob } from "../registry";
import { PURCHASE_PLAN_JOB } from "./job";
import type { BookData, CellValue } from "../../table/sheetData";

const HEADER = ["类别", "物资名称", "规格", "单位", "数量", "单价"];
const GOOD: CellValue[] = ["办公", "A4纸", "70g", "包", 2, 25];

function bookWith(extra: { name: string; values: CellValue[][] }): BookData {
  return {
    date1904: false,
    sheets: [
      { name: "办公室", origin: { row: 1, column: 1 }, values: [HEADER, GOOD] },
      { ...extra, origin: { row: 1, column: 1 } },
    ],
  };
}

const PARAMS = { today: "2026-12-01", lang: "zh-CN", month: "2027-01" } as const;

describe("purchase plan on bad input: an issue with coordinates, no crash, the rest of the plan still made", () => {
  it.each<[string, CellValue[][], string, string | undefined]>([
    ["text in quantity", [HEADER, ["办公", "笔", "", "支", "五支", 2]], "not_a_number", "E2"],
    ["zero quantity", [HEADER, ["办公", "笔", "", "支", 0, 2]], "not_positive", "E2"],
    ["negative quantity", [HEADER, ["办公", "笔", "", "支", -4, 2]], "not_positive", "E2"],
    ["#N/A in quantity", [HEADER, ["办公", "笔", "", "支", "#N/A", 2]], "cell_error", "E2"],
    [
      "a 40,000-character item name",
      [HEADER, ["办公", "笔".repeat(40_000), "", "支", 1, 2]],
      "text_too_long",
      "B2",
    ],
    [
      "a missing required column",
      [
        ["类别", "物资名称", "规格", "单位"],
        ["办公", "笔", "", "支"],
      ],
      "missing_required_column",
      "A1",
    ],
    ["an empty sheet", [[null], []], "empty_sheet", undefined],
    [
      "a sheet with no recognisable header",
      [["会议记录"], ["周三例会", "张三"]],
      "sheet_not_placed",
      undefined,
    ],
  ])("%s", (_what, values, code, where) => {
    const result = runJob(PURCHASE_PLAN_JOB, bookWith({ name: "工程部", values }), PARAMS);
    const found = result.issues.find((i) => i.code === code);
    expect(found?.sheet).toBe("工程部");
    expect(where === undefined ? found?.row : `${found?.column ?? ""}${found?.row}`).toBe(where);
    expect(result.report.lines.map((l) => [l.item, l.quantity])).toEqual([["A4纸", "2"]]);
    expect(result.sheets.map((s) => s.key)).toEqual([
      "purchase-plan/plan/2027-01",
      "purchase-plan/detail/2027-01",
      "purchase-plan/2027-01/issues",
    ]);
  });
});

describe("purchase plan on quantities too large to add exactly", () => {
  it("names every request row of a line whose total is beyond exact arithmetic, and plans the rest", () => {
    const huge: CellValue[] = ["办公", "笔", "", "支", 600_000_000_000, 2];
    const book = bookWith({ name: "工程部", values: [HEADER, huge, huge] });
    const result = runJob(PURCHASE_PLAN_JOB, book, PARAMS);
    expect(result.issues.filter((i) => i.severity === "error").map((i) => [i.code, i.sheet, i.row])).toEqual([
      ["value_too_large", "工程部", 2],
      ["value_too_large", "工程部", 3],
    ]);
    expect(result.report.lines.map((l) => l.item)).toEqual(["A4纸"]);
  });
});

describe("purchase plan on lines with a total word outside their label", () => {
  it.each<[string, CellValue[], string, [string, string, string] | null]>([
    [
      "a full line whose 类别 says 合计",
      ["合计", "订书机", "", "个", 3, 20],
      "订书机",
      ["category_unknown", "warning", "A2"],
    ],
    ["an item named 合计器 with its unit", ["办公", "合计器", "XL-1", "台", 2, 50], "合计器", null],
    ["an item holding 小计 with its spec and unit", ["办公", "小计本", "A5", "本", 4, 3], "小计本", null],
  ])("%s is planned, never skipped as a total", (_what, line, item, expected) => {
    const result = runJob(PURCHASE_PLAN_JOB, bookWith({ name: "工程部", values: [HEADER, line] }), PARAMS);
    expect(result.report.lines.map((l) => l.item)).toContain(item);
    const onSheet = result.issues
      .filter((i) => i.sheet === "工程部")
      .map((i) => [i.code, i.severity, `${i.column ?? ""}${i.row}`]);
    expect(onSheet).toEqual(expected === null ? [] : [expected]);
    expect(result.readings.find((r) => r.sheet === "工程部")?.counts.skipped.total).toBe(0);
  });

  it("still skips a total row whose label is alone in its key cells", () => {
    const total: CellValue[] = ["合计", null, null, null, 3, null];
    const book = bookWith({ name: "工程部", values: [HEADER, ["办公", "订书机", "", "个", 3, 20], total] });
    const result = runJob(PURCHASE_PLAN_JOB, book, PARAMS);
    expect(result.readings.find((r) => r.sheet === "工程部")?.counts.skipped.total).toBe(1);
    expect(result.issues.filter((i) => i.sheet === "工程部")).toEqual([]);
  });
});

describe("purchase plan on amounts beyond exact arithmetic", () => {
  it.each<[string, CellValue[], string, string]>([
    ["a barcode pasted into 单价", ["办公", "笔", "", "支", 2, 6901234567892], "value_too_large", "F2"],
    [
      "quantity x price of 9e13 yuan",
      ["办公", "笔", "", "支", 90_000, 1_000_000_000],
      "value_too_large",
      "F2",
    ],
    ["1e308 in 单价", ["办公", "笔", "", "支", 1, 1e308], "value_too_large", "F2"],
    ["a barcode typed as the quantity", ["办公", "笔", "", "支", 6901234567892, 2], "value_too_large", "E2"],
  ])("%s is an error at the cell, the rest of the plan made", (_what, line, code, cell) => {
    const result = runJob(PURCHASE_PLAN_JOB, bookWith({ name: "工程部", values: [HEADER, line] }), PARAMS);
    const errors = result.issues.filter((i) => i.severity === "error");
    expect(errors.map((i) => [i.code, i.sheet, `${i.column ?? ""}${i.row}`])).toEqual([
      [code, "工程部", cell],
    ]);
    expect(result.report.lines.map((l) => l.item)).toEqual(["A4纸"]);
  });
});
