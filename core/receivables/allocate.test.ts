import { describe, expect, it } from "vitest";
import { allocate, allocatedBy, partsOf, unallocatedBy } from "./allocate";
import type { AccountAllocation } from "./allocate";
import { chargeOf, paymentOf } from "./records.testkit";

/** The allocated fen per charge of the only account, keyed by billing month. */
function byMonth(account: AccountAllocation | undefined): Record<string, number> {
  return Object.fromEntries(account!.charges.map((c, i) => [c.period, account!.allocatedFen[i]!]));
}

const Q1 = [chargeOf("2026-01", 10000), chargeOf("2026-02", 10000), chargeOf("2026-03", 10000)];

describe("allocate", () => {
  it("a payment naming a month pays that month first, not the oldest", () => {
    // Jan, Feb, Mar 100.00 each; 2026-03-05 pays 100.00 for 2026-03 -> Mar paid, Jan and Feb still open.
    const [account] = allocate(
      Q1,
      [paymentOf("2026-03-05", 10000, { period: "2026-03" })],
      "2026-03-31",
    ).accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 0, "2026-02": 0, "2026-03": 10000 });
  });

  it("a payment naming a month pays the rest to the oldest unpaid charges", () => {
    // 150.00 for 2026-03: Mar takes 100.00, the 50.00 left goes to the oldest, Jan.
    const [account] = allocate(
      Q1,
      [paymentOf("2026-03-05", 15000, { period: "2026-03" })],
      "2026-03-31",
    ).accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 5000, "2026-02": 0, "2026-03": 10000 });
  });

  it("an unspecified payment pays the oldest charge first, then the next", () => {
    // 150.00 with no month: Jan 100.00, Feb 50.00.
    const [account] = allocate(Q1, [paymentOf("2026-03-05", 15000)], "2026-03-31").accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 10000, "2026-02": 5000, "2026-03": 0 });
  });

  it("orders unpaid charges by due date before billing month", () => {
    // Feb is due 2026-02-10, Jan only on 2026-03-15: 100.00 unspecified pays Feb first.
    const charges = [
      chargeOf("2026-01", 10000, { dueDate: "2026-03-15" }),
      chargeOf("2026-02", 10000, { dueDate: "2026-02-10" }),
    ];
    const [account] = allocate(charges, [paymentOf("2026-03-20", 10000)], "2026-03-31").accounts;
    expect(account!.charges.map((c) => c.period)).toEqual(["2026-02", "2026-01"]);
    expect(byMonth(account)).toEqual({ "2026-01": 0, "2026-02": 10000 });
  });

  it("a partial payment leaves the rest of the charge open", () => {
    // 40.00 on a 100.00 charge: 40.00 allocated, 60.00 outstanding.
    const [account] = allocate(Q1.slice(0, 1), [paymentOf("2026-01-20", 4000)], "2026-01-31").accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 4000 });
    expect(account!.prepaidFen).toBe(0);
  });

  it("an overpayment is prepaid until the later charges it went to are billed", () => {
    // 2026-01-10 pays 250.00: Jan 100.00, Feb 100.00, Mar 50.00 at once (Feb and Mar are in the ledger).
    // Prepaid at 01-31: Feb + Mar parts = 150.00; at 02-28: Mar's 50.00; at 03-31: nothing, Mar owes 50.00.
    const payments = [paymentOf("2026-01-10", 25000)];
    const at = (asOf: string) => allocate(Q1, payments, asOf).accounts[0]!;
    expect(byMonth(at("2026-01-31"))).toEqual({ "2026-01": 10000, "2026-02": 10000, "2026-03": 5000 });
    expect(at("2026-01-31").prepaidFen).toBe(15000);
    expect(at("2026-02-28").prepaidFen).toBe(5000);
    expect(at("2026-03-31").prepaidFen).toBe(0);
  });

  it("what no charge can take goes to no charge, and a later charge does not change that", () => {
    // Only Jan is in the ledger: 150.00 pays Jan, 50.00 goes to no charge (prepaid).
    const [account] = allocate(Q1.slice(0, 1), [paymentOf("2026-01-10", 15000)], "2026-01-31").accounts;
    expect(account!.unallocatedFen).toBe(5000);
    expect(account!.prepaidFen).toBe(5000);
    expect(partsOf(account!, -1).map((p) => p.fen)).toEqual([5000]);
  });

  it("ignores payments dated after the as-of date", () => {
    // Paid 2026-02-01; as of 2026-01-31 the payment does not exist.
    const [account] = allocate(Q1.slice(0, 1), [paymentOf("2026-02-01", 10000)], "2026-01-31").accounts;
    expect(account!.payments).toEqual([]);
    expect(byMonth(account)).toEqual({ "2026-01": 0 });
  });

  it("takes same-day payments in receipt order, numbers compared by value", () => {
    // Same day, typed R10 then R9: R9 (50.00) goes first and pays half of Jan; R10 (100.00) ends Jan and half Feb.
    const payments = [
      paymentOf("2026-02-10", 10000, { receipt: "R10" }),
      paymentOf("2026-02-10", 5000, { receipt: "R9" }),
    ];
    const [account] = allocate(Q1, payments, "2026-03-31").accounts;
    expect(account!.payments.map((p) => p.receipt)).toEqual(["R9", "R10"]);
    expect(partsOf(account!, 0).map((p) => [p.payment.receipt, p.fen])).toEqual([
      ["R9", 5000],
      ["R10", 5000],
    ]);
    expect(byMonth(account)).toEqual({ "2026-01": 10000, "2026-02": 5000, "2026-03": 0 });
  });

  it("a refund reopens the most recently paid charge", () => {
    // Jan paid 01-10, Feb paid 02-10; refund -60.00 on 02-20. Nothing prepaid then (Mar unpaid),
    // so the latest allocation, Feb's, is reduced: Feb 40.00 left. Collected by 02-15 was still 100.00.
    const payments = [
      paymentOf("2026-01-10", 10000),
      paymentOf("2026-02-10", 10000),
      paymentOf("2026-02-20", -6000, { receipt: "红冲1" }),
    ];
    const [account] = allocate(Q1, payments, "2026-03-31").accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 10000, "2026-02": 4000, "2026-03": 0 });
    expect(partsOf(account!, 1).map((p) => [p.date, p.fen])).toEqual([
      ["2026-02-10", 10000],
      ["2026-02-20", -6000],
    ]);
    expect(Array.from(allocatedBy(account!, "2026-02-15"))).toEqual([10000, 10000, 0]);
  });

  it("a refund first takes back what was prepaid, latest first", () => {
    // 01-10 pays 250.00: Jan 100.00, Feb 100.00, Mar 50.00. Refund -120.00 on 01-20: Feb and Mar are not
    // billed yet, so Mar's 50.00 (the latest) then 70.00 of Feb come back; Jan keeps 100.00.
    const payments = [paymentOf("2026-01-10", 25000), paymentOf("2026-01-20", -12000)];
    const [account] = allocate(Q1, payments, "2026-03-31").accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 10000, "2026-02": 3000, "2026-03": 0 });
  });

  it("a refund takes back what went to no charge before reopening billed charges", () => {
    // Jan 100.00 only; 01-10 pays 150.00 (50.00 to no charge); refund -80.00 on 01-25:
    // the 50.00 comes back first, then 30.00 of Jan.
    const payments = [paymentOf("2026-01-10", 15000), paymentOf("2026-01-25", -8000)];
    const [account] = allocate(Q1.slice(0, 1), payments, "2026-01-31").accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 7000 });
    expect(account!.unallocatedFen).toBe(0);
    expect(unallocatedBy(account!, "2026-01-20")).toBe(5000);
  });

  it("a reopened charge is paid again by the next unspecified payment", () => {
    // Jan, Feb paid; refund -30.00 reopens Feb; 03-05 pays 50.00: Feb 30.00 first, then Mar 20.00.
    const payments = [
      paymentOf("2026-01-10", 20000),
      paymentOf("2026-02-20", -3000),
      paymentOf("2026-03-05", 5000),
    ];
    const [account] = allocate(Q1, payments, "2026-03-31").accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 10000, "2026-02": 10000, "2026-03": 2000 });
  });

  it("a refund beyond everything paid goes to no charge as a negative amount", () => {
    const payments = [paymentOf("2026-01-10", 5000), paymentOf("2026-01-20", -8000)];
    const [account] = allocate(Q1.slice(0, 1), payments, "2026-01-31").accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 0 });
    expect(account!.unallocatedFen).toBe(-3000);
  });

  it("a payment for a unit with no charges is prepaid in an account of its own", () => {
    const payments = [paymentOf("2026-01-10", 8800, { unit: "9-9-909" })];
    const allocation = allocate(Q1, payments, "2026-03-31");
    const account = allocation.accounts.find((a) => a.unit === "9-9-909")!;
    expect(account.charges).toEqual([]);
    expect(account.unallocatedFen).toBe(8800);
    expect(account.prepaidFen).toBe(8800);
  });

  it("keeps accounts apart by unit and fee type and orders them by building, unit, fee type", () => {
    const charges = [
      chargeOf("2026-01", 100, { unit: "10-1-101" }),
      chargeOf("2026-01", 100, { unit: "3-1-1001", feeType: "水费" }),
      chargeOf("2026-01", 100, { unit: "3-1-1001" }),
      chargeOf("2026-01", 100, { unit: "3-1-502", feeType: "水费" }),
      chargeOf("2026-01", 100, { unit: "商铺12" }),
    ];
    const payments = [paymentOf("2026-01-05", 100, { unit: "3-1-1001", feeType: "停车费" })];
    const allocation = allocate(charges, payments, "2026-01-31");
    expect(allocation.feeTypes).toEqual(["物业管理费", "水费", "停车费"]);
    expect(allocation.accounts.map((a) => `${a.unit} ${a.feeType}`)).toEqual([
      "3-1-502 水费",
      "3-1-1001 物业管理费",
      "3-1-1001 水费",
      "3-1-1001 停车费",
      "10-1-101 物业管理费",
      "商铺12 物业管理费",
    ]);
  });

  it("pays several charges of the named month in due-date order", () => {
    // Two Jan lines (a 补收 line due later): 120.00 for 2026-01 pays the first 100.00, then 20.00 of the second.
    const charges = [chargeOf("2026-01", 5000, { dueDate: "2026-02-15" }), chargeOf("2026-01", 10000)];
    const [account] = allocate(
      charges,
      [paymentOf("2026-02-01", 12000, { period: "2026-01" })],
      "2026-02-28",
    ).accounts;
    expect(Array.from(account!.allocatedFen)).toEqual([10000, 2000]);
  });
});

describe("allocate after refunds", () => {
  it("a refund reaching back past the latest charge reopens the earlier one, which is paid first next", () => {
    // 01-10 pays Jan, 02-10 pays Feb; refund -150.00 on 02-20 takes Feb's 100.00 then 50.00 of Jan;
    // 03-05 pays 50.00 unspecified: Jan (due first) takes it, Feb stays open.
    const payments = [
      paymentOf("2026-01-10", 10000),
      paymentOf("2026-02-10", 10000),
      paymentOf("2026-02-20", -15000),
      paymentOf("2026-03-05", 5000),
    ];
    const [account] = allocate(Q1, payments, "2026-03-31").accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 10000, "2026-02": 0, "2026-03": 0 });
  });

  it("a charge of the refund's own month is billed on the refund date, so it is not taken back first", () => {
    // 02-05 pays Feb (named), 02-10 pays Jan; refund -50.00 on 02-20: Feb is billed since 02-01, nothing is
    // prepaid, so the latest allocation - Jan's - is reduced: Jan 50.00, Feb 100.00.
    const payments = [
      paymentOf("2026-02-05", 10000, { period: "2026-02" }),
      paymentOf("2026-02-10", 10000),
      paymentOf("2026-02-20", -5000),
    ];
    const [account] = allocate(Q1, payments, "2026-03-31").accounts;
    expect(byMonth(account)).toEqual({ "2026-01": 5000, "2026-02": 10000, "2026-03": 0 });
  });
});
