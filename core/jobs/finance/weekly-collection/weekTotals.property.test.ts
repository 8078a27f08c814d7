import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Payment } from "../../../receivables/records";
import { addDays } from "../../../values/isoDate";
import { paymentMethod } from "./paymentMethod";
import { weekEnding } from "./week";
import { weekTotals } from "./weekTotals";
import { fen } from "../../../values/money";

const WEEK = weekEnding("2026-11-18");
const METHODS = ["现金", "微信支付", "POS机", "银行卡", "转账", "支付宝", "承兑汇票", null, ""];
const FEES = ["物业管理费", "停车费", "水费", "电费"];

const payment = fc
  .record({
    day: fc.integer({ min: -3, max: 9 }),
    method: fc.constantFrom(...METHODS),
    feeType: fc.constantFrom(...FEES),
    fen: fc.integer({ min: -50_000, max: 500_000 }),
  })
  .map(({ day, method, feeType, fen: amount }): Payment => ({
    receipt: null,
    date: addDays(WEEK.from, day),
    unit: "1-1-101",
    feeType,
    period: null,
    amountFen: fen(amount),
    method,
    source: { sheet: "实收", row: 0 },
  }));

const sum = (values: Iterable<number>) => [...values].reduce((a, b) => a + b, 0);

describe("weekTotals (properties)", () => {
  it("puts every payment of the week in exactly one day x method x fee type cell, and nothing else", () => {
    fc.assert(
      fc.property(fc.array(payment, { maxLength: 80 }), (payments) => {
        const totals = weekTotals(payments, WEEK);
        const inWeek = payments.filter((p) => p.date >= WEEK.from && p.date <= WEEK.to);
        expect(totals.payments).toEqual(inWeek);
        for (const p of inWeek) {
          const cells = totals.cells.filter(
            (c) => c.date === p.date && c.method === paymentMethod(p.method) && c.feeType === p.feeType,
          );
          expect(cells).toHaveLength(1);
        }
        for (const c of totals.cells) {
          const own = inWeek.filter(
            (p) => p.date === c.date && paymentMethod(p.method) === c.method && p.feeType === c.feeType,
          );
          expect(own.length).toBeGreaterThan(0);
          expect(c.fen).toBe(sum(own.map((p) => p.amountFen)));
        }
      }),
    );
  });

  it("adds up: cells = days = methods = fee types = total = the week's payments", () => {
    fc.assert(
      fc.property(fc.array(payment, { maxLength: 80 }), (payments) => {
        const totals = weekTotals(payments, WEEK);
        const expected = sum(totals.payments.map((p) => p.amountFen));
        expect(totals.total).toBe(expected);
        expect(sum(totals.cells.map((c) => c.fen))).toBe(expected);
        expect(sum(totals.byDay.values())).toBe(expected);
        expect(sum(totals.byMethod.values())).toBe(expected);
        expect(sum(totals.byFeeType.values())).toBe(expected);
        expect([...totals.byDay.keys()]).toEqual(totals.days);
        expect(totals.days).toHaveLength(7);
        for (const day of totals.days)
          expect(totals.byDay.get(day)).toBe(
            sum(totals.cells.filter((c) => c.date === day).map((c) => c.fen)),
          );
      }),
    );
  });

  it("orders fee types by their first appearance in the whole list, so a week's columns follow the ledger", () => {
    const at = (day: number, feeType: string): Payment => ({
      receipt: null,
      date: addDays(WEEK.from, day),
      unit: "1-1-101",
      feeType,
      period: null,
      amountFen: fen(100),
      method: "现金",
      source: { sheet: "实收", row: 0 },
    });
    const totals = weekTotals(
      [at(-5, "物业管理费"), at(-4, "停车费"), at(1, "水费"), at(2, "停车费"), at(3, "物业管理费")],
      WEEK,
    );
    expect(totals.feeTypes).toEqual(["物业管理费", "停车费", "水费"]);
  });
});
