import { describe, expect, it } from "vitest";
import { issuesSheet } from "./issuesSheet";
import type { IssuesSheetOptions } from "./issuesSheet";
import { isLinkCell } from "./sheetSpec";
import type { OutCell, SheetSpec } from "./sheetSpec";
import { issue } from "../issues";
import type { Issue } from "../issues";
import { label } from "../i18n/label";
import type { Lang } from "../i18n/label";
import { formatIssue } from "../i18n/formatIssue";

const ITEM = label("物资名称", "物資名稱", "Item");

const ISSUES: Issue[] = [
  issue(
    "not_a_number",
    "warning",
    { sheet: "工程部", row: 12, column: "D" },
    { header: "单价", value: "abc" },
  ),
  issue("value_required", "error", { sheet: "客服部", row: 7, column: "B" }, { header: ITEM }),
  issue("sheet_not_placed", "warning", { sheet: "说明" }),
  issue(
    "no_input_sheet",
    "error",
    {},
    { table: label("物资采购申请单", "物資採購申請單", "purchase request sheet") },
  ),
  issue(
    "missing_required_column",
    "error",
    { sheet: "保洁部", row: 3 },
    { header: ITEM, expected: "物资名称 / 品名" },
  ),
  issue("calendar_year_not_covered", "warning", {}, { year: 2031 }),
];

function options(lang: Lang): IssuesSheetOptions {
  return { key: "purchase-plan/2027-01", period: "2027-01", jobTitle: "物资采购计划", lang };
}

/** Body rows of the issues sheet (after title, two subtitles and the header). */
const body = (spec: SheetSpec): OutCell[][] => spec.cells.slice(4);

describe("issuesSheet", () => {
  const spec = issuesSheet(ISSUES, options("zh-CN"));
  const rows = body(spec);

  it("is named and keyed for its period", () => {
    expect(spec.name).toBe("问题清单 2027-01");
    expect(spec.key).toBe("purchase-plan/2027-01/issues");
    expect(spec.cells[0]?.[0]).toBe("问题清单");
    expect(spec.cells[1]?.[0]).toBe("物资采购计划  2027-01");
    expect(spec.cells[3]).toEqual(["序号", "级别", "位置", "工作表", "行", "列", "说明", "代码"]);
  });

  it("lists every issue once, errors before warnings, each group in its given order, numbered from 1", () => {
    expect(rows.map((r) => r[7])).toEqual([
      "value_required",
      "no_input_sheet",
      "missing_required_column",
      "not_a_number",
      "sheet_not_placed",
      "calendar_year_not_covered",
    ]);
    expect(rows.map((r) => r[0])).toEqual([1, 2, 3, 4, 5, 6]);
    expect(rows.map((r) => r[1])).toEqual(["错误", "错误", "错误", "警告", "警告", "警告"]);
  });

  it("styles error rows as errors and leaves warning rows plain", () => {
    const errorRows = spec.styles.filter((s) => s.style === "error").map((s) => s.top);
    expect(errorRows).toEqual([5, 6, 7]);
  });

  it("links a cell issue to its cell, a row issue to column A of its row, a sheet issue to A1", () => {
    expect(rows[3]?.[2]).toEqual({ text: "工程部!D12", sheet: "工程部", cell: "D12" });
    expect(rows[0]?.[2]).toEqual({ text: "客服部!B7", sheet: "客服部", cell: "B7" });
    expect(rows[2]?.[2]).toEqual({ text: "保洁部!3", sheet: "保洁部", cell: "A3" });
    expect(rows[4]?.[2]).toEqual({ text: "说明", sheet: "说明", cell: "A1" });
  });

  it("gives book-level issues no link and no location", () => {
    for (const row of [rows[1], rows[5]]) {
      expect(row?.[2]).toBeNull();
      expect(row?.[3]).toBeNull();
      expect(row?.[4]).toBeNull();
      expect(row?.[5]).toBeNull();
    }
    expect(rows.filter((r) => isLinkCell(r[2] ?? null))).toHaveLength(4);
  });

  it("fills the sheet, row and column cells from the issue", () => {
    expect(rows[3]?.slice(3, 6)).toEqual(["工程部", 12, "D"]);
    expect(rows[2]?.slice(3, 6)).toEqual(["保洁部", 3, null]);
    expect(rows[4]?.slice(3, 6)).toEqual(["说明", null, null]);
  });

  it("counts errors and warnings in the summary line", () => {
    expect(spec.cells[2]?.[0]).toBe("错误 3 个（该行未计入），警告 3 个（该行已计入）");
  });
});

describe("issuesSheet in each language", () => {
  it.each<[Lang, string, string, string, string, string]>([
    [
      "zh-CN",
      "问题清单 2027-01",
      "错误",
      "「物资名称」不能为空",
      "错误 3 个（该行未计入），警告 3 个（该行已计入）",
      "工作簿中找不到物资采购申请单",
    ],
    [
      "zh-TW",
      "問題清單 2027-01",
      "錯誤",
      "「物資名稱」不能為空",
      "錯誤 3 個（該列未計入），警告 3 個（該列已計入）",
      "活頁簿中找不到物資採購申請單",
    ],
    [
      "en",
      "Issues 2027-01",
      "Error",
      '"Item" must not be empty',
      "3 errors (row left out), 3 warnings (row kept)",
      "The workbook has no purchase request sheet",
    ],
  ])("%s", (lang, name, severity, message, summary, bookMessage) => {
    const spec = issuesSheet(ISSUES, options(lang));
    const rows = body(spec);
    expect(spec.name).toBe(name);
    expect(rows[0]?.[1]).toBe(severity);
    expect(rows[0]?.[6]).toBe(message);
    expect(rows[1]?.[6]).toBe(bookMessage);
    expect(spec.cells[2]?.[0]).toBe(summary);
    expect(rows.map((r) => r[6])).toEqual(
      [
        ...ISSUES.filter((i) => i.severity === "error"),
        ...ISSUES.filter((i) => i.severity === "warning"),
      ].map((i) => formatIssue(i, lang)),
    );
  });
});

describe("issuesSheet with no issues", () => {
  it.each<[Lang, string, string]>([
    ["zh-CN", "没有发现问题。", "错误 0 个（该行未计入），警告 0 个（该行已计入）"],
    ["zh-TW", "沒有發現問題。", "錯誤 0 個（該列未計入），警告 0 個（該列已計入）"],
    ["en", "No issues found.", "0 errors (row left out), 0 warnings (row kept)"],
  ])("%s says there are none", (lang, none, summary) => {
    const spec = issuesSheet([], options(lang));
    expect(spec.cells[2]?.[0]).toBe(summary);
    expect(spec.cells.flat()).toContain(none);
    expect(spec.cells.slice(4).filter((r) => typeof r[0] === "number")).toEqual([]);
  });

  it("only warnings: the summary counts them and no row is styled as an error", () => {
    const spec = issuesSheet([ISSUES[0]!, ISSUES[2]!], options("en"));
    expect(spec.cells[2]?.[0]).toBe("0 errors (row left out), 2 warnings (row kept)");
    expect(spec.styles.some((s) => s.style === "error")).toBe(false);
    expect(spec.cells.flat()).not.toContain("No issues found.");
  });
});
