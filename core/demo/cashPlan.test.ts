import { runJob } from "../jobs/registry";
import { COLLECTION_TABLES } from "../receivables/inputs";
import { placeAlone } from "../table/placedSheets";
import { describe, expect, it } from "vitest";
import type { DemoSheet } from "./demoSheet";
import type { BookData } from "../table/sheetData";
import { addMonths, monthOf } from "../values/isoDate";
import { collectionDemo } from "./collection";
import { COLLECTION_JOB } from "../jobs/collection/job";
import { readCollectionInputs } from "../receivables/readInputs";
import { cashPlanDemo } from "./cashPlan";
import { readCashPlanInputs } from "../jobs/finance/cash-plan/readInputs";
import { CASH_PLAN_JOB } from "../jobs/finance/cash-plan/job";
import { CASH_PLAN_TABLES } from "../jobs/finance/cash-plan/readInputs";
import { locateInputs } from "../table/locateInputs";
import { OTHER_JOBS_TABLES } from "../jobs/mixedWorkbook.testkit";

const bookOf = (sheets: DemoSheet[]): BookData => ({
  date1904: false,
  sheets: sheets.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
});

describe.each(["2026-11-20", "2026-01-03", "2027-06-30"])("cashPlanDemo(%s)", (today) => {
  const demo = cashPlanDemo(today);
  const collection = collectionDemo(today);
  const book = bookOf([...collection, ...demo]);
  const month = addMonths(monthOf(today), 1);

  it("is deterministic and adds only its own sheets (the spending plan, next month's billing)", () => {
    expect(cashPlanDemo(today)).toEqual(demo);
    expect(demo.map((s) => s.name)).toEqual(["用款计划", "下月应收"]);
    for (const sheet of demo) expect(collection.map((s) => s.name)).not.toContain(sheet.name);
  });

  it("is placed with the collection demo: spending plan and a second charges sheet", () => {
    const inputs = readCashPlanInputs(placeAlone(book, CASH_PLAN_TABLES));
    expect(inputs.issues).toEqual(readCollectionInputs(placeAlone(bookOf(collection), COLLECTION_TABLES)).issues);
    expect(inputs.spending.length).toBeGreaterThanOrEqual(10);
    expect(inputs.project).toBe("阳光花园");
  });

  it("bills next month's fixed fees of the collection demo's units, once each, without touching its months", () => {
    const billed = readCollectionInputs(placeAlone(bookOf(demo.slice(1)), COLLECTION_TABLES)).charges;
    const units = new Set(readCollectionInputs(placeAlone(bookOf(collection), COLLECTION_TABLES)).charges.map((c) => c.unit));
    expect(billed.length).toBeGreaterThan(200);
    expect(new Set(billed.map((c) => c.period))).toEqual(new Set([month]));
    expect(new Set(billed.map((c) => c.feeType))).toEqual(new Set(["物业管理费", "停车费"]));
    for (const c of billed) expect(units.has(c.unit)).toBe(true);
    expect(new Set(billed.map((c) => `${c.unit}|${c.feeType}`)).size).toBe(billed.length);
  });

  it("its spending plan is taken by no other job (its headers half-fit no other table)", () => {
    for (const [job, tables] of Object.entries(OTHER_JOBS_TABLES)) {
      const found = locateInputs(bookOf(demo.slice(0, 1)), tables);
      expect(
        [...found.byRole.values()].flat().map((s) => s.name),
        job,
      ).toEqual([]);
    }
  });

  it("leaves the collection job's report as it was", () => {
    const alone = runJob(COLLECTION_JOB, bookOf(collection), { today, lang: "zh-CN" }).report;
    expect(runJob(COLLECTION_JOB, book, { today, lang: "zh-CN" }).report).toEqual(alone);
  });

  it("gives a plan with charges due, promised payments, each department's spending and a net", () => {
    const { report } = runJob(CASH_PLAN_JOB, book, { today, lang: "zh-CN" });
    expect(report.month).toBe(month);
    // the car park's ledger is kept for the year of last month: its spaces fall due when the plan month is in it
    const parking = month.slice(0, 4) === addMonths(monthOf(today), -1).slice(0, 4) ? ["车位费"] : [];
    expect(report.receipts.dueCharges.map((d) => d.feeType)).toEqual(["物业管理费", "停车费", ...parking]);
    expect(report.receipts.promised.length).toBeGreaterThanOrEqual(3);
    expect(report.spending.byDepartment.map((d) => d.department)).toEqual([
      "工程部",
      "保洁部",
      "秩序部",
      "客服部",
      "办公室",
    ]);
    expect(report.spending.otherMonths).toBe(1);
    expect(Number(report.receipts.total)).toBeGreaterThan(Number(report.spending.total));
  });
});
