import { describe, expect, it } from "vitest";
import { PURCHASE_PLAN_JOB, planDueDate } from "./job";
import { runJob } from "../registry";
import { reportWithIssues } from "../reportJson";
import { createCalendar } from "../../calendar/workingCalendar";
import type { BookData } from "../../table/sheetData";
import { PURCHASE_FIXTURE } from "../../../test/fixtures/purchase-plan/grid";
import expected from "../../../test/fixtures/purchase-plan/expected.json";

function book(): BookData {
  return {
    date1904: false,
    sheets: PURCHASE_FIXTURE.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
  };
}

describe("purchase plan on the golden fixture grids", () => {
  const result = runJob(PURCHASE_PLAN_JOB, book(), { today: "2026-12-01", lang: "zh-CN" });
  const json = reportWithIssues(result.report, result.issues, "zh-CN");

  it("gives the report checked by hand", () => {
    const { issues, ...report } = json;
    const { issues: expectedIssues, ...expectedReport } = expected;
    expect(report).toEqual(expectedReport);
    expect(issues.map(({ message: _m, ...rest }) => rest)).toEqual(expectedIssues);
  });

  it("explains each issue in words that name the cell's column", () => {
    expect(json.issues[0]?.message).toBe("「申请数量」应为数字，这里是“两个”");
    expect(json.issues[1]?.message).toContain("-1");
  });

  it("writes a plan sheet whose subtotals carry the report's figures", () => {
    const plan = result.sheets[0]!;
    expect(plan.name).toBe("采购计划 2027-01");
    const formulas = plan.cells
      .flat()
      .filter(
        (c): c is { formula: string; value: number } => typeof c === "object" && c !== null && "formula" in c,
      );
    expect(formulas.map((f) => f.value)).toEqual([149, 0, 320, 79.8, 548.8]);
  });
});

describe("planDueDate", () => {
  const calendar = createCalendar();
  it.each([
    ["2027-01", "2026-12-04"],
    ["2026-11", "2026-09-30"],
    ["2026-06", "2026-04-30"],
    ["2026-03", "2026-02-05"],
    ["2026-12", "2026-11-05"],
  ])("plan %s is due %s", (month, due) => {
    expect(planDueDate(month, calendar)).toBe(due);
  });
});
