import { describe, expect, it } from "vitest";
import { Dec } from "../values/decimal";
import { allocate } from "./allocate";
import { collectionFigures } from "./rates";
import type { CollectionFigures } from "./rates";
import type { Target } from "./records";
import { chargeOf, paymentOf } from "./records.testkit";

/*
 * As of 2026-11-30 (yuan; fen in the code):
 * A = 3-1-502 物业管理费 100.00 a month, 2025-12 .. 2026-11 (12 charges, due on each month's last day)
 *   2025-12-20  100.00 for 2025-12            -> 2025-12
 *   2026-01-15  300.00                        -> 2026-01, 02, 03
 *   2026-06-10  200.00                        -> 2026-04, 05
 *   2026-11-05  250.00                        -> 2026-06, 07, half of 08
 *   2026-12-02  100.00                        after the as-of date: ignored
 * B = 3-1-1001 物业管理费 100.00 for 2026-11, paid 2026-11-10 naming 2026-11.
 * A 水费 30.00 for 2026-10, 11, 12; 2026-10-08 pays 120.00 -> Oct, Nov, Dec (not billed at 11-30), 30.00 to none.
 * Targets: 物业管理费 95%.
 *
 * P = 2026-11:
 *   物业管理费 current receivable 200.00 (A Nov, B Nov), collected 100.00 (B) -> 50.00%;
 *     opening arrears = A's 2025-12..2026-10 (1100.00) - paid before 11-01 (600.00) = 500.00;
 *     arrears collected = 250.00 (paid 11-05) -> 50.00%; overall 350 / 700 = 50.00%;
 *     households 1 of 2; gap = 95% x 200.00 - 100.00 = 90.00.
 *   水费 receivable 30.00, collected 30.00 (paid in October: counts) -> 100%; no arrears -> rate empty;
 *     prepaid = Dec's 30.00 + 30.00 to none = 60.00.
 *   Total: 230.00 / 130.00 -> 56.52%; arrears 500.00 / 250.00 -> 50.00%; overall 380 / 730 = 52.05%;
 *     households: A owes 物业 Nov, so 1 of 2; gap 90.00 (水费 has no target); prepaid 60.00.
 * P = 2026-01 .. 2026-11 (year to date):
 *   物业管理费 receivable 1200.00 (A 11 months + B), collected 750.00 + 100.00 = 850.00 -> 70.83%;
 *     opening arrears: 2025-12 fully paid before 2026-01-01 -> 0, rate empty; overall = 70.83%;
 *     gap = 1140.00 - 850.00 = 290.00.
 *   Total: 1260.00 / 910.00 -> 72.22%.
 */
const A = { unit: "3-1-502" };
const B = { unit: "3-1-1001" };
const WATER = { feeType: "水费" };
const months = ["2025-12", ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`)];
const CHARGES = [
  ...months.map((m) => chargeOf(m, 10000, A)),
  chargeOf("2026-11", 10000, B),
  ...["2026-10", "2026-11", "2026-12"].map((m) => chargeOf(m, 3000, { ...A, ...WATER })),
];
const PAYMENTS = [
  paymentOf("2025-12-20", 10000, { ...A, period: "2025-12" }),
  paymentOf("2026-01-15", 30000, A),
  paymentOf("2026-06-10", 20000, A),
  paymentOf("2026-11-05", 25000, A),
  paymentOf("2026-12-02", 10000, A),
  paymentOf("2026-11-10", 10000, { ...B, period: "2026-11" }),
  paymentOf("2026-10-08", 12000, { ...A, ...WATER }),
];
const TARGETS: Target[] = [
  { feeType: "物业管理费", rate: new Dec("0.95"), source: { sheet: "指标", row: 2 } },
];

/** The figures with rates as strings, for readable comparisons. */
function shown(f: CollectionFigures) {
  const r = (d: Dec | null) => (d === null ? null : d.toFixed(4));
  return {
    ...f,
    currentRate: r(f.currentRate),
    arrearsRate: r(f.arrearsRate),
    overallRate: r(f.overallRate),
    householdRate: r(f.householdRate),
    target: r(f.target),
  };
}

describe("collectionFigures", () => {
  const allocation = allocate(CHARGES, PAYMENTS, "2026-11-30");

  it("a single month, hand-worked", () => {
    const result = collectionFigures(allocation, { from: "2026-11", to: "2026-11" }, "2026-11-30", TARGETS);
    expect(result.feeTypes.map(shown)).toEqual([
      {
        feeType: "物业管理费",
        currentReceivable: 20000,
        currentCollected: 10000,
        currentRate: "0.5000",
        openingArrears: 50000,
        arrearsCollected: 25000,
        arrearsRate: "0.5000",
        arrearsRateUnknown: false,
        overallRate: "0.5000",
        unitsCharged: 2,
        unitsPaid: 1,
        householdRate: "0.5000",
        target: "0.9500",
        gapToTarget: 9000,
        prepaid: 0,
      },
      {
        feeType: "水费",
        currentReceivable: 3000,
        currentCollected: 3000,
        currentRate: "1.0000",
        openingArrears: 0,
        arrearsCollected: 0,
        arrearsRate: null,
        arrearsRateUnknown: false,
        overallRate: "1.0000",
        unitsCharged: 1,
        unitsPaid: 1,
        householdRate: "1.0000",
        target: null,
        gapToTarget: null,
        prepaid: 6000,
      },
    ]);
    expect(shown(result.total)).toEqual({
      currentReceivable: 23000,
      currentCollected: 13000,
      currentRate: "0.5652",
      openingArrears: 50000,
      arrearsCollected: 25000,
      arrearsRate: "0.5000",
      arrearsRateUnknown: false,
      overallRate: "0.5205",
      unitsCharged: 2,
      unitsPaid: 1,
      householdRate: "0.5000",
      target: null,
      gapToTarget: 9000,
      prepaid: 6000,
    });
  });

  it("the year to date, hand-worked", () => {
    const result = collectionFigures(allocation, { from: "2026-01", to: "2026-11" }, "2026-11-30", TARGETS);
    const [fee] = result.feeTypes.map(shown);
    expect(fee).toMatchObject({
      currentReceivable: 120000,
      currentCollected: 85000,
      currentRate: "0.7083",
      openingArrears: 0,
      arrearsCollected: 0,
      arrearsRate: null,
      overallRate: "0.7083",
      gapToTarget: 29000,
    });
    expect(shown(result.total)).toMatchObject({
      currentReceivable: 126000,
      currentCollected: 91000,
      currentRate: "0.7222",
      householdRate: "0.5000",
    });
  });

  it("at an earlier as-of date counts only the payments up to it", () => {
    // As of 2026-11-07 for 2026-11: B has not paid yet (11-10); A's 250.00 of 11-05 is arrears collected.
    const result = collectionFigures(allocation, { from: "2026-11", to: "2026-11" }, "2026-11-07", []);
    expect(shown(result.feeTypes[0]!)).toMatchObject({
      currentCollected: 0,
      currentRate: "0.0000",
      arrearsCollected: 25000,
      unitsPaid: 0,
    });
  });

  it("a refund in the period reduces what was collected", () => {
    // B refunds 40.00 on 11-20; B has nothing prepaid, so the refund reopens B's latest paid charge, Nov:
    // current collected 100.00 -> 60.00, B no longer counts as paid.
    const withRefund = [...PAYMENTS, paymentOf("2026-11-20", -4000, { ...B, receipt: "红冲" })];
    const result = collectionFigures(
      allocate(CHARGES, withRefund, "2026-11-30"),
      { from: "2026-11", to: "2026-11" },
      "2026-11-30",
      [],
    );
    expect(shown(result.feeTypes[0]!)).toMatchObject({
      currentCollected: 6000,
      unitsPaid: 0,
      currentRate: "0.3000",
    });
  });

  it("rounds rates and the gap half-up, and leaves rates with a zero base empty", () => {
    // 1 fen of 200.00 is 0.00005: half-up gives 0.0001. Gap 95% x 100.10 = 95.095 -> 95.10.
    const charges = [chargeOf("2026-11", 20000), chargeOf("2026-11", 10010, { unit: "2-1-101" })];
    const payments = [paymentOf("2026-11-03", 1)];
    const result = collectionFigures(
      allocate(charges, payments, "2026-11-30"),
      { from: "2026-11", to: "2026-11" },
      "2026-11-30",
      TARGETS,
    );
    expect(shown(result.total).currentRate).toBe("0.0000");
    const single = collectionFigures(
      allocate(charges.slice(0, 1), payments, "2026-11-30"),
      { from: "2026-11", to: "2026-11" },
      "2026-11-30",
      [],
    );
    expect(shown(single.total).currentRate).toBe("0.0001");
    const gap = collectionFigures(
      allocate(charges.slice(1), [], "2026-11-30"),
      { from: "2026-11", to: "2026-11" },
      "2026-11-30",
      TARGETS,
    );
    expect(gap.total.gapToTarget).toBe(9510);
    const empty = collectionFigures(
      allocate(charges, [], "2026-10-31"),
      { from: "2026-11", to: "2026-11" },
      "2026-10-31",
      TARGETS,
    );
    expect(shown(empty.total)).toMatchObject({
      currentReceivable: 0,
      currentRate: null,
      arrearsRate: null,
      overallRate: null,
      householdRate: null,
      gapToTarget: 0,
    });
  });

  it("refuses a period that ends before it starts", () => {
    expect(() => collectionFigures(allocation, { from: "2026-11", to: "2026-10" }, "2026-11-30", [])).toThrow(
      RangeError,
    );
  });
});

describe("collectionFigures with amounts a month-wide ledger gives without a date", () => {
  /*
   * 3-1-502 物业管理费 100.00 for 2026-10 and 2026-11, as of 2026-11-30, P = 2026-11; one payment of 100.00 naming
   * a month. An amount without a date of its own paying October (dated 10-31, `undated`) may have come in October
   * or in November: it counts as paid before P (opening arrears 0.00, nothing recovered) and the recovery rate is
   * unknown, null even where its base is zero. Paying November, it leaves the rate known: October's 100.00 owed,
   * nothing of it recovered, 0.00%.
   */
  const charges = [chargeOf("2026-10", 10000), chargeOf("2026-11", 10000)];
  const at = (date: string, period: string, undated: boolean) =>
    paymentOf(date, 10000, undated ? { period, undated: true } : { period });

  it.each<
    [
      string,
      ReturnType<typeof paymentOf>,
      { opening: number; collected: number; rate: string | null; unknown: boolean },
    ]
  >([
    [
      "undated, for a month before P: the rate is unknown",
      at("2026-10-31", "2026-10", true),
      { opening: 0, collected: 0, rate: null, unknown: true },
    ],
    [
      "dated in P, for a month before P: arrears recovered",
      at("2026-11-03", "2026-10", false),
      { opening: 10000, collected: 10000, rate: "1.0000", unknown: false },
    ],
    [
      "dated before P: paid before",
      at("2026-10-20", "2026-10", false),
      { opening: 0, collected: 0, rate: null, unknown: false },
    ],
    [
      "undated, for P's month: the rate stays known",
      at("2026-11-30", "2026-11", true),
      { opening: 10000, collected: 0, rate: "0.0000", unknown: false },
    ],
  ])("%s", (_what, payment, expected) => {
    const result = collectionFigures(
      allocate(charges, [payment], "2026-11-30"),
      { from: "2026-11", to: "2026-11" },
      "2026-11-30",
      [],
    );
    for (const f of [result.feeTypes[0]!, result.total]) {
      expect({
        opening: f.openingArrears,
        collected: f.arrearsCollected,
        rate: shown(f).arrearsRate,
        unknown: f.arrearsRateUnknown,
      }).toEqual(expected);
    }
  });
});
