import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { Dec } from "./decimal";
import { fenToMoney, formatMoney } from "./format";
import { parseMoneyCell } from "./moneyCell";

describe("parseMoneyCell", () => {
  it.each([
    [1234.5, "1234.5"],
    [0.1 + 0.2, "0.3"],
    ["¥1,234.50", "1234.5"],
    ["1234.5元", "1234.5"],
    ["(12.00)", "-12"],
    ["１，２３４．５６", "1234.56"],
    ["-0.01", "-0.01"],
    ["RMB 99.9", "99.9"],
  ])("%j -> %s without warning", (v, expected) => {
    const r = parseMoneyCell(v);
    expect(r.ok && r.value?.toFixed()).toBe(expected);
    expect(r.ok && r.warning).toBeUndefined();
  });

  it.each([
    ["1.005", "1.01", "1.005"],
    ["1.004", "1", "1.004"],
    ["-1.005", "-1.01", "-1.005"],
    [2.675, "2.68", "2.675"],
    [1.005, "1.01", "1.005"],
    ["¥1,234.565", "1234.57", "¥1,234.565"],
    [1 / 3, "0.33", "0.333333333333333"],
  ])("%j -> %s with a too_many_decimals warning", (v, expected, shown) => {
    const r = parseMoneyCell(v);
    expect(r.ok && r.value?.toFixed()).toBe(expected);
    expect(r.ok && r.warning).toEqual({ code: "too_many_decimals", params: { value: shown, places: 2 } });
  });

  it.each([[null], [""], ["　"]])("%j is empty", (v) => {
    expect(parseMoneyCell(v)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["#N/A", "cell_error"],
    ["12abc", "not_a_number"],
    [false, "not_a_number"],
  ])("%j fails with %s", (v, code) => {
    const r = parseMoneyCell(v);
    expect(r.ok ? null : r.problem.code).toBe(code);
  });

  it("round-trips formatted amounts of any fen", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        const text = formatMoney(new Dec(fen).div(100));
        expect(text).toBe(fenToMoney(fen));
        const r = parseMoneyCell(text);
        expect(r.ok && r.warning).toBeUndefined();
        expect(r.ok && r.value !== null && formatMoney(r.value)).toBe(text);
      }),
    );
  });

  it("reads an amount stored by Excel as a float back to the fen", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (fen) => {
        const r = parseMoneyCell(fen / 100);
        expect(r.ok && r.value !== null && formatMoney(r.value)).toBe(fenToMoney(fen));
      }),
    );
  });
});
