import { describe, expect, it } from "vitest";
import { bucketOf, checkBuckets, DEFAULT_BUCKETS } from "./ageBuckets";
import type { AgeBucket } from "./ageBuckets";

describe("age buckets", () => {
  it("puts each boundary age in the bucket docs/jobs/collection.md#ageing names", () => {
    const cases: [number, string][] = [
      [-40, "未到期"],
      [0, "未到期"],
      [1, "1-30"],
      [30, "1-30"],
      [31, "31-90"],
      [90, "31-90"],
      [91, "91-180"],
      [180, "91-180"],
      [181, "181-365"],
      [365, "181-365"],
      [366, "1-2年"],
      [730, "1-2年"],
      [731, "2-3年"],
      [1095, "2-3年"],
      [1096, "3年以上"],
      [9999, "3年以上"],
    ];
    for (const [age, name] of cases)
      expect(DEFAULT_BUCKETS[bucketOf(age, DEFAULT_BUCKETS)]!.label["zh-CN"]).toBe(name);
  });

  it("labels every bucket in three languages", () => {
    expect(DEFAULT_BUCKETS.map((b) => b.label.en)).toEqual([
      "Not yet due",
      "1-30",
      "31-90",
      "91-180",
      "181-365",
      "1-2 years",
      "2-3 years",
      "Over 3 years",
    ]);
    expect(() => checkBuckets(DEFAULT_BUCKETS)).not.toThrow();
  });

  it("rejects settings that leave a gap, overlap or close an end", () => {
    const b = (minDays: number | null, maxDays: number | null): AgeBucket => ({
      label: { "zh-CN": "x", "zh-TW": "x", en: "x" },
      minDays,
      maxDays,
    });
    expect(() => checkBuckets([b(null, 0), b(2, null)])).toThrow(RangeError);
    expect(() => checkBuckets([b(null, 5), b(3, null)])).toThrow(RangeError);
    expect(() => checkBuckets([b(0, 5), b(6, null)])).toThrow(RangeError);
    expect(() => checkBuckets([b(null, 0), b(1, 30)])).toThrow(RangeError);
    expect(() => checkBuckets([])).toThrow(RangeError);
    expect(() => checkBuckets([b(null, null)])).not.toThrow();
    expect(() => checkBuckets([b(null, 60), b(61, null)])).not.toThrow();
  });
});
