import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseReceipt, receiptGaps, type ReceiptNumber } from "./receiptNumbers";

const entries = (...texts: string[]) => texts.map((t, i) => ({ receipt: parseReceipt(t)!, at: i }));

describe("parseReceipt", () => {
  it.each([
    ["NO.0012345", { prefix: "NO.", digits: "0012345", value: 12345n }],
    [" no.0012345 ", { prefix: "NO.", digits: "0012345", value: 12345n }],
    ["ＮＯ．００１２", { prefix: "NO.", digits: "0012", value: 12n }], // full-width, NFKC
    ["0012345", { prefix: "", digits: "0012345", value: 12345n }],
    ["ZJ-2026-007", { prefix: "ZJ-2026-", digits: "007", value: 7n }],
    ["12345678901234567890", { prefix: "", digits: "12345678901234567890", value: 12345678901234567890n }],
  ])("%j", (text, expected) => {
    expect(parseReceipt(text)).toEqual(expected);
  });

  it.each(["", "作废", "NO.12A"])("%j has no serial number", (text) => {
    expect(parseReceipt(text)).toBeNull();
  });
});

describe("receiptGaps", () => {
  it("finds the numbers missing between two used ones, keeping the leading zeros (the product owner's example)", () => {
    // 0012345 then 0012350: 0012346, 0012347, 0012348, 0012349 are missing - 4 numbers.
    expect(receiptGaps(entries("NO.0012345", "NO.0012350"))).toEqual([
      { prefix: "NO.", from: "0012346", to: "0012349", count: 4, next: 1 },
    ]);
  });

  it("works per prefix, counts a number used on several rows once, and ignores order", () => {
    // NO.: 11, 12, 12, 15 -> 13..14 (2); ZJ-: 7, 9 -> 8 (1); numbers of one prefix only touch each other.
    const gaps = receiptGaps(entries("ZJ-9", "NO.0015", "NO.0011", "NO.0012", "NO.0012", "ZJ-7"));
    expect(gaps).toEqual([
      { prefix: "NO.", from: "0013", to: "0014", count: 2, next: 1 },
      { prefix: "ZJ-", from: "8", to: "8", count: 1, next: 0 },
    ]);
  });

  it("pads to the width of the number before the gap, and grows past it", () => {
    expect(receiptGaps(entries("98", "101"))).toEqual([
      { prefix: "", from: "99", to: "100", count: 2, next: 1 },
    ]);
  });

  it("reports nothing for consecutive or single numbers", () => {
    expect(receiptGaps(entries("NO.1", "NO.2", "NO.3", "X-5"))).toEqual([]);
    expect(receiptGaps([])).toEqual([]);
  });

  it("with the numbers used, the gaps cover every number from the smallest to the largest exactly once", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 60 }), (values) => {
        const numbers: { receipt: ReceiptNumber; at: number }[] = values.map((v, i) => ({
          receipt: parseReceipt(`NO.${String(v).padStart(5, "0")}`)!,
          at: i,
        }));
        const gaps = receiptGaps(numbers);
        const covered = new Map<number, number>();
        for (const v of values) covered.set(v, 1);
        for (const g of gaps) {
          expect(g.from).toHaveLength(5);
          expect(Number(g.to) - Number(g.from) + 1).toBe(g.count);
          for (let n = Number(g.from); n <= Number(g.to); n++) covered.set(n, (covered.get(n) ?? 0) + 1);
          expect(values[g.next]).toBe(Number(g.to) + 1);
        }
        const min = Math.min(...values);
        const max = Math.max(...values);
        expect([...covered.keys()].sort((a, b) => a - b)).toEqual(
          Array.from({ length: max - min + 1 }, (_, i) => min + i),
        );
        expect([...covered.values()].every((n) => n === 1)).toBe(true);
      }),
    );
  });
});
