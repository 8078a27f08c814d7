import { describe, expect, it } from "vitest";
import { DEFAULT_BUCKETS } from "./ageBuckets";
import { allocate } from "./allocate";
import { receivables } from "./receivables";
import { AGEING_CHARGES, AGEING_PAYMENTS, chargeOf, paymentOf } from "./records.testkit";

describe("receivables", () => {
  it("lists each unit and fee type that owes, by building then unit, hand-worked (data in testRecords.ts)", () => {
    const allocation = allocate(AGEING_CHARGES, AGEING_PAYMENTS, "2026-11-30");
    const rows = receivables(allocation, "2026-11-30", DEFAULT_BUCKETS);
    expect(rows.map((r) => ({ ...r, bucket: r.bucket.label["zh-CN"] }))).toEqual([
      {
        unit: "3-1-502",
        building: "3",
        feeType: "物业管理费",
        customer: "李四",
        fromPeriod: "2025-11",
        toPeriod: "2026-11",
        months: 3,
        outstanding: 18000,
        oldestDue: "2025-11-29",
        bucket: "1-2年",
      },
      {
        unit: "10-1-101",
        building: "10",
        feeType: "水费",
        customer: "张三",
        fromPeriod: "2026-09",
        toPeriod: "2026-09",
        months: 1,
        outstanding: 1500,
        oldestDue: "2026-09-30",
        bucket: "31-90",
      },
      {
        unit: "商铺12",
        building: null,
        feeType: "物业管理费",
        customer: "张三",
        fromPeriod: "2023-11",
        toPeriod: "2023-11",
        months: 1,
        outstanding: 800,
        oldestDue: "2023-11-30",
        bucket: "3年以上",
      },
    ]);
  });

  it("sorts units naturally within a building and counts owed months, not lines", () => {
    const charges = [
      chargeOf("2026-01", 100, { unit: "3-1-1001" }),
      chargeOf("2026-01", 100, { unit: "3-1-502" }),
      chargeOf("2026-01", 50, { unit: "3-1-502", dueDate: "2026-02-10" }),
      chargeOf("2026-02", 100, { unit: "3-1-502" }),
      chargeOf("2026-02", 100, { unit: "3-1-502", feeType: "水费" }),
    ];
    const payments = [paymentOf("2026-02-05", 100, { unit: "3-1-502", period: "2026-02" })];
    const rows = receivables(allocate(charges, payments, "2026-02-28"), "2026-02-28", DEFAULT_BUCKETS);
    expect(rows.map((r) => [r.unit, r.feeType, r.months, r.outstanding, r.fromPeriod, r.toPeriod])).toEqual([
      ["3-1-502", "物业管理费", 1, 150, "2026-01", "2026-01"],
      ["3-1-502", "水费", 1, 100, "2026-02", "2026-02"],
      ["3-1-1001", "物业管理费", 1, 100, "2026-01", "2026-01"],
    ]);
  });
});
