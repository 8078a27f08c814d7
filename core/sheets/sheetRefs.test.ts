import { describe, expect, it } from "vitest";
import { retargetSheetRefs } from "./sheetRefs";

const renamed = new Map([
  ["plan", "Plan (2)"],
  ["工程部 2027-01", "工程部 2027-01 (2)"],
  ["o'brien", "O'Brien (2)"],
]);

describe("retargetSheetRefs", () => {
  it.each([
    ["SUM(Plan!E5:E9)", "SUM('Plan (2)'!E5:E9)"],
    ["SUM(plan!E5)+Plan!$F$1", "SUM('Plan (2)'!E5)+'Plan (2)'!$F$1"],
    ["'工程部 2027-01'!D4*2", "'工程部 2027-01 (2)'!D4*2"],
    ["'O''Brien'!A1", "'O''Brien (2)'!A1"],
    ["SUBTOTAL(9,E5:E40)", "SUBTOTAL(9,E5:E40)"],
    ['HYPERLINK("#Plan!A1","Plan!A1")&Planned!A1', 'HYPERLINK("#Plan!A1","Plan!A1")&Planned!A1'],
    ["Other!A1+MyPlan!A1+[1]Plan!A1", "Other!A1+MyPlan!A1+[1]Plan!A1"],
    ['"it""s Plan!A1"&Plan!B2', '"it""s Plan!A1"&\'Plan (2)\'!B2'],
  ])("%s -> %s", (formula, expected) => {
    expect(retargetSheetRefs(formula, renamed)).toBe(expected);
  });

  it("leaves formulas alone when nothing was renamed", () => {
    expect(retargetSheetRefs("Plan!A1", new Map())).toBe("Plan!A1");
  });
});
