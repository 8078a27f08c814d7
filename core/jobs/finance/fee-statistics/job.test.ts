import { describe, expect, it } from "vitest";
import { runJob } from "../../registry";
import type { BookData, CellValue } from "../../../table/sheetData";
import type { JobParams } from "../../job";
import { evaluatedFormulas, recalculated, sameShownValue } from "../../../sheets/recalculate.testkit";
import { FEE_STATISTICS_JOB } from "./job";
import type { FeeStatisticsReport } from "./report";
import { BILL_HEADER, BILLS, CHARGES, brief, golden, params, sheet } from "./goldenMonth.testkit";

describe("fee statistics: the golden month", () => {
  const result = runJob(FEE_STATISTICS_JOB, golden(), params());

  it("gives the hand-worked report", () => {
    expect(result.report).toEqual({
      job: "fee-statistics",
      month: "2026-10",
      asOf: "2026-10-31",
      feeTypes: [
        {
          feeType: "物业管理费",
          receivable: "500.00",
          collected: "300.00",
          rate: "0.6000",
          arrearsCollected: "300.00",
          prepaid: "200.00",
          outstanding: "200.00",
        },
        {
          feeType: "水费",
          receivable: "120.00",
          collected: "50.00",
          rate: "0.4167",
          arrearsCollected: "0.00",
          prepaid: "0.00",
          outstanding: "170.00",
        },
        {
          feeType: "电费",
          receivable: "100.00",
          collected: "0.00",
          rate: "0.0000",
          arrearsCollected: "0.00",
          prepaid: "0.00",
          outstanding: "175.00",
        },
      ],
      total: {
        receivable: "720.00",
        collected: "350.00",
        rate: "0.4861",
        arrearsCollected: "300.00",
        prepaid: "200.00",
        outstanding: "545.00",
      },
      utilities: [
        {
          utility: "water",
          feeTypes: ["水费"],
          periodFrom: "2026-09",
          periodTo: "2026-10",
          charged: "220.00",
          paid: "240.00",
          loss: "20.00",
          lossRate: "0.0833",
          bills: [
            {
              date: "2026-10-20",
              amount: "230.00",
              periodFrom: "2026-09",
              periodTo: "2026-10",
              periodAssumed: false,
            },
            {
              date: "2026-10-18",
              amount: "10.00",
              periodFrom: "2026-09",
              periodTo: "2026-10",
              periodAssumed: true,
            },
          ],
        },
        {
          utility: "electricity",
          feeTypes: ["电费"],
          periodFrom: "2026-10",
          periodTo: "2026-10",
          charged: "100.00",
          paid: "95.00",
          loss: "-5.00",
          lossRate: "-0.0526",
          bills: [
            {
              date: "2026-10-15",
              amount: "95.00",
              periodFrom: "2026-10",
              periodTo: "2026-10",
              periodAssumed: false,
            },
          ],
        },
      ],
    });
  });

  it("reports the bad bill rows at their cells and leaves them out, and the period it assumed", () => {
    expect(result.issues.map(brief)).toEqual([
      ["utility_type_unknown", "error", "水电费缴费!B5"],
      ["not_positive", "error", "水电费缴费!C6"],
      ["utility_period_assumed", "warning", "水电费缴费!D7"],
    ]);
  });

  it("writes 费用统计 YYYY-MM whose totals are SUBTOTAL / SUM formulas recalculating to the report", () => {
    expect(result.sheets.map((s) => s.name)).toEqual(["费用统计 2026-10", "问题清单 2026-10 费用统计"]);
    const spec = result.sheets[0]!;
    for (const f of evaluatedFormulas(spec))
      expect(sameShownValue(f.computed, f.written), `${f.at} ${f.formula}`).toBe(true);
    const value = recalculated(spec);
    const rowOf = (text: string, from = 0) => spec.cells.findIndex((r, i) => i >= from && r[0] === text) + 1;
    const total = rowOf("合计");
    expect(spec.cells[total - 1]![1]).toEqual({ formula: "SUBTOTAL(9,B4:B6)", value: 720 });
    // B receivable, C collected, D rate, E arrears collected, F prepaid, G outstanding.
    expect([2, 3, 4, 5, 6, 7].map((c) => value(total, c))).toEqual([720, 350, 0.4861, 300, 200, 545]);
    // B period, C charged, D paid, E loss = D - C, F rate = ROUND(E/D, 4).
    const water = rowOf("水费", total);
    expect(spec.cells[water - 1]![2]).toBe(220); // two months: not the 水费 row's October alone
    expect([2, 3, 4, 5, 6].map((c) => value(water, c))).toEqual(["2026-09~2026-10", 220, 240, 20, 0.0833]);
    const power = rowOf("电费", total);
    // charged over October alone = the 电费 row's receivable (B6).
    expect(spec.cells[power - 1]![2]).toEqual({ formula: "B6", value: 100 });
    expect([2, 3, 4, 5, 6].map((c) => value(power, c))).toEqual(["2026-10", 100, 95, -5, -0.0526]);
    const lossTotal = rowOf("合计", total);
    expect(spec.cells[lossTotal - 1]![4]).toMatchObject({ formula: `SUM(E${water}:E${power})` });
    expect([3, 4, 5].map((c) => value(lossTotal, c))).toEqual([320, 335, 15]);
    const formatAt = (row: number, column: number) =>
      spec.numberFormats
        .filter((f) => f.top <= row && f.bottom >= row && f.left <= column && f.right >= column)
        .at(-1)?.format;
    expect([3, 4, 5, 6].map((c) => formatAt(water, c))).toEqual([
      "#,##0.00",
      "#,##0.00",
      "#,##0.00",
      "0.00%",
    ]);
  });

  it("lists the bills whose period ends in the month with the months they cover", () => {
    const text = result.sheets[0]!.cells.flat().filter((c): c is string => typeof c === "string");
    expect(text).toContain(
      "水费缴费：2026-10-20 230.00 元，计费期间 2026-09~2026-10（抄表期间 2026-08-21~2026-10-20）",
    );
    expect(text).toContain("水费缴费：2026-10-18 10.00 元，计费期间 2026-09~2026-10（未注明，按推定）");
    expect(text).toContain(
      "电费缴费：2026-10-15 95.00 元，计费期间 2026-10（抄表期间 2026-09-11~2026-10-10）",
    );
    expect(text.filter((t) => t.includes("2026-09-15"))).toEqual([]);
  });

  it("summarises the month and the losses", () => {
    expect(FEE_STATISTICS_JOB.summarize(result.report, "zh-CN")).toEqual([
      "2026-10：应收 720.00 元，实收 350.00 元，收缴率 48.61%，月末欠费 545.00 元",
      "水费（2026-09~2026-10）：缴费 240.00 元，向住户收取 220.00 元，损耗 20.00 元（8.33%）",
      "电费（2026-10）：缴费 95.00 元，向住户收取 100.00 元，损耗 -5.00 元（-5.26%）",
    ]);
  });
});

describe("fee statistics: water and electricity over the period each bill covers", () => {
  const loss = (r: FeeStatisticsReport, utility: string) => {
    const u = r.utilities.find((x) => x.utility === utility)!;
    return [u.periodFrom, u.periodTo, u.charged, u.paid, u.loss, u.lossRate];
  };
  const NO_BILL = [null, null, null, "0.00", null, null];

  it.each([
    // September: no water bill ends in it (本月无缴费); electricity read 08-11 to 09-10, 80.00 against 75.00.
    ["2026-09", NO_BILL, ["2026-09", "2026-09", "75.00", "80.00", "5.00", "0.0625"]],
    // October: water over September and October (220.00 charged), electricity over October.
    [
      "2026-10",
      ["2026-09", "2026-10", "220.00", "240.00", "20.00", "0.0833"],
      ["2026-10", "2026-10", "100.00", "95.00", "-5.00", "-0.0526"],
    ],
    // November: no bill ends in it, never a loss of minus the month's charge.
    ["2026-11", NO_BILL, NO_BILL],
  ])("the golden book in %s", (month, water, power) => {
    const { report } = runJob(FEE_STATISTICS_JOB, golden(), params({ month }));
    expect(loss(report, "water")).toEqual(water);
    expect(loss(report, "electricity")).toEqual(power);
  });

  it.each<[string, CellValue[][], string, (string | null)[], string[][]]>([
    [
      "a bimonthly bill with its period in Chinese months, against both months' charges",
      [["2026-10-22", "水", 230, "2026年9-10月"]],
      "2026-10",
      ["2026-09", "2026-10", "220.00", "230.00", "10.00", "0.0435"],
      [],
    ],
    [
      "a bill paid in November for September-October, in October",
      [["2026-11-05", "水", 230, "2026-09~2026-10"]],
      "2026-10",
      ["2026-09", "2026-10", "220.00", "230.00", "10.00", "0.0435"],
      [],
    ],
    [
      "the same bill in November, the month it was paid: no bill ends there",
      [["2026-11-05", "水", 230, "2026-09~2026-10"]],
      "2026-11",
      NO_BILL,
      [],
    ],
    [
      "two bills ending in October, over the months of both",
      [
        ["2026-10-20", "水", 200, "2026.09-2026.10"],
        ["2026-10-25", "水", 30, "2026-10"],
      ],
      "2026-10",
      ["2026-09", "2026-10", "220.00", "230.00", "10.00", "0.0435"],
      [],
    ],
    [
      "a bill dated in October for August-September, in September (August has no water charges)",
      [["2026-10-08", "水", 130, "2026-08~2026-09"]],
      "2026-09",
      ["2026-08", "2026-09", "100.00", "130.00", "30.00", "0.2308"],
      [],
    ],
    [
      "that bill in October: not October's",
      [["2026-10-08", "水", 130, "2026-08~2026-09"]],
      "2026-10",
      NO_BILL,
      [],
    ],
    [
      "a water bill without a period: the two months ending with its month, with a warning",
      [["2026-10-20", "水", 230, null]],
      "2026-10",
      ["2026-09", "2026-10", "220.00", "230.00", "10.00", "0.0435"],
      [["utility_period_assumed", "warning", "水电费缴费!D2"]],
    ],
    [
      "a period that cannot be read: warned at its cell, and assumed",
      [["2026-10-20", "水", 230, "见发票"]],
      "2026-10",
      ["2026-09", "2026-10", "220.00", "230.00", "10.00", "0.0435"],
      [["utility_period_unreadable", "warning", "水电费缴费!D2"]],
    ],
  ])("%s", (_what, bills, month, water, issues) => {
    const result = runJob(FEE_STATISTICS_JOB, golden(bills), params({ month }));
    expect(loss(result.report, "water")).toEqual(water);
    expect(result.issues.map(brief)).toEqual(issues);
    for (const f of evaluatedFormulas(result.sheets[0]!))
      expect(sameShownValue(f.computed, f.written), f.at).toBe(true);
  });

  it.each<[JobParams["lang"], string, string[]]>([
    [
      "zh-CN",
      "本月无缴费",
      [
        "水费：本月无缴费，损耗 —",
        "电费（2026-09）：缴费 80.00 元，向住户收取 75.00 元，损耗 5.00 元（6.25%）",
      ],
    ],
    [
      "zh-TW",
      "本月無繳費",
      [
        "水費：本月無繳費，損耗 —",
        "電費（2026-09）：繳費 80.00 元，向住戶收取 75.00 元，損耗 5.00 元（6.25%）",
      ],
    ],
    [
      "en",
      "No bill this month",
      [
        "Water: No bill this month, loss —",
        "Electricity (2026-09): paid 80.00 yuan, charged 75.00 yuan, loss 5.00 yuan (6.25%)",
      ],
    ],
  ])("shows a month without a bill as such, with no loss (%s)", (lang, noBill, lines) => {
    const result = runJob(FEE_STATISTICS_JOB, golden(), params({ month: "2026-09", lang }));
    expect(FEE_STATISTICS_JOB.summarize(result.report, lang).slice(1)).toEqual(lines);
    const spec = result.sheets[0]!;
    const water = spec.cells.findIndex((r) => r[3] === noBill) + 1;
    expect(water).toBeGreaterThan(0);
    // Period, charged, loss and rate empty: nothing to compare, so no loss (and no negative one).
    expect(spec.cells[water - 1]!.slice(1, 6)).toEqual([null, null, noBill, null, null]);
    const value = recalculated(spec);
    const total = water + 2;
    expect([3, 4, 5, 6].map((c) => value(total, c))).toEqual([75, 80, 5, 0.0625]);
    for (const f of evaluatedFormulas(spec)) expect(sameShownValue(f.computed, f.written), f.at).toBe(true);
  });
});

describe("fee statistics: bad and missing input", () => {
  it("runs without a bill sheet: no bill this month for either utility, and no loss", () => {
    const book: BookData = { ...golden(), sheets: golden().sheets.slice(0, 2) };
    const result = runJob(FEE_STATISTICS_JOB, book, params());
    expect(result.issues).toEqual([]);
    const noBill = {
      periodFrom: null,
      periodTo: null,
      charged: null,
      paid: "0.00",
      loss: null,
      lossRate: null,
    };
    expect(result.report.utilities).toEqual([
      { utility: "water", feeTypes: ["水费"], ...noBill, bills: [] },
      { utility: "electricity", feeTypes: ["电费"], ...noBill, bills: [] },
    ]);
    const spec = result.sheets[0]!;
    for (const f of evaluatedFormulas(spec)) expect(sameShownValue(f.computed, f.written), f.at).toBe(true);
  });

  it("counts a utility paid with no fee type charging it as all loss, with a warning at its first bill", () => {
    const charges = CHARGES.filter((c) => c[2] !== "电费");
    const result = runJob(FEE_STATISTICS_JOB, golden(BILLS, charges), params());
    expect(result.report.utilities[1]).toEqual({
      utility: "electricity",
      feeTypes: [],
      periodFrom: "2026-10",
      periodTo: "2026-10",
      charged: "0.00",
      paid: "95.00",
      loss: "95.00",
      lossRate: "1.0000",
      bills: [
        {
          date: "2026-10-15",
          amount: "95.00",
          periodFrom: "2026-10",
          periodTo: "2026-10",
          periodAssumed: false,
        },
      ],
    });
    expect(result.issues.map(brief)).toContainEqual(["utility_without_fee_type", "warning", "水电费缴费!B3"]);
    const spec = result.sheets[0]!;
    for (const f of evaluatedFormulas(spec)) expect(sameShownValue(f.computed, f.written), f.at).toBe(true);
  });

  it.each<[string, CellValue[], CellValue[][], string[][]]>([
    [
      "a bill date that is not a date",
      BILL_HEADER,
      [["十月", "水", 10, null]],
      [["not_a_date", "error", "水电费缴费!A2"]],
    ],
    [
      "a bill amount that is not a number",
      BILL_HEADER,
      [["2026-10-03", "水", "一百", null]],
      [["not_a_number", "error", "水电费缴费!C2"]],
    ],
    [
      "a negative bill",
      BILL_HEADER,
      [["2026-10-03", "电", -10, null]],
      [["not_positive", "error", "水电费缴费!C2"]],
    ],
    [
      "a bill without a type",
      BILL_HEADER,
      [["2026-10-03", null, 10, null]],
      [["value_required", "error", "水电费缴费!B2"]],
    ],
    [
      "a bill sheet without its type column",
      ["缴费日期", "账单金额", "抄表期间"],
      [["2026-10-03", 10, "9月"]],
      [["missing_required_column", "error", "水电费缴费!A1"]],
    ],
  ])("reports %s with its coordinates", (_what, header, rows, expected) => {
    const book = golden();
    book.sheets[2] = sheet("水电费缴费", header, rows);
    const result = runJob(FEE_STATISTICS_JOB, book, params());
    expect(result.issues.filter((i) => i.severity === "error").map(brief)).toEqual(expected);
  });

  it("is unusable without a charges ledger", () => {
    const book: BookData = { date1904: false, sheets: [sheet("水电费缴费", BILL_HEADER, BILLS)] };
    const result = runJob(FEE_STATISTICS_JOB, book, params());
    expect(result.issues.map(brief)).toContainEqual(["no_input_sheet", "error", "!"]);
  });

  it("defaults to last month (handed in by the 10th), judged at its last day", () => {
    expect(FEE_STATISTICS_JOB.defaultPeriod("2026-12-04")).toBe("2026-11");
    const result = runJob(FEE_STATISTICS_JOB, golden(), { today: "2026-12-04", lang: "en" });
    expect(result.report.month).toBe("2026-11");
    expect(result.report.asOf).toBe("2026-11-30");
    expect(result.sheets[0]!.name).toBe("Fee statistics 2026-11");
  });

  it("judges this month, when asked for, at today rather than at its end", () => {
    const result = runJob(FEE_STATISTICS_JOB, golden(), {
      today: "2026-11-20",
      lang: "en",
      month: "2026-11",
    });
    expect(result.report.asOf).toBe("2026-11-20");
  });
});
