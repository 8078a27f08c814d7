import { describe, expect, it } from "vitest";
import { findJob, type JobDefinition } from "../../core/index";
import { inputSheetsParam, resetRole, roleChoices, toggleSheet, type ChosenSheets } from "./inputChoices";
import { officeBook } from "./fakeHost.testkit";
import { JOB_DEMOS, demoBook } from "../../core/demo/index";

const job = findJob("purchase-plan") as JobDefinition;
const book = officeBook();
const ticked = (chosen: ChosenSheets) =>
  Object.fromEntries(roleChoices(job, book, chosen, "zh-CN").map((c) => [c.role, c.selected]));

describe("roleChoices", () => {
  it("ticks the sheets the job's own search finds, and offers every sheet the person wrote", () => {
    const choices = roleChoices(job, book, {}, "zh-CN");
    expect(choices.map((c) => [c.role, c.label, c.optional, c.chosenByUser])).toEqual([
      ["purchase-requests", "物资采购申请单", false, false],
      ["holidays", "节假日表", true, false],
    ]);
    expect(ticked({})).toEqual({ "purchase-requests": ["工程部", "保洁部"], holidays: ["节假日"] });
    expect(choices[0]!.sheets.map((s) => s.name)).toEqual(["工程部", "保洁部", "节假日", "会议记录"]);
  });

  it("leaves sheets another job's tables fit better unticked (stock movements are not purchase requests)", () => {
    const stock = {
      name: "出库明细",
      values: [
        ["出库日期", "领料单号", "物资名称", "规格", "单位", "出库数量", "领用人", "项目负责人"],
        ["2026-11-06", "L1", "灯管", "T8", "支", 2, "张伟", "刘建国"],
      ],
      origin: { row: 1, column: 1 },
    };
    const mixed = { ...book, sheets: [...book.sheets, stock] };
    const choices = roleChoices(job, mixed, {}, "zh-CN");
    expect(choices[0]!.selected).toEqual(["工程部", "保洁部"]);
    expect(choices[0]!.sheets.map((s) => s.name)).toContain("出库明细");
    const inventory = roleChoices(findJob("inventory") as JobDefinition, mixed, {}, "zh-CN");
    expect(inventory.find((c) => c.role === "issues")?.selected).toEqual(["出库明细"]);
  });

  it("sees a workbook as the job's reader does: an attendance grid of day columns is the grid, not the roster", () => {
    const attendance = findJob("attendance") as JobDefinition;
    const book = demoBook(JOB_DEMOS["attendance"]!("2026-11-20"));
    const choices = roleChoices(attendance, book, {}, "zh-CN");
    const selected = (role: string) => choices.find((c) => c.role === role)?.selected ?? [];
    const grid = selected("attendance-grid");
    expect(grid).toHaveLength(1);
    expect(selected("employees")).not.toContain(grid[0]);
  });

  it("labels roles in the pane's language", () => {
    expect(roleChoices(job, book, {}, "en").map((c) => c.label)).toEqual([
      "Purchase request sheet",
      "Holiday sheet",
    ]);
  });

  it("uses the sheets a person chose for a role, and still searches the others", () => {
    const chosen = { "purchase-requests": ["会议记录"] };
    expect(ticked(chosen)).toEqual({ "purchase-requests": ["会议记录"], holidays: ["节假日"] });
    expect(roleChoices(job, book, chosen, "zh-CN")[0]!.chosenByUser).toBe(true);
  });
});

describe("toggleSheet", () => {
  const choices = roleChoices(job, book, {}, "zh-CN");

  it("unticking a found sheet makes the rest the person's choice", () => {
    const chosen = toggleSheet(choices, {}, "purchase-requests", "保洁部", false);
    expect(chosen).toEqual({ "purchase-requests": ["工程部"] });
    expect(ticked(chosen)["purchase-requests"]).toEqual(["工程部"]);
  });

  it("ticking a sheet adds it in tab order", () => {
    const chosen = toggleSheet(choices, {}, "purchase-requests", "会议记录", true);
    expect(chosen).toEqual({ "purchase-requests": ["工程部", "保洁部", "会议记录"] });
  });

  it("a sheet ticked for one role leaves the role that had it", () => {
    const first = toggleSheet(choices, {}, "holidays", "保洁部", true);
    const second = toggleSheet(
      roleChoices(job, book, first, "zh-CN"),
      first,
      "purchase-requests",
      "保洁部",
      true,
    );
    expect(second["holidays"]).toEqual(["节假日"]);
    expect(second["purchase-requests"]).toEqual(["工程部", "保洁部"]);
  });

  it("a single-sheet role keeps only the newly ticked sheet", () => {
    const single = [{ ...choices[1]!, single: true }];
    expect(toggleSheet(single, {}, "holidays", "会议记录", true)).toEqual({ holidays: ["会议记录"] });
  });

  it("ignores an unknown role", () => {
    const chosen = { holidays: ["节假日"] };
    expect(toggleSheet(choices, chosen, "nope", "工程部", true)).toBe(chosen);
  });
});

describe("resetRole and inputSheetsParam", () => {
  it("hands a role back to the search and passes only roles with chosen sheets", () => {
    const chosen = { "purchase-requests": ["工程部"], holidays: [] };
    expect(resetRole(chosen, "purchase-requests")).toEqual({ holidays: [] });
    expect(inputSheetsParam(chosen)).toEqual({ "purchase-requests": ["工程部"] });
    expect(inputSheetsParam({ holidays: [] })).toBeUndefined();
    expect(inputSheetsParam({})).toBeUndefined();
  });
});
