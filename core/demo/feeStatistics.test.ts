import { runJob } from "../jobs/registry";
import { describe, expect, it } from "vitest";
import type { DemoSheet } from "./demoSheet";
import type { BookData } from "../table/sheetData";
import { locateInputs } from "../table/locateInputs";
import { addMonths, monthOf } from "../values/isoDate";
import { collectionDemo } from "./collection";
import { feeStatisticsDemo } from "./feeStatistics";
import { UTILITY_BILL_TABLE } from "../jobs/finance/fee-statistics/inputs";
import { FEE_STATISTICS_JOB } from "../jobs/finance/fee-statistics/job";
import { readUtilityBills } from "../jobs/finance/fee-statistics/readUtilityBills";

const bookOf = (sheets: DemoSheet[]): BookData => ({
  date1904: false,
  sheets: sheets.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
});

describe.each(["2026-11-20", "2026-01-03", "2028-02-29"])("feeStatisticsDemo(%s)", (today) => {
  const own = feeStatisticsDemo(today);
  const book = bookOf([...collectionDemo(today), ...own]);

  it("is deterministic and gives only the utility-bill sheet, placed as the bills", () => {
    expect(feeStatisticsDemo(today)).toEqual(own);
    expect(own.map((s) => s.name)).toEqual(["水电费缴费"]);
    const found = locateInputs(book, FEE_STATISTICS_JOB.inputs);
    expect(found.byRole.get(UTILITY_BILL_TABLE.role)?.map((s) => s.name)).toEqual(["水电费缴费"]);
    expect(found.issues).toEqual([]);
  });

  it("reads a year of monthly electricity bills and bimonthly water bills, none after today, with their periods", () => {
    const { bills, issues } = readUtilityBills([book.sheets.at(-1)!], false);
    const lastMonth = addMonths(monthOf(today), -1);
    // Last month's electricity bill alone gives no period: electricity's own month is assumed, with a warning.
    const unwritten = bills.filter((b) => b.meterPeriod === null);
    expect(unwritten.map((b) => [b.utility, monthOf(b.date), b.periodAssumed])).toEqual([
      ["electricity", lastMonth, true],
    ]);
    expect(issues.map((i) => [i.code, i.sheet, i.row, i.column])).toEqual([
      ["utility_period_assumed", "水电费缴费", unwritten[0]!.source.row, "E"],
    ]);
    const power = bills.filter((b) => b.utility === "electricity");
    const water = bills.filter((b) => b.utility === "water");
    expect(power.length).toBeGreaterThanOrEqual(11);
    expect(power.length).toBeLessThanOrEqual(12);
    expect(water.length).toBeGreaterThanOrEqual(5);
    expect(water.length).toBeLessThanOrEqual(6);
    for (const b of bills) {
      expect(b.date <= today).toBe(true);
      if (b.meterPeriod !== null) expect(b.meterPeriod).toMatch(/^\d{4}-\d{2}-\d{2}~\d{4}-\d{2}-\d{2}$/);
      // Electricity covers the month it is paid in, water that month and the one before.
      const months = b.utility === "water" ? 2 : 1;
      expect(b.period).toEqual({ from: addMonths(monthOf(b.date), 1 - months), to: monthOf(b.date) });
    }
    expect(bills.every((b) => Number(b.date.slice(8)) > 10)).toBe(true);
  });

  it("shows the losses the demo builds in for last month (each main meter reads 3-12% more than residents are charged)", () => {
    const month = addMonths(monthOf(today), -1);
    const result = runJob(FEE_STATISTICS_JOB, book, { today, lang: "zh-CN" });
    expect(result.report.month).toBe(month);
    const power = result.report.utilities.find((u) => u.utility === "electricity")!;
    expect([power.periodFrom, power.periodTo]).toEqual([month, month]);
    // loss / paid = r / (1 + r) for r in [0.03, 0.08], give or take a kWh of rounding.
    expect(Number(power.lossRate)).toBeGreaterThan(0.028);
    expect(Number(power.lossRate)).toBeLessThan(0.075);
    const water = result.report.utilities.find((u) => u.utility === "water")!;
    if (Number(month.slice(5)) % 2 === 0) {
      // The bimonthly bill against both months' charges: r in [0.05, 0.12].
      expect([water.periodFrom, water.periodTo]).toEqual([addMonths(month, -1), month]);
      expect(Number(water.lossRate)).toBeGreaterThan(0.045);
      expect(Number(water.lossRate)).toBeLessThan(0.11);
    } else {
      expect([water.periodFrom, water.loss, water.lossRate]).toEqual([null, null, null]);
      expect(FEE_STATISTICS_JOB.summarize(result.report, "zh-CN")).toContain("水费：本月无缴费，损耗 —");
    }
    expect(result.issues.filter((i) => i.sheet === "水电费缴费").map((i) => i.code)).toEqual([
      "utility_period_assumed",
    ]);
  });
});
