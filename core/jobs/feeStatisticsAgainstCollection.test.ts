import { describe, expect, it } from "vitest";
import type { BookData } from "../table/sheetData";
import { collectionDemo } from "../demo/collection";
import { COLLECTION_JOB } from "./collection/job";
import type { CollectionReport, FiguresReport } from "./collection/report";
import { FEE_STATISTICS_JOB } from "./finance/fee-statistics/job";
import { CHARGES, BILLS, brief, golden, params } from "./finance/fee-statistics/goldenMonth.testkit";
import type { FeeStatisticsReport, MonthFiguresReport } from "./finance/fee-statistics/report";
import { runJob } from "./registry";

/** Expects the fee statistics' figures to be the collection job's, per fee type and in total. */
function sameFigures(stats: FeeStatisticsReport, collection: CollectionReport): void {
  expect(stats.feeTypes.map((f) => f.feeType)).toEqual(collection.feeTypes.map((f) => f.feeType));
  const pairs: [MonthFiguresReport, FiguresReport][] = [
    [stats.total, collection.total],
    ...stats.feeTypes.map((f, i): [MonthFiguresReport, FiguresReport] => [f, collection.feeTypes[i]!]),
  ];
  for (const [s, c] of pairs) {
    expect([s.receivable, s.collected, s.rate, s.arrearsCollected, s.prepaid]).toEqual([
      c.currentReceivable,
      c.currentCollected,
      c.currentRate,
      c.arrearsCollected,
      c.prepaid,
    ]);
  }
  expect(stats.total.outstanding).toBe(collection.ageing.total);
}

describe("fee statistics beside the collection job", () => {
  it.each(["2026-08", "2026-09", "2026-10", "2026-11"])("equal the collection job's for %s", (month) => {
    const book = golden();
    const stats = runJob(FEE_STATISTICS_JOB, book, params({ month }));
    const collection = runJob(COLLECTION_JOB, book, params({ month }));
    sameFigures(stats.report, collection.report);
  });

  it("equal the collection job's on the demo estate, month after month", () => {
    const today = "2026-11-20";
    const demo = collectionDemo(today);
    const book: BookData = {
      date1904: false,
      sheets: demo.map((d) => ({ name: d.name, values: d.rows, origin: { row: 1, column: 1 } })),
    };
    for (const month of ["2025-03", "2026-02", "2026-09", "2026-10", "2026-11"]) {
      const stats = runJob(FEE_STATISTICS_JOB, book, { today, lang: "zh-CN", month });
      const collection = runJob(COLLECTION_JOB, book, { today, lang: "zh-CN", month });
      sameFigures(stats.report, collection.report);
      expect(stats.issues).toEqual(collection.issues);
    }
  });

  it("reports the ledger's own bad rows as the collection job does", () => {
    const charges = [...CHARGES, ["1-1-103", "张三", "物业管理费", "2026-10", "#N/A", null]];
    const book = golden(BILLS.slice(0, 2), charges);
    const stats = runJob(FEE_STATISTICS_JOB, book, params());
    const collection = runJob(COLLECTION_JOB, book, params());
    expect(stats.issues.map(brief)).toEqual([["cell_error", "error", "应收!E13"]]);
    expect(stats.issues).toEqual(collection.issues.filter((i) => i.sheet !== "水电费缴费"));
  });
});
