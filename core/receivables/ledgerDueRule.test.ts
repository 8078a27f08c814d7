import { describe, expect, it } from "vitest";
import type { CellValue } from "../table/sheetData";
import { dueDateOf, MONTH_END, parseDueRule, type DueRule } from "./ledgerDueRule";

describe("parseDueRule", () => {
  it.each<[CellValue, DueRule | null]>([
    [15, { monthsLater: 0, day: 15 }],
    ["15", { monthsLater: 0, day: 15 }],
    ["15日", { monthsLater: 0, day: 15 }],
    ["每月15日前", { monthsLater: 0, day: 15 }],
    ["当月20号之前", { monthsLater: 0, day: 20 }],
    ["１５日", { monthsLater: 0, day: 15 }],
    ["次月10日", { monthsLater: 1, day: 10 }],
    ["下月10号前", { monthsLater: 1, day: 10 }],
    ["月底", MONTH_END],
    ["每月月末前", MONTH_END],
    ["次月底", { monthsLater: 1, day: "end" }],
    [0, null],
    [32, null],
    ["32日", null],
    ["随时", null],
    ["2026-03-15", null],
    [null, null],
  ])("%j", (cell, rule) => {
    expect(parseDueRule(cell)).toEqual(rule);
  });
});

describe("dueDateOf", () => {
  it.each<[DueRule, string, string]>([
    [MONTH_END, "2026-02", "2026-02-28"],
    [MONTH_END, "2028-02", "2028-02-29"],
    [{ monthsLater: 0, day: 15 }, "2026-03", "2026-03-15"],
    [{ monthsLater: 0, day: 31 }, "2026-04", "2026-04-30"],
    [{ monthsLater: 1, day: 10 }, "2026-12", "2027-01-10"],
    [{ monthsLater: 1, day: "end" }, "2026-01", "2026-02-28"],
  ])("%j for %s is %s", (rule, period, date) => {
    expect(dueDateOf(rule, period)).toBe(date);
  });
});
