import { describe, expect, it } from "vitest";
import { fen } from "./money";
import { groupedAmount } from "./groupedAmount";

describe("amounts with thousands separators (issue 19)", () => {
  it.each([
    ["0.00", "0.00"],
    ["548.80", "548.80"],
    ["999.99", "999.99"],
    ["1000.00", "1,000.00"],
    ["52705.80", "52,705.80"],
    ["-50.50", "-50.50"],
    ["-11791.50", "-11,791.50"],
    ["158471.48", "158,471.48"],
    ["1234567.5", "1,234,567.5"],
    ["999999999999.99", "999,999,999,999.99"],
    ["12345678901234567890.01", "12,345,678,901,234,567,890.01"],
    ["100000", "100,000"],
    ["—", "—"],
    ["", ""],
    ["1e5", "1e5"],
  ])("report text %j reads %j", (text, expected) => {
    expect(groupedAmount(text)).toBe(expected);
  });

  it.each([
    [0, "0.00"],
    [5, "0.05"],
    [-5, "-0.05"],
    [5270580, "52,705.80"],
    [-123450, "-1,234.50"],
    [9_007_199_254_740_991, "90,071,992,547,409.91"],
  ])("%i fen reads %j", (amount, expected) => {
    expect(groupedAmount(fen(amount))).toBe(expected);
  });
});
