import { describe, it, expect } from "vitest";
import { parseRateCell } from "./rateCell";

describe("parseRateCell", () => {
  it.each([
    [0.95, "0.95"],
    [0, "0"],
    [1, "1"],
    [0.9500000000000001, "0.95"],
    [0.123456, "0.123456"],
    ["95%", "0.95"],
    ["95 %", "0.95"],
    ["９５％", "0.95"],
    ["92.5%", "0.925"],
    ["100%", "1"],
    ["0%", "0"],
    ["0.95", "0.95"],
    ["1", "1"],
    [" 0.8 ", "0.8"],
  ])("%j -> %s", (v, expected) => {
    const r = parseRateCell(v);
    expect(r.ok && r.value?.toFixed()).toBe(expected);
  });

  it.each([[null], [""], ["  "]])("%j is empty", (v) => {
    expect(parseRateCell(v)).toEqual({ ok: true, value: null });
  });

  it.each([
    [95, "rate_out_of_range", "95"],
    [1.01, "rate_out_of_range", "1.01"],
    ["95", "rate_out_of_range", "95"],
    ["1.5", "rate_out_of_range", "1.5"],
    [-0.1, "rate_out_of_range", "-0.1"],
    ["-5%", "rate_out_of_range", "-5%"],
    ["(0.5)", "rate_out_of_range", "(0.5)"],
    ["(5%)", "not_a_rate", "(5%)"],
    ["150%", "rate_out_of_range", "150%"],
    ["abc", "not_a_rate", "abc"],
    ["95%%", "not_a_rate", "95%%"],
    ["%", "not_a_rate", "%"],
    ["¥0.5", "not_a_rate", "¥0.5"],
    ["0.5元", "not_a_rate", "0.5元"],
    ["九成", "not_a_rate", "九成"],
    [true, "not_a_rate", "TRUE"],
    [NaN, "not_a_rate", "NaN"],
    ["#N/A", "cell_error", "#N/A"],
    ["#DIV/0!", "cell_error", "#DIV/0!"],
  ])("%j fails with %s", (v, code, value) => {
    expect(parseRateCell(v)).toEqual({ ok: false, problem: { code, params: { value } } });
  });
});
