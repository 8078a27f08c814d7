import { describe, expect, it } from "vitest";
import { issue, type Issue } from "../../core/index";
import { groupIssues } from "./issueGroups";
import { issueTarget } from "./issueTarget";

const warning = issue(
  "price_missing",
  "warning",
  { sheet: "工程部", row: 5, column: "F" },
  { item: "角阀", rows: "5" },
);
const error = issue(
  "not_a_number",
  "error",
  { sheet: "工程部", row: 7, column: "E" },
  { header: "数量", value: "三个" },
);
const wholeBook = issue(
  "no_input_sheet",
  "error",
  {},
  { table: "采购申请单", nearest: "说明", shape: "只有一列的清单", expected: "物资名称；数量" },
);

/** An issue naming a row without its column (the core names the column now; an older or a host's issue may not). */
const rowOnly: Issue = {
  ...issue("missing_required_column", "error", { sheet: "保洁部" }, { header: "数量" }),
  row: 2,
};

describe("groupIssues", () => {
  it("lists errors before warnings, each group in the job's order, with counts and what they mean", () => {
    const groups = groupIssues([warning, error, wholeBook], "en");
    expect(groups.map((g) => [g.severity, g.heading, g.hint])).toEqual([
      ["error", "Errors (2)", "These rows were left out"],
      ["warning", "Warnings (1)", "These rows were kept; please check them"],
    ]);
    expect(groups[0]!.items.map((i) => i.location)).toEqual(["工程部!E7", ""]);
    expect(groups[0]!.items[0]!.message).toBe('"数量" should be a number, found "三个"');
  });

  it("leaves out empty groups", () => {
    expect(groupIssues([warning], "zh-CN").map((g) => g.heading)).toEqual(["警告（1）"]);
    expect(groupIssues([], "zh-CN")).toEqual([]);
  });

  it("lists at most `limit` per group and says where the rest are", () => {
    const many: Issue[] = Array.from({ length: 5 }, (_, i) => ({ ...error, row: i + 2 }));
    const [withSheet] = groupIssues(many, "zh-CN", "问题清单 2027-01", 3);
    expect(withSheet!.items).toHaveLength(3);
    expect(withSheet!.more).toBe("另有 2 条，见工作表「问题清单 2027-01」");
    expect(groupIssues(many, "zh-TW", null, 3)[0]!.more).toBe("另有 2 則未列出");
    expect(groupIssues(many, "en", null, 5)[0]!.more).toBeNull();
  });

  it("keeps cell text as it is (the view sets it as text)", () => {
    const nasty = issue(
      "not_a_number",
      "error",
      { sheet: "工程部", row: 3, column: "E" },
      {
        header: "数量",
        value: "<img src=x onerror=alert(1)>",
      },
    );
    expect(groupIssues([nasty], "en")[0]!.items[0]!.message).toContain("<img src=x onerror=alert(1)>");
  });
});

describe("issueTarget", () => {
  it("goes to the cell, to column A of a row, to a sheet, or nowhere", () => {
    expect(issueTarget(error)).toEqual({ sheet: "工程部", cell: "E7" });
    expect(issueTarget(rowOnly)).toEqual({ sheet: "保洁部", cell: "A2" });
    expect(issueTarget(issue("empty_sheet", "warning", { sheet: "会议记录" }))).toEqual({
      sheet: "会议记录",
    });
    expect(issueTarget(wholeBook)).toBeNull();
  });
});

describe("an issue's place in the pane", () => {
  const at = (sheet: string, row: number, column: string) =>
    issue("not_a_number", "warning", { sheet, row, column }, { header: "金额", value: "x" });

  it("names the cell with its column, sheet!A1 form, and a click goes to exactly that cell", () => {
    const [group] = groupIssues(
      [at("保洁部", 4, "C"), at("Sheet 1", 12, "AB"), at("收款明细", 6094, "H")],
      "zh-CN",
    );
    expect(group!.items.map((i) => [i.location, i.target])).toEqual([
      ["保洁部!C4", { sheet: "保洁部", cell: "C4" }],
      ["Sheet 1!AB12", { sheet: "Sheet 1", cell: "AB12" }],
      ["收款明细!H6094", { sheet: "收款明细", cell: "H6094" }],
    ]);
    for (const lang of ["zh-TW", "en"] as const)
      expect(groupIssues([at("保洁部", 4, "C")], lang)[0]!.items[0]!.location).toBe("保洁部!C4");
  });

  it("never says the row in words, and a row without a column goes to the row's first cell", () => {
    const [group] = groupIssues([rowOnly], "zh-CN");
    expect(group!.items[0]).toMatchObject({ location: "保洁部!2", target: { sheet: "保洁部", cell: "A2" } });
    expect(group!.items[0]!.location).not.toMatch(/第|行|row/i);
  });

  it("a whole-sheet issue names the sheet and goes to it; a whole-book one names nothing and goes nowhere", () => {
    const sheetIssue = issue("empty_sheet", "warning", { sheet: "会议记录" });
    const [errors, warnings] = groupIssues([wholeBook, sheetIssue], "en");
    expect(errors!.items[0]).toMatchObject({ location: "", target: null });
    expect(warnings!.items[0]).toMatchObject({ location: "会议记录", target: { sheet: "会议记录" } });
  });
});
