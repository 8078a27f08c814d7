import { describe, expect, it } from "vitest";
import { allocate } from "../../../receivables/allocate";
import { chargeOf, paymentOf } from "../../../receivables/records.testkit";
import type { Charge, Payment } from "../../../receivables/records";
import { expectedReceipts, type PaymentPromise } from "./receipts";

const MONTH = "2026-12";
const AS_OF = "2026-11-20";

function run(charges: Charge[], payments: Payment[] = [], promises: Record<string, PaymentPromise> = {}) {
  return expectedReceipts(
    allocate(charges, payments, AS_OF),
    MONTH,
    (unit, feeType) => promises[`${unit}|${feeType}`],
  );
}

const due = (r: ReturnType<typeof run>) => r.dueCharges.map((d) => [d.feeType, d.charges, d.fen]);
const promised = (r: ReturnType<typeof run>) => r.promised.map((p) => [p.unit, p.feeType, p.charges, p.fen]);

describe("expectedReceipts: charges falling due in the month", () => {
  it.each<[string, Charge[], Payment[], [string, number, number][]]>([
    [
      "an unpaid charge due in the month counts in full",
      [chargeOf("2026-12", 20_000)],
      [],
      [["物业管理费", 1, 20_000]],
    ],
    [
      "a part paid on or before the as-of date is not expected again",
      [chargeOf("2026-12", 30_000, { feeType: "停车费", dueDate: "2026-12-10" })],
      [paymentOf("2026-11-15", 10_000, { feeType: "停车费", period: "2026-12" })],
      [["停车费", 1, 20_000]],
    ],
    [
      "a charge prepaid in full is not expected",
      [chargeOf("2026-12", 18_000)],
      [paymentOf("2026-11-05", 18_000, { period: "2026-12" })],
      [],
    ],
    [
      "a payment dated after the as-of date is not known yet",
      [chargeOf("2026-12", 3_850, { feeType: "水费", dueDate: "2026-12-20" })],
      [paymentOf("2026-11-25", 3_850, { feeType: "水费", period: "2026-12" })],
      [["水费", 1, 3_850]],
    ],
    [
      "an unnamed payment pays the oldest charge first (as collection allocates), so the month's charge stays due",
      [chargeOf("2026-11", 20_000), chargeOf("2026-12", 20_000)],
      [paymentOf("2026-11-10", 20_000)],
      [["物业管理费", 1, 20_000]],
    ],
    ["arrears (due before the month) are not charges falling due", [chargeOf("2026-11", 20_000)], [], []],
    [
      "a charge due after the month is not counted",
      [chargeOf("2027-01", 20_000), chargeOf("2026-12", 20_000, { dueDate: "2027-01-05" })],
      [],
      [],
    ],
    [
      "the month's first and last days are inside it",
      [
        chargeOf("2026-11", 100, { dueDate: "2026-12-01" }),
        chargeOf("2026-12", 200, { dueDate: "2026-12-31" }),
        chargeOf("2026-11", 400, { dueDate: "2026-11-30" }),
      ],
      [],
      [["物业管理费", 2, 300]],
    ],
    [
      "fee types come in the ledger's order, each summed over its units",
      [
        chargeOf("2026-12", 500, { feeType: "水费" }),
        chargeOf("2026-12", 20_000),
        chargeOf("2026-12", 700, { feeType: "水费", unit: "3-1-1001" }),
      ],
      [],
      [
        ["水费", 2, 1_200],
        ["物业管理费", 1, 20_000],
      ],
    ],
  ])("%s", (_rule, charges, payments, expected) => {
    const r = run(charges, payments);
    expect(due(r)).toEqual(expected);
    expect(r.promised).toEqual([]);
    expect(r.totalFen).toBe(expected.reduce((sum, [, , fen]) => sum + fen, 0));
  });
});

describe("expectedReceipts: promised payments, each counted once", () => {
  const owing = [
    chargeOf("2026-10", 15_000, { unit: "1-102" }),
    chargeOf("2026-11", 15_000, { unit: "1-102" }),
    chargeOf("2026-12", 15_000, { unit: "1-102" }),
    chargeOf("2027-01", 15_000, { unit: "1-102" }),
  ];

  it("a promise dated in the month counts what is owed by the month's end once, and its charges are not counted as due again", () => {
    // 150.00 (Oct) + 150.00 (Nov) + 150.00 (Dec, falling due in the month) = 450.00 promised; Jan is due later.
    const r = run(owing, [], { "1-102|物业管理费": { date: "2026-12-15", reason: "经济困难" } });
    expect(promised(r)).toEqual([["1-102", "物业管理费", 3, 45_000]]);
    expect(r.promised[0]).toMatchObject({
      fromPeriod: "2026-10",
      toPeriod: "2026-12",
      promisedDate: "2026-12-15",
    });
    expect(r.dueCharges).toEqual([]);
    expect([r.dueFen, r.promisedFen, r.totalFen]).toEqual([0, 45_000, 45_000]);
  });

  it("a promise counts what is still owed after the payments known at the as-of date", () => {
    // 450.00 owed by the month's end - 200.00 paid on 11-10 (to Oct, then 50.00 of Nov) = 250.00.
    const r = run(owing, [paymentOf("2026-11-10", 20_000, { unit: "1-102" })], {
      "1-102|物业管理费": { date: "2026-12-01", reason: null },
    });
    expect(promised(r)).toEqual([["1-102", "物业管理费", 2, 25_000]]);
    expect(r.promised[0]).toMatchObject({ fromPeriod: "2026-11", toPeriod: "2026-12" });
  });

  it.each([
    ["dated the month before", "2026-11-30"],
    ["dated the month after", "2027-01-01"],
  ])("a promise %s leaves the account's charges falling due in the month counted as due", (_when, date) => {
    const r = run(owing, [], { "1-102|物业管理费": { date, reason: null } });
    expect(r.promised).toEqual([]);
    expect(due(r)).toEqual([["物业管理费", 1, 15_000]]);
  });

  it("a promise of an account that owes nothing by the month's end gives no line", () => {
    const r = run(
      [chargeOf("2026-12", 16_000, { unit: "1-106" })],
      [paymentOf("2026-11-10", 16_000, { unit: "1-106" })],
      {
        "1-106|物业管理费": { date: "2026-12-05", reason: "已缴清" },
      },
    );
    expect([r.promised, r.dueCharges, r.totalFen]).toEqual([[], [], 0]);
  });

  it("a promise for one fee type leaves the unit's other fee types as due", () => {
    const r = run(
      [...owing, chargeOf("2026-12", 30_000, { unit: "1-102", feeType: "停车费", dueDate: "2026-12-10" })],
      [],
      { "1-102|物业管理费": { date: "2026-12-20", reason: null } },
    );
    expect(promised(r)).toEqual([["1-102", "物业管理费", 3, 45_000]]);
    expect(due(r)).toEqual([["停车费", 1, 30_000]]);
    expect(r.totalFen).toBe(75_000);
  });

  it("keeps each counted charge's source, so a figure can be traced to its ledger rows", () => {
    const r = run(owing, [], { "1-102|物业管理费": { date: "2026-12-15", reason: null } });
    expect(r.promised[0]?.sources).toEqual(owing.slice(0, 3).map((c) => c.source));
  });
});
