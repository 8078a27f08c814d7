import { describe, expect, it } from "vitest";
import type { DemoSheet } from "../../job";
import type { BookData } from "../../../table/sheetData";
import { locateInputs } from "../../../table/locateInputs";
import { addMonths, monthOf } from "../../../values/isoDate";
import { collectionDemo } from "../../collection/demo";
import { feeStatisticsDemo } from "./demo";
import { UTILITY_BILL_TABLE } from "./inputs";
import { FEE_STATISTICS_JOB } from "./job";
import { readUtilityBills } from "./readUtilityBills";

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

  it("reads cleanly: a year of monthly electricity bills and bimonthly water bills, none after today", () => {
    const { bills, issues } = readUtilityBills([book.sheets.at(-1)!], false);
    expect(issues).toEqual([]);
    const power = bills.filter((b) => b.utility === "electricity");
    const water = bills.filter((b) => b.utility === "water");
    expect(power.length).toBeGreaterThanOrEqual(11);
    expect(power.length).toBeLessThanOrEqual(12);
    expect(water.length).toBeGreaterThanOrEqual(5);
    expect(water.length).toBeLessThanOrEqual(6);
    for (const b of bills) {
      expect(b.date <= today).toBe(true);
      expect(b.meterPeriod).toMatch(/^\d{4}-\d{2}-\d{2}~\d{4}-\d{2}-\d{2}$/);
    }
    expect(bills.every((b) => Number(b.date.slice(8)) > 10)).toBe(true);
  });

  it("shows the electricity loss the demo builds in (the main meter reads 3-8% more than residents are charged)", () => {
    const month = addMonths(monthOf(today), -1);
    const result = FEE_STATISTICS_JOB.run(book, { today, lang: "zh-CN", month });
    const power = result.report.utilities.find((u) => u.utility === "electricity")!;
    // loss / paid = r / (1 + r) for r in [0.03, 0.08], give or take a kWh of rounding.
    expect(Number(power.lossRate)).toBeGreaterThan(0.028);
    expect(Number(power.lossRate)).toBeLessThan(0.075);
    expect(result.issues.filter((i) => i.sheet === "水电费缴费")).toEqual([]);
  });
});
