import { describe, expect, it } from "vitest";
import { COLLECTION_JOB } from "./job";
import type { CollectionReport } from "./report";

const figures = {
  currentReceivable: "1000.00",
  currentCollected: "900.00",
  openingArrears: "0.00",
  arrearsCollected: "0.00",
  arrearsRate: null,
  overallRate: "0.9000",
  householdRate: "0.5000",
  gapToTarget: "50.00",
  prepaid: "0.00",
};

const report: CollectionReport = {
  job: "collection",
  from: "2026-11",
  to: "2026-11",
  asOf: "2026-11-30",
  feeTypes: [
    { feeType: "物业管理费", ...figures, currentRate: "0.9000", target: "0.9500" },
    { feeType: "停车费", ...figures, currentRate: "0.9600", target: "0.9000" },
    { feeType: "水费", ...figures, currentRate: null, target: null },
  ],
  total: { ...figures, currentRate: "0.9300" },
  ageing: {
    buckets: [
      { label: "未到期", minDays: null, maxDays: 0, amount: "10.00" },
      { label: "1-30", minDays: 1, maxDays: 30, amount: "90.50" },
    ],
    total: "100.50",
  },
  receivables: [],
};

describe("collection charts for the task pane", () => {
  it("draws rates against targets (short ones marked) and the ageing buckets", () => {
    const [rates, ageing] = COLLECTION_JOB.charts!(report, "zh-CN");
    expect(rates).toEqual({
      title: "当期收缴率与目标",
      unit: "rate",
      bars: [
        { label: "物业管理费", value: 0.9, target: 0.95, short: true },
        { label: "停车费", value: 0.96, target: 0.9, short: false },
      ],
    });
    expect(ageing?.bars).toEqual([
      { label: "未到期", value: 10 },
      { label: "1-30", value: 90.5 },
    ]);
  });

  it("summarises a single month without a range", () => {
    expect(COLLECTION_JOB.summarize(report, "zh-CN")[0]).toBe(
      "2026-11 截止 2026-11-30：当期收缴率 93.00%，欠费 100.50 元（0 户次）",
    );
  });
});
