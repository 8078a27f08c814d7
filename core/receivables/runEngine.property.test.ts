import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addMonths, firstDayOf, lastDayOf } from "../values/isoDate";
import type { IsoDate } from "../values/isoDate";
import type { Ageing, BucketAmounts } from "./ageing";
import { allocatedBy } from "./allocate";
import type { Charge, Payment } from "./records";
import { runEngine } from "./runEngine";
import type { EngineResult } from "./runEngine";
import { sampleLedger } from "./sampleLedger.testkit";
import { fen } from "../values/money";

const UNITS = ["3-1-502", "3-1-1001", "10-2-101", "商铺1"];
const FEES = ["物业管理费", "水费"];
const FIRST_MONTH = "2025-10";
const MONTHS = 10;
const BASE_DAY: IsoDate = "2025-10-01";
const DAYS = 320;

const arbCharge = fc.record({
  unit: fc.nat(UNITS.length - 1),
  fee: fc.nat(FEES.length - 1),
  month: fc.nat(MONTHS - 1),
  dueFen: fc.oneof(fc.constantFrom(1000, 2500, 10_000), fc.integer({ min: 1, max: 50_000 })),
  dueShift: fc.option(fc.integer({ min: -25, max: 60 }), { nil: null }),
  customer: fc.option(fc.constantFrom("张三", "李四"), { nil: null }),
});
const arbAmount = fc.oneof(fc.constantFrom(1000, 2500, 5000, 10_000), fc.integer({ min: 1, max: 30_000 }));
const arbPayment = (refunds: boolean) =>
  fc.record({
    unit: fc.nat(UNITS.length + 0),
    fee: fc.nat(FEES.length - 1),
    day: fc.nat(DAYS),
    month: fc.option(fc.nat(MONTHS + 1), { nil: null }),
    amountFen: refunds
      ? fc.oneof({ weight: 3, arbitrary: arbAmount }, { weight: 1, arbitrary: arbAmount.map((a) => -a) })
      : arbAmount,
    receipt: fc.option(fc.integer({ min: 1, max: 30 }), { nil: null }),
  });

function chargesOf(c: Case): Charge[] {
  return c.charges.map((s, i) => {
    const period = addMonths(FIRST_MONTH, s.month);
    return {
      unit: UNITS[c.narrow ? 0 : s.unit]!,
      customer: s.customer,
      feeType: FEES[c.narrow ? 0 : s.fee]!,
      period,
      dueFen: fen(s.dueFen),
      dueDate: addDays(lastDayOf(period), s.dueShift ?? 0),
      source: { sheet: "应收", row: i + 2 },
    };
  });
}

function paymentsOf(c: Case): Payment[] {
  return c.payments.map((s, i) => ({
    receipt: s.receipt === null ? null : `R${s.receipt}`,
    date: addDays(BASE_DAY, s.day),
    unit: s.unit === UNITS.length ? "9-9-909" : UNITS[c.narrow ? 0 : s.unit]!,
    feeType: FEES[c.narrow ? 0 : s.fee]!,
    period: s.month === null ? null : addMonths(FIRST_MONTH, s.month),
    amountFen: fen(s.amountFen),
    method: null,
    source: { sheet: "实收", row: i + 2 },
  }));
}

const arbCase = (refunds: boolean) =>
  fc.record({
    charges: fc.array(arbCharge, { maxLength: 40 }),
    payments: fc.array(arbPayment(refunds), { maxLength: 40 }),
    /** Few accounts (one unit, one fee type) make refunds and reopened charges meet more often. */
    narrow: fc.boolean(),
    asOfDay: fc.oneof(fc.constant(DAYS), fc.nat(DAYS + 20)),
    from: fc.nat(MONTHS - 1),
    length: fc.nat(MONTHS - 1),
  });

type Case = typeof arbCase extends (r: boolean) => fc.Arbitrary<infer T> ? T : never;

function run(c: Case, payments = paymentsOf(c)): EngineResult & { asOf: IsoDate } {
  const asOf = addDays(BASE_DAY, c.asOfDay);
  const from = addMonths(FIRST_MONTH, c.from);
  const to = addMonths(from, c.length);
  return { asOf, ...runEngine(chargesOf(c), payments, { period: { from, to }, asOf }) };
}

const keyOf = (a: { unit: string; feeType: string }) => `${a.unit}|${a.feeType}`;

function sumsAddUp(b: BucketAmounts): void {
  expect(b.amounts.reduce((s, x) => s + x, 0)).toBe(b.total);
  for (const x of b.amounts) expect(x).toBeGreaterThanOrEqual(0);
}

function ageingAddsUp(ageing: Ageing): void {
  sumsAddUp(ageing.total);
  for (const group of [ageing.byFeeType, ageing.byBuilding, ageing.byBuildingAndFeeType]) {
    group.forEach(sumsAddUp);
    ageing.total.amounts.forEach((amount, i) =>
      expect(group.reduce((s, g) => s + g.amounts[i]!, 0)).toBe(amount),
    );
  }
}

/** Everything a caller sees, as plain data. */
function snapshot(r: EngineResult): unknown {
  return JSON.parse(
    JSON.stringify({
      accounts: r.allocation.accounts.map((a) => ({
        key: keyOf(a),
        charges: a.charges.map((c) => c.source.row),
        allocated: Array.from(a.allocatedFen),
        unallocated: a.unallocatedFen,
        prepaid: a.prepaidFen,
      })),
      feeTypes: r.allocation.feeTypes,
      figures: r.figures,
      ageing: { ...r.ageing, buckets: undefined },
      receivables: r.receivables,
    }),
  );
}

describe("collection engine properties per unit and fee type", () => {
  it("payments up to D = allocated to billed charges + prepaid; billed = allocated + outstanding; buckets add up", () => {
    fc.assert(
      fc.property(arbCase(true), (c) => {
        const r = run(c);
        const billedMonth = r.asOf.slice(0, 7);
        const rows = new Map(r.receivables.map((row) => [keyOf(row), row]));
        let outstandingAll = 0;
        for (const account of r.allocation.accounts) {
          const paid = account.payments.reduce((s, p) => s + p.amountFen, 0);
          const expected = paymentsOf(c)
            .filter((p) => keyOf(p) === keyOf(account) && p.date <= r.asOf)
            .reduce((s, p) => s + p.amountFen, 0);
          expect(paid).toBe(expected);
          let billedDue = 0;
          let billedAllocated = 0;
          let unbilledAllocated = 0;
          account.charges.forEach((charge, i) => {
            const allocated = account.allocatedFen[i]!;
            expect(allocated).toBeGreaterThanOrEqual(0);
            expect(allocated).toBeLessThanOrEqual(charge.dueFen);
            if (charge.period <= billedMonth) {
              billedDue += charge.dueFen;
              billedAllocated += allocated;
            } else unbilledAllocated += allocated;
          });
          expect(account.prepaidFen).toBe(account.unallocatedFen + unbilledAllocated);
          expect(paid).toBe(billedAllocated + account.prepaidFen);
          const outstanding = rows.get(keyOf(account))?.outstanding ?? 0;
          expect(billedDue).toBe(billedAllocated + outstanding);
          outstandingAll += outstanding;
        }
        ageingAddsUp(r.ageing);
        expect(r.ageing.total.total).toBe(outstandingAll);
        const prepaid = r.allocation.accounts.reduce((s, a) => s + a.prepaidFen, 0);
        expect(r.figures.total.prepaid).toBe(prepaid);
      }),
    );
  });

  it("allocates as a plain, slow reading of the rules does", () => {
    fc.assert(
      fc.property(arbCase(true), (c) => {
        const r = run(c);
        const expected = referenceAllocation(chargesOf(c), paymentsOf(c), r.asOf);
        const actual = new Map(
          r.allocation.accounts.map((a) => [
            keyOf(a),
            {
              allocated: Object.fromEntries(a.charges.map((ch, i) => [ch.source.row, a.allocatedFen[i]!])),
              unallocated: a.unallocatedFen,
            },
          ]),
        );
        expect(actual).toEqual(expected);
      }),
    );
  });

  it("without refunds the current, arrears, overall and household rates lie in [0, 1]", () => {
    fc.assert(
      fc.property(arbCase(false), (c) => {
        const { figures } = run(c);
        for (const f of [...figures.feeTypes, figures.total])
          for (const rate of [f.currentRate, f.arrearsRate, f.overallRate, f.householdRate])
            if (rate !== null) expect(rate.gte(0) && rate.lte(1)).toBe(true);
      }),
    );
  });

  it("permuting payment rows of different dates changes nothing", () => {
    fc.assert(
      fc.property(
        arbCase(true),
        fc.infiniteStream(fc.double({ min: 0, max: 1, noNaN: true })),
        (c, stream) => {
          const payments = paymentsOf(c);
          const keys = [...stream.take(payments.length)];
          const shuffled = payments.map((p, i) => ({ p, k: keys[i]! })).sort((a, b) => a.k - b.k);
          const sameDate = new Map<IsoDate, Payment[]>();
          for (const p of payments) sameDate.set(p.date, [...(sameDate.get(p.date) ?? []), p]);
          const permuted = shuffled.map(({ p }) => sameDate.get(p.date)!.shift()!);
          expect(snapshot(run(c, permuted))).toEqual(snapshot(run(c, payments)));
        },
      ),
    );
  });

  it("what an earlier date sees is what an allocation at that date computes", () => {
    fc.assert(
      fc.property(arbCase(true), fc.nat(DAYS + 20), (c, earlierDay) => {
        const later = run(c);
        const d = addDays(BASE_DAY, Math.min(earlierDay, c.asOfDay));
        const earlier = runEngine(chargesOf(c), paymentsOf(c), {
          period: later.figures.period,
          asOf: d,
        });
        const atD = new Map(earlier.allocation.accounts.map((a) => [keyOf(a), a]));
        for (const account of later.allocation.accounts) {
          const seen = Array.from(allocatedBy(account, d));
          const direct = atD.get(keyOf(account));
          expect(seen).toEqual(direct ? Array.from(direct.allocatedFen) : account.charges.map(() => 0));
        }
        const again = runEngine(chargesOf(c), paymentsOf(c), {
          period: later.figures.period,
          asOf: later.asOf,
        });
        expect(again.figures).toEqual(later.figures);
      }),
    );
  });

  it("opening arrears and arrears collected agree with allocations on the day before the period", () => {
    fc.assert(
      fc.property(arbCase(true), (c) => {
        const r = run(c);
        const { from, to } = r.figures.period;
        const dayBefore = addDays(firstDayOf(from), -1);
        if (dayBefore > r.asOf) return;
        const before = runEngine(chargesOf(c), paymentsOf(c), {
          period: r.figures.period,
          asOf: dayBefore,
        }).allocation;
        const atStart = new Map(before.accounts.map((a) => [keyOf(a), a]));
        const billedMonth = r.asOf.slice(0, 7);
        let opening = 0;
        let recovered = 0;
        let current = 0;
        for (const account of r.allocation.accounts) {
          const start = atStart.get(keyOf(account));
          account.charges.forEach((charge, i) => {
            if (charge.period > billedMonth) return;
            const now = account.allocatedFen[i]!;
            if (charge.period >= from && charge.period <= to) current += now;
            if (charge.period >= from) return;
            const at = start?.charges.findIndex((x) => x.source.row === charge.source.row) ?? -1;
            const then = at < 0 ? 0 : start!.allocatedFen[at]!;
            opening += charge.dueFen - then;
            recovered += now - then;
          });
        }
        expect(r.figures.total.openingArrears).toBe(opening);
        expect(r.figures.total.arrearsCollected).toBe(recovered);
        expect(r.figures.total.currentCollected).toBe(current);
      }),
    );
  });

  it("holds on the sample estate: totals tie out and the list matches the ageing", () => {
    const { charges, payments } = sampleLedger(40, 24);
    const r = runEngine(charges, payments, {
      period: { from: "2026-01", to: "2026-11" },
      asOf: "2026-11-30",
    });
    ageingAddsUp(r.ageing);
    expect(r.receivables.reduce((s, row) => s + row.outstanding, 0)).toBe(r.ageing.total.total);
    const paid = payments.filter((p) => p.date <= "2026-11-30").reduce((s, p) => s + p.amountFen, 0);
    const allocatedBilled = r.allocation.accounts.reduce(
      (s, a) => s + a.charges.reduce((t, c, i) => t + (c.period <= "2026-11" ? a.allocatedFen[i]! : 0), 0),
      0,
    );
    expect(paid).toBe(allocatedBilled + r.figures.total.prepaid);
    expect(sampleLedger(40, 24)).toEqual(sampleLedger(40, 24));
  });
});

/**
 * The allocation of docs/jobs/collection.md#allocation read literally, with none of allocate's shortcuts (no open-charge pointer, no month
 * index, no shared columns): per account, allocated fen by charge source row and the fen that went to no charge.
 */
function referenceAllocation(charges: Charge[], payments: Payment[], asOf: IsoDate) {
  const keys = [...new Set([...charges, ...payments.filter((p) => p.date <= asOf)].map(keyOf))];
  return new Map(
    keys.map((key) => {
      const cs = charges
        .filter((ch) => keyOf(ch) === key)
        .sort((a, b) =>
          a.dueDate < b.dueDate
            ? -1
            : a.dueDate > b.dueDate
              ? 1
              : a.period < b.period
                ? -1
                : a.period > b.period
                  ? 1
                  : 0,
        );
      const ps = payments
        .filter((p) => keyOf(p) === key && p.date <= asOf)
        .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : receiptNumber(a) - receiptNumber(b)));
      const allocated = cs.map(() => 0);
      const log: { target: number; remaining: number }[] = [];
      let unallocated = 0;
      const give = (target: number, fen: number) => {
        if (target < 0) unallocated += fen;
        else allocated[target]! += fen;
      };
      for (const p of ps) {
        if (p.amountFen > 0) {
          let left: number = p.amountFen;
          const order = [...cs.keys()].filter((i) => cs[i]!.period === p.period).concat([...cs.keys()]);
          for (const i of order) {
            const take = Math.min(left, cs[i]!.dueFen - allocated[i]!);
            if (take <= 0) continue;
            give(i, take);
            log.push({ target: i, remaining: take });
            left -= take;
          }
          if (left > 0) {
            give(-1, left);
            log.push({ target: -1, remaining: left });
          }
        } else {
          let left = -p.amountFen;
          const month = p.date.slice(0, 7);
          const prepaidFirst = [...log]
            .reverse()
            .filter((e) => e.target < 0 || cs[e.target]!.period > month)
            .concat([...log].reverse());
          for (const entry of prepaidFirst) {
            const take = Math.min(left, entry.remaining);
            if (take <= 0) continue;
            entry.remaining -= take;
            give(entry.target, -take);
            left -= take;
          }
          if (left > 0) give(-1, -left);
        }
      }
      return [
        key,
        { allocated: Object.fromEntries(cs.map((ch, i) => [ch.source.row, allocated[i]!])), unallocated },
      ];
    }),
  );
}

/** Receipts are R1..R30 or none; none sorts last. */
function receiptNumber(p: Payment): number {
  return p.receipt === null ? Infinity : Number(p.receipt.slice(1));
}
