import { describe, expect, it } from "vitest";
import type { DemoSheet } from "./demoSheet";
import type { BookData } from "../table/sheetData";
import { createCalendar } from "../calendar/workingCalendar";
import { collectionDemo } from "./collection";
import { cashPlanDemo } from "./cashPlan";
import { advancesDemo } from "./advances";
import { ADVANCES_INPUTS, readAdvancesInputs } from "../jobs/finance/advances/readInputs";
import { ADVANCES_JOB } from "../jobs/finance/advances/job";
import { runJob } from "../jobs/registry";
import { locateInputs } from "../table/locateInputs";
import { placeAlone } from "../table/placedSheets";
import { OTHER_JOBS_TABLES } from "../jobs/mixedWorkbook.testkit";
import { CASH_PLAN_TABLES } from "../jobs/finance/cash-plan/readInputs";

const bookOf = (sheets: DemoSheet[]): BookData => ({
  date1904: false,
  sheets: sheets.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
});
const calendar = createCalendar();

describe.each(["2026-11-20", "2026-01-03", "2027-06-30"])("advancesDemo(%s)", (today) => {
  const demo = advancesDemo(today);
  const { report, issues } = runJob(ADVANCES_JOB, bookOf(demo), { today, lang: "zh-CN" });

  it("is deterministic and adds its two sheets, placed as loans and vouchers beside the other demos", () => {
    expect(advancesDemo(today)).toEqual(demo);
    expect(demo.map((s) => s.name)).toEqual(["借款单", "支出凭证"]);
    const all = bookOf([...collectionDemo(today), ...cashPlanDemo(today), ...demo]);
    const placed = placeAlone(all, ADVANCES_INPUTS);
    const inputs = readAdvancesInputs(placed);
    expect(inputs.loans.length).toBe(report.totals.loans);
    expect(placed.issues.filter((i) => i.code === "no_input_sheet")).toEqual([]);
  });

  it("its sheets are taken by no other job (their headers half-fit no other table)", () => {
    for (const [job, tables] of Object.entries({ ...OTHER_JOBS_TABLES, "cash-plan": CASH_PLAN_TABLES })) {
      const found = locateInputs(bookOf(demo), tables);
      expect(
        [...found.byRole.values()].flat().map((s) => s.name),
        job,
      ).toEqual([]);
    }
  });

  it("borrows for electricity every month after the 10th and for water every second month around the 20th", () => {
    const power = report.loans.filter((l) => l.purpose?.includes("电费"));
    const water = report.loans.filter((l) => l.purpose?.includes("水费"));
    expect(power.length).toBeGreaterThanOrEqual(5);
    expect(water.length).toBeGreaterThanOrEqual(2);
    for (const l of power) {
      expect(Number(l.date.slice(8))).toBeGreaterThan(10);
      expect(calendar.isWorkingDay(l.date)).toBe(true);
    }
    for (const l of water) {
      expect(Number(l.date.slice(5, 7)) % 2).toBe(0);
      expect(Math.abs(Number(l.date.slice(8)) - 20)).toBeLessThanOrEqual(4);
    }
    expect(report.loans.every((l) => l.date <= today)).toBe(true);
  });

  it("has a late invoice, a missing signature, a partly offset loan, a loan still waiting, and a full-width loan number matched", () => {
    expect(report.flags.lateInvoices).toBe(1);
    expect(report.flags.unsignedLoans + report.flags.unsignedVouchers).toBeGreaterThanOrEqual(1);
    expect(report.loans.filter((l) => l.status === "partly-offset")).toHaveLength(1);
    expect(report.loans.filter((l) => l.status === "open").length).toBeGreaterThanOrEqual(1);
    expect(report.flags.unmatchedVouchers).toBe(0);
    expect(issues.map((i) => i.code)).toContain("invoice_late");
    expect(issues.filter((i) => i.severity === "error")).toEqual([]);
  });
});
