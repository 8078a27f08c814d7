import { describe, it, expect } from "vitest";
import { Dec } from "./decimal";
import { percentOf, rateNumber, rateOf, rateText } from "./rate";

describe("rateOf", () => {
  it.each([
    [1, 3, "0.3333"],
    [2, 3, "0.6667"],
    [8499, 10000, "0.8499"],
    [-1, 8, "-0.125"],
    [0, 5, "0"],
  ])("%d / %d = %s", (part, base, expected) => {
    expect(rateOf(part, base)?.toString()).toBe(expected);
  });

  it("is null when the base is zero", () => {
    expect(rateOf(5, 0)).toBeNull();
  });
});

describe("rateText", () => {
  it.each([
    ["0.95", "0.9500"],
    ["1", "1.0000"],
    ["0.123456", "0.1235"],
    ["0.12344", "0.1234"],
    ["-0.00001", "0.0000"],
    ["0", "0.0000"],
  ])("%s -> %s", (d, expected) => {
    expect(rateText(new Dec(d))).toBe(expected);
  });

  it("keeps null", () => {
    expect(rateText(null)).toBeNull();
  });
});

describe("percentOf and rateNumber", () => {
  it.each([
    ["0.8499", "84.99%"],
    ["1.0000", "100.00%"],
    ["0.0000", "0.00%"],
    ["0.0005", "0.05%"],
    [null, "—"],
  ])("percentOf(%j) === %s", (text, expected) => {
    expect(percentOf(text)).toBe(expected);
  });

  it("plots the report's fraction", () => {
    expect(rateNumber("0.8499")).toBe(0.8499);
    expect(rateNumber(rateText(rateOf(1, 3))!)).toBe(0.3333);
  });
});
