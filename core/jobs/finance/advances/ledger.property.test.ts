import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCalendar } from "../../../calendar/workingCalendar";
import { addDays } from "../../../values/isoDate";
import { normalizeKey } from "../../../values/text";
import { advancesLedger } from "./ledger";
import type { Loan, Voucher } from "./records";
import { fen } from "../../../values/money";

const NUMBERS = ["JK-001", "JK-002", "JK-003", "JK-004"];
const SPELLINGS = (n: string) => [
  n,
  n.toLowerCase(),
  ` ${n} `,
  [...n].map((c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0)).join(""),
];
const BASE = "2026-09-01";
const calendar = createCalendar();

const arbCase = fc.record({
  loans: fc.array(
    fc.record({
      number: fc.nat(NUMBERS.length - 1),
      day: fc.nat(90),
      fen: fc.integer({ min: 1, max: 2_000_000 }),
    }),
    {
      maxLength: 6,
    },
  ),
  vouchers: fc.array(
    fc.record({
      loan: fc.option(fc.record({ number: fc.nat(NUMBERS.length), spelling: fc.nat(3) }), { nil: null }),
      day: fc.nat(100),
      fen: fc.integer({ min: 1, max: 1_500_000 }),
      cashReturn: fc.boolean(),
    }),
    { maxLength: 12 },
  ),
  asOfDay: fc.nat(110),
});

function build(c: typeof arbCase extends fc.Arbitrary<infer T> ? T : never) {
  const loans: Loan[] = c.loans.map((l, i) => ({
    number: NUMBERS[l.number]!,
    key: normalizeKey(NUMBERS[l.number]!),
    date: addDays(BASE, l.day),
    borrower: null,
    purpose: null,
    fen: fen(l.fen),
    signatures: [],
    source: { sheet: "借款单", row: i + 2 },
    cells: {},
    keyColumn: "A",
  }));
  const vouchers: Voucher[] = c.vouchers.map((v, i) => {
    const typed =
      v.loan === null
        ? null
        : SPELLINGS(v.loan.number === NUMBERS.length ? "JK-999" : NUMBERS[v.loan.number]!)[v.loan.spelling]!;
    return {
      voucher: null,
      date: addDays(BASE, v.day),
      invoice: null,
      cashReturn: v.cashReturn,
      fen: fen(v.fen),
      loan: typed,
      loanKey: typed === null ? null : normalizeKey(typed),
      signatures: [],
      source: { sheet: "支出凭证", row: i + 2 },
      cells: {},
      keyColumn: "A",
    };
  });
  const asOf = addDays(BASE, c.asOfDay);
  return { loans, vouchers, asOf, ledger: advancesLedger(loans, vouchers, asOf, calendar) };
}

describe("advancesLedger: properties", () => {
  it("offsets + open balances = loans, per loan and in total; statuses follow the balance", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { ledger } = build(c);
        let amount = 0;
        let offset = 0;
        for (const line of ledger.loans) {
          expect(line.offsetFen + line.openFen).toBe(line.loan.fen);
          expect(line.offsetFen).toBe(line.offsets.reduce((s, o) => s + o.voucher.fen, 0));
          const expected =
            line.offsetFen === 0
              ? "open"
              : line.openFen > 0
                ? "partly-offset"
                : line.openFen === 0
                  ? "offset"
                  : "over-offset";
          expect(line.status).toBe(expected);
          expect(line.daysOpen === null).toBe(line.openFen <= 0);
          amount += line.loan.fen;
          offset += line.offsetFen;
        }
        expect([ledger.amountFen, ledger.offsetFen, ledger.openFen]).toEqual([
          amount,
          offset,
          amount - offset,
        ]);
      }),
      { numRuns: 300 },
    );
  });

  it("every voucher dated up to the as-of date is set against exactly one loan or listed as unmatched, none twice", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { vouchers, asOf, ledger } = build(c);
        const used = [
          ...ledger.loans.flatMap((l) => l.offsets.map((o) => o.voucher)),
          ...ledger.unmatched.map((u) => u.voucher),
        ];
        expect(new Set(used).size).toBe(used.length);
        expect(new Set(used)).toEqual(new Set(vouchers.filter((v) => v.date <= asOf)));
        expect(ledger.unmatchedFen).toBe(ledger.unmatched.reduce((s, u) => s + u.voucher.fen, 0));
        for (const line of ledger.loans) {
          expect(line.loan.date <= asOf).toBe(true);
          for (const o of line.offsets) expect(o.voucher.loanKey).toBe(line.loan.key);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("a late invoice is an invoice voucher (never cash handed back) dated after the deadline, which lies 5 working days after the loan", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { ledger } = build(c);
        for (const line of ledger.loans) {
          expect(calendar.isWorkingDay(line.deadline)).toBe(true);
          let working = 0;
          for (let d = addDays(line.loan.date, 1); d <= line.deadline; d = addDays(d, 1))
            if (calendar.isWorkingDay(d)) working++;
          expect(working).toBe(5);
          for (const o of line.offsets)
            expect(o.late).toBe(!o.voucher.cashReturn && o.voucher.date > line.deadline);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("cash handed back is part of the offset; a loan is overdue only with no invoice voucher, something open and the deadline passed", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const { asOf, ledger } = build(c);
        let returned = 0;
        for (const line of ledger.loans) {
          const cash = line.offsets.filter((o) => o.voucher.cashReturn);
          expect(line.cashReturnedFen).toBe(cash.reduce((s, o) => s + o.voucher.fen, 0));
          const invoiced = cash.length < line.offsets.length;
          expect(line.overdue).toBe(!invoiced && line.openFen > 0 && asOf > line.deadline);
          returned += line.cashReturnedFen;
        }
        expect(ledger.cashReturnedFen).toBe(returned);
      }),
      { numRuns: 300 },
    );
  });
});
