import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec } from "../../values/decimal";
import type { CountLine, ItemRef, OpeningStock, PlannedLine, Receipt, StockIssue } from "./records";
import { reconcile, type ReconcileInput } from "./reconcile";
import { fen, type Fen } from "../../values/money";
import { qtyE4, type QtyE4 } from "../../values/quantity";

const BROOM: ItemRef = { item: "扫帚", spec: "", unit: "把" };
const BULB: ItemRef = { item: "灯泡", spec: "LED 9W", unit: "个" };
const BAGS: ItemRef = { item: "垃圾袋", spec: "大号", unit: "卷" };

let nextRow = 2;
const q = (units: number): QtyE4 => qtyE4(Math.round(units * 10_000));
const fenOrNull = (n: number | null): Fen | null => (n === null ? null : fen(n));

function opening(ref: ItemRef, units: number, valueFen: number | null): OpeningStock {
  return {
    ...ref,
    category: null,
    quantity: q(units),
    valueFen: fenOrNull(valueFen),
    source: { sheet: "期初库存", row: nextRow++ },
  };
}

function receipt(
  ref: ItemRef,
  date: string,
  units: number,
  amountFen: number | null,
  more: Partial<Receipt> = {},
): Receipt {
  return {
    ...ref,
    date,
    slip: null,
    quantity: q(units),
    amountFen: fenOrNull(amountFen),
    unitPrice: null,
    accepted: true,
    returnBy: null,
    source: { sheet: "入库", row: nextRow++ },
    ...more,
  };
}

function issue(ref: ItemRef, date: string, units: number, more: Partial<StockIssue> = {}): StockIssue {
  return {
    ...ref,
    date,
    slip: null,
    quantity: q(units),
    department: "保洁部",
    taker: "王五",
    approver: "李经理",
    source: { sheet: "出库", row: nextRow++ },
    ...more,
  };
}

function count(ref: ItemRef, units: number, date: string | null = "2026-11-25"): CountLine {
  return { ...ref, date, category: null, quantity: q(units), source: { sheet: "盘点", row: nextRow++ } };
}

function input(parts: Partial<ReconcileInput>): ReconcileInput {
  return {
    month: "2026-11",
    countDate: "2026-11-25",
    opening: [],
    receipts: [],
    issues: [],
    counts: [],
    plan: null,
    ...parts,
  };
}

const codes = (r: ReturnType<typeof reconcile>): string[] => r.exceptions.map((e) => e.code);

describe("reconcile: golden cases", () => {
  it("values by monthly weighted average, closing rounded half-up and issues by difference", () => {
    // Broom (扫帚, 把), month 2026-11, count on 11-25:
    //   opening          10 把  value  50.00
    //   11-03 receipt    20 把 at 6.00 = 120.00
    //   11-05 issue      15 把
    //   11-10 receipt    10 把 at 6.50 =  65.00
    //   11-20 issue      12 把
    // received 30, issued 27, expected = 10 + 30 - 27 = 13
    // unit cost = (50.00 + 120.00 + 65.00) / (10 + 30) = 235.00 / 40 = 5.875 (exact)
    // closing value = 13 x 5.875 = 76.375 -> 76.38 (half-up)
    // issued value = 50.00 + 185.00 - 76.38 = 158.62 (by difference)
    // book at 11-25 = 13, counted 12 -> variance -1, value -5.875 -> -5.88
    const r = reconcile(
      input({
        opening: [opening(BROOM, 10, 5000)],
        receipts: [receipt(BROOM, "2026-11-03", 20, 12000), receipt(BROOM, "2026-11-10", 10, 6500)],
        issues: [issue(BROOM, "2026-11-05", 15), issue(BROOM, "2026-11-20", 12)],
        counts: [count(BROOM, 12)],
      }),
    );
    expect(r.items).toHaveLength(1);
    const line = r.items[0]!;
    expect(line).toMatchObject({
      item: "扫帚",
      opening: 100_000,
      received: 300_000,
      issued: 270_000,
      expected: 130_000,
      bookAtCount: 130_000,
      counted: 120_000,
      variance: -10_000,
      openingValue: 5000,
      receivedValue: 18_500,
      issuedValue: 15_862,
      closingValue: 7638,
      varianceValue: -588,
    });
    expect(line.unitCost?.toString()).toBe("5.875");
    expect(r.totals).toEqual({
      openingValue: 5000,
      receivedValue: 18_500,
      issuedValue: 15_862,
      closingValue: 7638,
      varianceValue: -588,
    });
    expect(r.exceptions).toEqual([]);
  });

  it("keeps a repeating unit cost exact and still balances to the fen", () => {
    // opening 3 个 value 10.00 -> unit cost 3.333..., issue 1 -> expected 2
    // closing = 2 x 10.00 / 3 = 6.666... -> 6.67; issued = 10.00 - 6.67 = 3.33
    const r = reconcile(
      input({
        opening: [opening(BULB, 3, 1000)],
        issues: [issue(BULB, "2026-11-02", 1)],
        counts: [count(BULB, 2)],
      }),
    );
    const line = r.items[0]!;
    expect(line.closingValue).toBe(667);
    expect(line.issuedValue).toBe(333);
    expect(line.unitCost?.equals(new Dec(10).div(3))).toBe(true);
  });

  it("flags a negative balance on the day an issue precedes its receipt, though the month ends positive", () => {
    // Bulb: no opening; 11-02 issue 5 -> balance -5 (flagged); 11-04 receipt 10 at 3.00 -> balance 5.
    // unit cost 30.00 / 10 = 3.00; closing 5 x 3.00 = 15.00; issued 30.00 - 15.00 = 15.00.
    // Broom on 11-06: receipt 4 and issue 4 on the same date, receipts first -> never negative.
    const early = issue(BULB, "2026-11-02", 5);
    const r = reconcile(
      input({
        receipts: [receipt(BULB, "2026-11-04", 10, 3000), receipt(BROOM, "2026-11-06", 4, 2000)],
        issues: [issue(BROOM, "2026-11-06", 4), early],
        counts: [count(BULB, 5)],
      }),
    );
    const bulb = r.items.find((i) => i.item === "灯泡")!;
    expect(bulb).toMatchObject({ expected: 50_000, closingValue: 1500, issuedValue: 1500, variance: 0 });
    expect(r.exceptions).toEqual([
      {
        code: "negative_balance",
        item: BULB,
        sheet: "出库",
        row: early.source.row,
        params: { date: "2026-11-02", balance: "-5" },
      },
    ]);
  });

  it("excludes a rejected receipt from stock and lists it with its return deadline", () => {
    // Broom: opening 2 (10.00); accepted receipt 3 at 5.00; rejected receipt 100 (return by 11-15).
    // expected = 2 + 3 = 5, unit cost 25.00 / 5 = 5.00, closing 25.00.
    const rejected = receipt(BROOM, "2026-11-08", 100, 50_000, {
      accepted: false,
      returnBy: "2026-11-15",
      slip: "RK-008",
    });
    const r = reconcile(
      input({
        opening: [opening(BROOM, 2, 1000)],
        receipts: [receipt(BROOM, "2026-11-07", 3, 1500), rejected],
        counts: [count(BROOM, 5)],
      }),
    );
    expect(r.items[0]).toMatchObject({ received: 30_000, expected: 50_000, closingValue: 2500 });
    expect(r.exceptions).toEqual([
      {
        code: "rejected_receipt",
        item: BROOM,
        sheet: "入库",
        row: rejected.source.row,
        params: { date: "2026-11-08", quantity: "100", returnBy: "2026-11-15", slip: "RK-008" },
      },
    ]);
  });

  it("ignores movements dated outside the month", () => {
    // Only the 11-10 receipt (4 at 2.00) and the 11-12 issue (1) count: expected 5 + 4 - 1 = 8.
    const r = reconcile(
      input({
        opening: [opening(BROOM, 5, 1000)],
        receipts: [receipt(BROOM, "2026-10-31", 50, 10_000), receipt(BROOM, "2026-11-10", 4, 800)],
        issues: [issue(BROOM, "2026-11-12", 1), issue(BROOM, "2026-12-01", 8)],
        counts: [count(BROOM, 8)],
      }),
    );
    expect(r.items[0]).toMatchObject({
      received: 40_000,
      issued: 10_000,
      expected: 80_000,
      receivedValue: 800,
      closingValue: 1600,
    });
    expect(r.exceptions).toEqual([]);
  });

  it("compares the count with the book balance on the count date", () => {
    // Bulb: opening 10 (20.00); issue 3 on 11-20, count 7 on 11-25, issue 2 on 11-27.
    // book at 11-25 = 7, variance 0; expected at month end 5, closing 5 x 2.00 = 10.00.
    // A count line dated 11-24 is not the count and is ignored.
    const r = reconcile(
      input({
        opening: [opening(BULB, 10, 2000)],
        issues: [issue(BULB, "2026-11-20", 3), issue(BULB, "2026-11-27", 2)],
        counts: [count(BULB, 7), count(BULB, 99, "2026-11-24")],
      }),
    );
    expect(r.items[0]).toMatchObject({
      bookAtCount: 70_000,
      counted: 70_000,
      variance: 0,
      varianceValue: 0,
      expected: 50_000,
      closingValue: 1000,
    });
  });

  it("leaves the cost unknown, valued at zero, with no opening and no receipts", () => {
    // Bags: only an issue of 2 -> negative balance, unknown cost, all values zero.
    const r = reconcile(input({ issues: [issue(BAGS, "2026-11-03", 2)], counts: [count(BAGS, 0)] }));
    expect(r.items[0]).toMatchObject({
      expected: -20_000,
      unitCost: null,
      openingValue: 0,
      receivedValue: 0,
      issuedValue: 0,
      closingValue: 0,
      varianceValue: null,
      variance: 20_000,
    });
    expect(codes(r)).toEqual(["negative_balance", "unknown_cost"]);
  });

  it("tells emergency purchases (under 500.00) from unplanned receipts (500.00 or more, or no amount)", () => {
    const plan: PlannedLine[] = [{ ...BROOM, quantity: q(25) }];
    const under = receipt(BAGS, "2026-11-03", 1, 49_999);
    const at = receipt(BAGS, "2026-11-04", 1, 50_000);
    const unknown = receipt(BAGS, "2026-11-05", 1, null);
    const r = reconcile(
      input({
        receipts: [under, at, unknown, receipt(BROOM, "2026-11-03", 20, 2000)],
        counts: [count(BAGS, 3), count(BROOM, 20)],
        plan,
      }),
    );
    const bags = r.exceptions.filter((e) => e.item.item === "垃圾袋" && e.code !== "unknown_cost");
    expect(bags.map((e) => [e.code, e.row, e.params["amount"]])).toEqual([
      ["unplanned_receipt", at.source.row, "500.00"],
      ["unplanned_receipt", unknown.source.row, undefined],
      ["emergency_purchase", under.source.row, "499.99"],
    ]);
    expect(codes(reconcile(input({ receipts: [under, at], counts: [count(BAGS, 2)] })))).toEqual([]);
  });

  it("flags receipts above the planned quantity at the receipt that passes it", () => {
    // Plan 25 brooms; receipts 20 (11-03) and 10 (11-10) -> 30 > 25 at the 11-10 row.
    const second = receipt(BROOM, "2026-11-10", 10, 1000);
    const r = reconcile(
      input({
        receipts: [second, receipt(BROOM, "2026-11-03", 20, 2000)],
        counts: [count(BROOM, 30)],
        plan: [{ ...BROOM, spec: " ", quantity: q(25) }],
      }),
    );
    expect(r.exceptions).toEqual([
      {
        code: "over_plan",
        item: BROOM,
        sheet: "入库",
        row: second.source.row,
        params: { date: "2026-11-10", planned: "25", received: "30", excess: "5" },
      },
    ]);
  });

  it("flags unsigned issue slips, counts without ledger and ledger items not counted", () => {
    const unsigned = issue(BROOM, "2026-11-04", 1, { taker: " ", approver: null, slip: "LL-1" });
    const r = reconcile(
      input({
        opening: [opening(BROOM, 5, 500), opening(BULB, 0, 0)],
        issues: [unsigned],
        counts: [count(BAGS, 2), count(BAGS, 1)],
      }),
    );
    expect(r.exceptions.map((e) => [e.code, e.item.item, e.params])).toEqual([
      ["unknown_cost", "灯泡", { reason: "no_stock_to_value" }],
      ["count_without_ledger", "垃圾袋", { counted: "3" }],
      ["unsigned_issue", "扫帚", { date: "2026-11-04", slip: "LL-1", missing: "taker,approver" }],
      ["not_counted", "扫帚", { bookAtCount: "4" }],
    ]);
    expect(r.items.map((i) => i.item)).toEqual(["灯泡", "垃圾袋", "扫帚"]);
  });

  it("matches item keys after normalisation and keeps the first-seen spelling", () => {
    const r = reconcile(
      input({
        opening: [opening({ item: "扫帚 ", spec: "", unit: "把" }, 1, 100)],
        receipts: [receipt({ item: "扫帚", spec: " ", unit: "把" }, "2026-11-02", 1, 100)],
        counts: [count(BROOM, 2)],
      }),
    );
    expect(r.items).toHaveLength(1);
    expect(r.items[0]).toMatchObject({ item: "扫帚 ", expected: 20_000, closingValue: 200 });
  });
});

describe("reconcile: properties", () => {
  const refs = [BROOM, BULB, BAGS];
  const ref = fc.constantFrom(...refs);
  const date = fc.constantFrom(
    "2026-10-30",
    "2026-11-01",
    "2026-11-05",
    "2026-11-25",
    "2026-11-30",
    "2026-12-01",
  );
  const qty = fc.integer({ min: 0, max: 5_000_000 }).map(qtyE4);
  const amount = fc.option(fc.integer({ min: 0, max: 10_000_000 }).map(fen), { nil: null, freq: 8 });
  const row = fc.integer({ min: 2, max: 1000 });
  const numbered = <T extends { source: { sheet: string; row: number } }>(rows: T[]): T[] =>
    rows.map((r, i) => ({ ...r, source: { sheet: r.source.sheet, row: i + 2 } }));
  const month = fc.record({
    opening: fc
      .array(
        fc.record({ ref, quantity: qty, valueFen: amount, row }).map((o): OpeningStock => ({
          ...o.ref,
          category: null,
          quantity: o.quantity,
          valueFen: o.valueFen,
          source: { sheet: "期初库存", row: o.row },
        })),
        { maxLength: 3 },
      )
      .map(numbered),
    receipts: fc
      .array(
        fc
          .record({ ref, date, quantity: qty, amountFen: amount, accepted: fc.boolean(), row })
          .map((r): Receipt => ({
            ...r.ref,
            date: r.date,
            slip: null,
            quantity: r.quantity,
            amountFen: r.amountFen,
            unitPrice: null,
            accepted: r.accepted,
            returnBy: null,
            source: { sheet: "入库", row: r.row },
          })),
        { maxLength: 12 },
      )
      .map(numbered),
    issues: fc
      .array(
        fc.record({ ref, date, quantity: qty, row }).map((s): StockIssue => ({
          ...s.ref,
          date: s.date,
          slip: null,
          quantity: s.quantity,
          department: null,
          taker: "张三",
          approver: "李四",
          source: { sheet: "出库", row: s.row },
        })),
        { maxLength: 12 },
      )
      .map(numbered),
    counts: fc
      .array(
        fc.record({ ref, quantity: qty, row }).map((c): CountLine => ({
          ...c.ref,
          category: null,
          date: "2026-11-25",
          quantity: c.quantity,
          source: { sheet: "盘点", row: c.row },
        })),
        { maxLength: 3 },
      )
      .map(numbered),
  });

  it("opening + received - issued = expected, and the values balance to the fen", () => {
    fc.assert(
      fc.property(month, (m) => {
        const r = reconcile(input(m));
        for (const i of r.items) {
          expect(i.opening + i.received - i.issued).toBe(i.expected);
          expect(i.openingValue + i.receivedValue - i.issuedValue).toBe(i.closingValue);
          for (const v of [
            i.openingValue,
            i.receivedValue,
            i.issuedValue,
            i.closingValue,
            i.varianceValue ?? 0,
          ])
            expect(Number.isSafeInteger(v)).toBe(true);
        }
        const t = r.totals;
        expect(t.openingValue + t.receivedValue - t.issuedValue).toBe(t.closingValue);
      }),
    );
  });

  it("reordering rows within a day does not change the result", () => {
    fc.assert(
      fc.property(month, fc.integer(), (m, seed) => {
        const shuffle = <T extends { date: string }>(rows: readonly T[]): T[] => {
          const keyed = rows.map((row, i) => ({ row, k: ((i + 1) * (seed | 1) * 2654435761) % 1009 }));
          return keyed
            .sort((a, b) => (a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : a.k - b.k))
            .map((x) => x.row);
        };
        const a = reconcile(input(m));
        const b = reconcile(input({ ...m, receipts: shuffle(m.receipts), issues: shuffle(m.issues) }));
        expect(b).toEqual(a);
      }),
    );
  });
});
