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
      "1",
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
