import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocate } from "../../../receivables/allocate";
import type { Charge, Payment } from "../../../receivables/records";
import { addDays, addMonths, firstDayOf, lastDayOf } from "../../../values/isoDate";
import { expectedReceipts, type PaymentPromise } from "./receipts";
import { fen } from "../../../values/money";

const UNITS = ["1-101", "1-102", "2-201"];
const FEES = ["物业管理费", "停车费"];
const MONTH = "2026-12";
const FIRST = firstDayOf(MONTH);
const LAST = lastDayOf(MONTH);

const arbCase = fc.record({
  charges: fc.array(
    fc.record({
      unit: fc.nat(UNITS.length - 1),
      fee: fc.nat(FEES.length - 1),
      month: fc.integer({ min: -4, max: 2 }),
      dueFen: fc.integer({ min: 1, max: 40_000 }),
      dueShift: fc.integer({ min: -20, max: 20 }),
    }),
    { maxLength: 25 },
  ),
  payments: fc.array(
    fc.record({
      unit: fc.nat(UNITS.length - 1),
      fee: fc.nat(FEES.length - 1),
      day: fc.integer({ min: -150, max: 40 }),
      month: fc.option(fc.integer({ min: -4, max: 2 }), { nil: null }),
      fen: fc.integer({ min: -20_000, max: 60_000 }),
    }),
    { maxLength: 20 },
  ),
  promises: fc.array(
    fc.record({
      unit: fc.nat(UNITS.length - 1),
      fee: fc.nat(FEES.length - 1),
      day: fc.integer({ min: -40, max: 70 }),
    }),
    { maxLength: 6 },
  ),
  asOfDay: fc.integer({ min: -30, max: 10 }),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

function build(c: Case) {
  const charges: Charge[] = c.charges.map((s, i) => {
    const period = addMonths(MONTH, s.month);
    return {
      unit: UNITS[s.unit]!,
      customer: null,
      feeType: FEES[s.fee]!,
      period,
      dueFen: fen(s.dueFen),
      dueDate: addDays(lastDayOf(period), s.dueShift),
      source: { sheet: "应收", row: i + 2 },
    };
  });
  const payments: Payment[] = c.payments.map((s, i) => ({
    receipt: null,
    date: addDays(FIRST, s.day),
    unit: UNITS[s.unit]!,
    feeType: FEES[s.fee]!,
    period: s.month === null ? null : addMonths(MONTH, s.month),
    amountFen: fen(s.fen),
    method: null,
    source: { sheet: "实收", row: i + 2 },
  }));
  const promises = new Map<string, PaymentPromise>();
  for (const p of c.promises)
    promises.set(`${UNITS[p.unit]}|${FEES[p.fee]}`, { date: addDays(FIRST, p.day), reason: null });
  const asOf = addDays(FIRST, c.asOfDay);
  const allocation = allocate(charges, payments, asOf);
  const receipts = expectedReceipts(allocation, MONTH, (unit, feeType) => promises.get(`${unit}|${feeType}`));
  return { charges, allocation, receipts, promises };
}

describe("expectedReceipts: properties", () => {
  it("its parts add up: fee-type lines to the due total, promise lines to the promised total, both to the total", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { receipts } = build(c);
        const sum = (xs: { fen: number }[]) => xs.reduce((s, x) => s + x.fen, 0);
        expect(sum(receipts.dueCharges)).toBe(receipts.dueFen);
        expect(sum(receipts.promised)).toBe(receipts.promisedFen);
        expect(receipts.dueFen + receipts.promisedFen).toBe(receipts.totalFen);
        for (const line of [...receipts.dueCharges, ...receipts.promised]) {
          expect(line.sources).toHaveLength(line.charges);
          expect(line.fen).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("counts no charge twice, and exactly the outstanding charges the rule names", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { allocation, receipts, promises } = build(c);
        const counted = [...receipts.dueCharges, ...receipts.promised].flatMap((l) => l.sources);
        expect(new Set(counted).size).toBe(counted.length);
        // By the rule, charge by charge: an account promised in the month counts every outstanding charge due by
        // its end; any other account counts its outstanding charges due inside the month.
        let expected = 0;
        const expectedSources = new Set<unknown>();
        for (const account of allocation.accounts) {
          const promise = promises.get(`${account.unit}|${account.feeType}`);
          const isPromised = promise !== undefined && promise.date >= FIRST && promise.date <= LAST;
          account.charges.forEach((charge, i) => {
            const owed = charge.dueFen - account.allocatedFen[i]!;
            const inScope = isPromised
              ? charge.dueDate <= LAST
              : charge.dueDate >= FIRST && charge.dueDate <= LAST;
            if (owed > 0 && inScope) {
              expected += owed;
              expectedSources.add(charge.source);
            }
          });
        }
        expect(receipts.totalFen).toBe(expected);
        expect(new Set(counted)).toEqual(expectedSources);
      }),
      { numRuns: 300 },
    );
  });

  it("never expects more than the charges due by the month's end, nor less than zero", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { charges, receipts } = build(c);
        const ceiling = charges.filter((ch) => ch.dueDate <= LAST).reduce((s, ch) => s + ch.dueFen, 0);
        expect(receipts.totalFen).toBeGreaterThanOrEqual(0);
        expect(receipts.totalFen).toBeLessThanOrEqual(ceiling);
      }),
      { numRuns: 200 },
    );
  });
});
