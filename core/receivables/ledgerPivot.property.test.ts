import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { placeAlone } from "../table/placedSheets";
import { addDays, lastDayOf, type IsoDate } from "../values/isoDate";
import { fen } from "../values/money";
import { COLLECTION_TABLES } from "./inputs";
import { pivotToLedger, type LedgerForm } from "./ledgerPivot.testkit";
import { readCollectionInputs } from "./readInputs";
import type { Charge, Payment } from "./records";
import { runEngine } from "./runEngine";

const YEAR = 2026;
const UNITS = ["1-101", "1-102", "2-201", "3-1-502"];
const FEE = "物业管理费";
const period = (m: number) => `${YEAR}-${String(m).padStart(2, "0")}`;

/** One unit's year: its 月应收, the months charged, and per month the parts of what was paid (each a share of the charge). */
const arbUnit = fc.record({
  monthly: fc.oneof(fc.constantFrom(15_000, 19_703, 30_000), fc.integer({ min: 1, max: 60_000 })),
  /** Per month: null not charged; else the shares (in thousandths of the charge, adding up to at most 1000) paid. */
  months: fc.array(
    fc.option(fc.array(fc.integer({ min: 1, max: 600 }), { maxLength: 2 }), { nil: null, freq: 6 }),
    { minLength: 12, maxLength: 12 },
  ),
  /** The amount a month charges when it differs from 月应收 (the pairs form only). */
  varied: fc.array(fc.option(fc.integer({ min: 1, max: 60_000 }), { nil: null, freq: 2 }), {
    minLength: 12,
    maxLength: 12,
  }),
  /** Day offsets of the payments, from the first day of the year, before the as-of date. */
  days: fc.array(fc.nat(400), { minLength: 24, maxLength: 24 }),
});

const arbCase = fc.record({
  units: fc.array(arbUnit, { minLength: 1, maxLength: UNITS.length }),
  form: fc.constantFrom<LedgerForm>("months", "pairs"),
  ticks: fc.boolean(),
  from: fc.integer({ min: 1, max: 12 }),
  span: fc.integer({ min: 0, max: 11 }),
  /** The as-of date, days from 2026-01-01: from early in the year into the next. */
  asOf: fc.integer({ min: 0, max: 400 }),
});

type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

/** The long ledger of a case: charges due at each month's end; payments naming their month, dated by the as-of date. */
function longLedger(c: Case, asOf: IsoDate): { charges: Charge[]; payments: Payment[] } {
  const charges: Charge[] = [];
  const payments: Payment[] = [];
  c.units.forEach((u, k) => {
    const unit = UNITS[k]!;
    u.months.forEach((shares, i) => {
      if (shares === null) return;
      const m = i + 1;
      const due = c.form === "pairs" ? (u.varied[i] ?? u.monthly) : u.monthly;
      charges.push({
        unit,
        customer: null,
        feeType: FEE,
        period: period(m),
        dueFen: fen(due),
        dueDate: lastDayOf(period(m)),
        source: { sheet: "应收", row: charges.length + 2 },
      });
      let left = due;
      shares.forEach((share, j) => {
        const amount = Math.min(left, Math.max(1, Math.floor((due * share) / 1000)));
        if (amount <= 0) return;
        left -= amount;
        const offset = u.days[(2 * i + j) % u.days.length]!;
        const day = addDays(`${YEAR}-01-01`, offset);
        payments.push({
          receipt: null,
          date: day <= asOf ? day : asOf,
          unit,
          feeType: FEE,
          period: period(m),
          amountFen: fen(amount),
          method: "微信",
          source: { sheet: "实收", row: payments.length + 2 },
        });
      });
    });
  });
  return { charges, payments };
}

describe("a long ledger pivoted to the month-wide form reads back to the same figures", () => {
  it("current receivable, collected, outstanding, prepaid and households agree, whatever the period and as-of date", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const asOf = addDays(`${YEAR}-01-01`, c.asOf);
        const from = c.from;
        const to = Math.min(12, c.from + c.span);
        const long = longLedger(c, asOf);
        if (long.charges.length === 0) return;
        const ledger = pivotToLedger(long.charges, long.payments, {
          year: YEAR,
          form: c.form,
          ticks: c.ticks,
        });
        const placed = placeAlone({ date1904: false, sheets: [ledger] }, COLLECTION_TABLES);
        const read = readCollectionInputs(placed, period(to), asOf);
        expect(read.issues).toEqual([]);
        const params = { period: { from: period(from), to: period(to) }, asOf };
        const wide = runEngine(read.charges, read.payments, params);
        const narrow = runEngine(long.charges, long.payments, params);
        const figures = (f: typeof wide.figures.total) => ({
          currentReceivable: f.currentReceivable,
          currentCollected: f.currentCollected,
          prepaid: f.prepaid,
          unitsCharged: f.unitsCharged,
          unitsPaid: f.unitsPaid,
        });
        expect(figures(wide.figures.total)).toEqual(figures(narrow.figures.total));
        expect(wide.ageing.total).toEqual(narrow.ageing.total);
        expect(wide.receivables.map((r) => [r.unit, r.outstanding, r.months])).toEqual(
          narrow.receivables.map((r) => [r.unit, r.outstanding, r.months]),
        );
      }),
      { numRuns: 200 },
    );
  });
});
