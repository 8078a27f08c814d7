import { describe, it, expect } from "vitest";
import { parseDecimalCell } from "./decimalCell";

describe("parseDecimalCell", () => {
  it.each([
    [12, "12"],
    [2.5, "2.5"],
    [0.1 + 0.2, "0.3"],
    [-7.25, "-7.25"],
    [1.23456789, "1.23456789"],
    ["1,234.50", "1234.5"],
    ["¥1,234.50", "1234.5"],
    ["￥1,234.50", "1234.5"],
    ["1234.5元", "1234.5"],
    ["１２３", "123"],
    ["１２３．４５", "123.45"],
    ["-12", "-12"],
    ["−12", "-12"],
    ["(12.00)", "-12"],
    ["（１２．００）", "-12"],
    [" 42 ", "42"],
    ["0.123456", "0.123456"],
  ])("%j -> %s", (v, expected) => {
    const r = parseDecimalCell(v);
    expect(r.ok && r.value?.toFixed()).toBe(expected);
    expect(r.ok && r.warning).toBeUndefined();
  });

  it.each([[null], [""], ["  "], ["\n"]])("%j is empty", (v) => {
    expect(parseDecimalCell(v)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["#N/A", "cell_error", "#N/A"],
    ["#VALUE!", "cell_error", "#VALUE!"],
    ["12abc", "not_a_number", "12abc"],
    ["1.2.3", "not_a_number", "1.2.3"],
    ["--1", "not_a_number", "--1"],
    ["¥", "not_a_number", "¥"],
    ["元", "not_a_number", "元"],
    [true, "not_a_number", "TRUE"],
    [NaN, "not_a_number", "NaN"],
  ])("%j fails with %s", (v, code, value) => {
    expect(parseDecimalCell(v)).toEqual({ ok: false, problem: { code, params: { value } } });
  });
});
