import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { findReceiptClashes, receiptKey } from "./receiptClashes";
import { paymentOf } from "./records.testkit";
import type { Payment } from "./records";

/** The rule written out plainly: the first earlier payment with the same key that is not part of one receipt. */
function naiveClashes(payments: readonly Payment[]): Map<number, Payment> {
  const oneReceipt = (a: Payment, b: Payment) =>
    a.unit === b.unit &&
    (a.amountFen < 0 !== b.amountFen < 0 ||
      (a.date === b.date && (a.feeType !== b.feeType || a.period !== b.period)));
  const clashes = new Map<number, Payment>();
  payments.forEach((payment, i) => {
    if (payment.receipt === null) return;
    const key = receiptKey(payment.receipt);
    const earlier = payments.slice(0, i).filter((p) => p.receipt !== null && receiptKey(p.receipt) === key);
    const clash = earlier.find((p) => !oneReceipt(p, payment));
    if (clash !== undefined) clashes.set(i, clash);
  });
  return clashes;
}

const paymentArb = fc
  .record({
    receipt: fc.option(fc.constantFrom("R1", "r1", "Ｒ1", "R2", "R 2", "NO.001", "no.001", "R3"), {
      nil: null,
    }),
    unit: fc.constantFrom("3-1-502", "3-1-503"),
    feeType: fc.constantFrom("物业管理费", "水费"),
    day: fc.constantFrom("2026-11-01", "2026-11-02"),
    period: fc.constantFrom(null, "2026-10", "2026-11"),
    amountFen: fc.constantFrom(10_000, -10_000, 5_000),
  })
  .map(({ day, amountFen, ...p }) => paymentOf(day, amountFen, p));

describe("findReceiptClashes", () => {
  it("finds the clashes of the plain rule, whatever the key hash (distinct, all equal or some equal)", () => {
    fc.assert(
      fc.property(fc.array(paymentArb, { maxLength: 30 }), (payments) => {
        const expected = naiveClashes(payments);
        expect(findReceiptClashes(payments)).toEqual(expected);
        expect(findReceiptClashes(payments, () => 0)).toEqual(expected);
        expect(findReceiptClashes(payments, (key) => key.length)).toEqual(expected);
      }),
    );
  });

  it.each([
    ["lines of one receipt: one unit and date, other fee types", "水费", "2026-11-01", null, 100, false],
    ["the same line typed twice", "物业管理费", "2026-11-01", null, 100, true],
    ["a refund of the receipt, on a later day", "物业管理费", "2026-11-20", null, -100, false],
    ["the same number on another day", "物业管理费", "2026-11-02", null, 100, true],
    ["another month of the same fee on one receipt", "物业管理费", "2026-11-01", "2026-10", 100, false],
  ] as const)("%s", (_, feeType, date, period, amountFen, clashes) => {
    const first = paymentOf("2026-11-01", 100, { receipt: "NO.0012001" });
    const second = paymentOf(date, amountFen, { receipt: "no.0012001", feeType, period });
    const other = paymentOf("2026-11-01", 100, { receipt: "NO.0012002" });
    expect(findReceiptClashes([first, other, second])).toEqual(clashes ? new Map([[2, first]]) : new Map());
  });
});

describe("receiptKey", () => {
  it.each([
    ["NO.0012345", "NO.0012345"],
    ["no.0012345", "NO.0012345"],
    ["ＮＯ. 0012345", "NO.0012345"],
    ["R 12", "R12"],
  ])("%s -> %s", (receipt, key) => {
    expect(receiptKey(receipt)).toBe(key);
  });
});
