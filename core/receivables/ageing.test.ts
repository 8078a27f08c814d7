import { describe, expect, it } from "vitest";
import { DEFAULT_BUCKETS } from "./ageBuckets";
import { ageing } from "./ageing";
import { allocate } from "./allocate";
import { AGEING_CHARGES, AGEING_PAYMENTS } from "./records.testkit";

describe("ageing", () => {
  const allocation = allocate(AGEING_CHARGES, AGEING_PAYMENTS, "2026-11-30");

  it("ages each billed charge's outstanding from its due date, hand-worked", () => {
    // The example is written out, charge by charge with its age, above AGEING_CHARGES in testRecords.ts:
    // 未到期 100.00, 1-30 50.00, 31-90 15.00, 1-2年 30.00, 3年以上 8.00; total 203.00.
    const result = ageing(allocation, "2026-11-30", DEFAULT_BUCKETS);
    expect(result.total).toEqual({ amounts: [10000, 5000, 1500, 0, 0, 3000, 0, 800], total: 20300 });
    expect(result.byFeeType).toEqual([
      { feeType: "物业管理费", amounts: [10000, 5000, 0, 0, 0, 3000, 0, 800], total: 18800 },
      { feeType: "水费", amounts: [0, 0, 1500, 0, 0, 0, 0, 0], total: 1500 },
    ]);
    expect(result.byBuilding.map((b) => [b.building, b.total])).toEqual([
      ["3", 18000],
      ["10", 1500],
      [null, 800],
    ]);
    expect(result.byBuildingAndFeeType.map((c) => [c.building, c.feeType, c.total])).toEqual([
      ["3", "物业管理费", 18000],
      ["10", "水费", 1500],
      [null, "物业管理费", 800],
    ]);
  });

  it("ages at an earlier date with only the payments and charges of that date", () => {
    // As of 2026-10-31: the 2026-11 charges are not billed; 水费 still owes 20.00 (paid 11-05), age 31;
    // 2026-10 is due 11-29, age -29: 未到期; 2025-11 is 336 days old; 商铺12 1066 days.
    const result = ageing(allocation, "2026-10-31", DEFAULT_BUCKETS);
    expect(result.total).toEqual({ amounts: [5000, 0, 2000, 0, 3000, 0, 800, 0], total: 10800 });
  });

  it("uses bucket settings given as data", () => {
    const buckets = [
      { label: { "zh-CN": "一年内", "zh-TW": "一年內", en: "Within a year" }, minDays: null, maxDays: 365 },
      { label: { "zh-CN": "一年以上", "zh-TW": "一年以上", en: "Over a year" }, minDays: 366, maxDays: null },
    ];
    expect(ageing(allocation, "2026-11-30", buckets).total).toEqual({ amounts: [16500, 3800], total: 20300 });
  });

  it("refuses an as-of date after the allocation's", () => {
    expect(() => ageing(allocation, "2026-12-01", DEFAULT_BUCKETS)).toThrow(RangeError);
  });
});
