import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { cellParamText, decFromNumber, decFromText, numberText, readNumberCell } from "./numberText";

describe("decFromNumber", () => {
  it.each([
    [0.1 + 0.2, "0.3"],
    [0.30000000000000004, "0.3"],
    [1234.5, "1234.5"],
    [1.005, "1.005"],
    [-12, "-12"],
    [-0, "0"],
    [0, "0"],
    [123456789012345, "123456789012345"],
    [1e21, "1000000000000000000000"],
    [1.5e-7, "0.00000015"],
    [2.675, "2.675"],
    [1 / 3, "0.333333333333333"],
  ])("%d -> %s", (n, expected) => {
    expect(decFromNumber(n)?.toFixed()).toBe(expected);
  });

  it.each([[NaN], [Infinity], [-Infinity]])("rejects %d", (n) => {
    expect(decFromNumber(n)).toBeNull();
  });

  it("never shows a sign on zero", () => {
    expect(decFromNumber(-0)?.isNegative()).toBe(false);
    expect(decFromNumber(-0)?.toFixed(2)).toBe("0.00");
  });
});

describe("numberText", () => {
  it.each([
    [1001, "1001"],
    [0.1 + 0.2, "0.3"],
    [12.5, "12.5"],
    [-3, "-3"],
    [1e21, "1000000000000000000000"],
    [NaN, "NaN"],
  ])("%d -> %s", (n, expected) => {
    expect(numberText(n)).toBe(expected);
  });
});

describe("decFromText", () => {
  it.each([
    ["123", "123"],
    ["1,234.50", "1234.5"],
    ["¥1,234.50", "1234.5"],
    ["￥1,234.50", "1234.5"],
    ["¥ 1,234.50", "1234.5"],
    ["1234.5元", "1234.5"],
    ["1234.5 元", "1234.5"],
    ["RMB 100", "100"],
    ["100 CNY", "100"],
    ["cny100", "100"],
    ["１２３", "123"],
    ["１，２３４．５０", "1234.5"],
    ["  42  ", "42"],
    ["-12", "-12"],
    ["−12", "-12"],
    ["－12", "-12"],
    ["+12", "12"],
    ["(12.00)", "-12"],
    ["（12.00）", "-12"],
    ["(¥1,234.50)", "-1234.5"],
    ["-¥12", "-12"],
    ["¥-12", "-12"],
    [".5", "0.5"],
    ["12.", "12"],
    ["0.000", "0"],
    ["-0", "0"],
    ["1,2,3", "123"],
    ["12345678901234567890.123456789", "12345678901234567890.123456789"],
  ])("%j -> %s", (text, expected) => {
    expect(decFromText(text)?.toFixed()).toBe(expected);
  });

  it.each([
    ["12abc"],
    ["1.2.3"],
    ["--1"],
    ["-¥-1"],
    ["(-12)"],
    ["()"],
    ["¥"],
    ["元"],
    [""],
    ["   "],
    ["TRUE"],
    ["1 234"],
    [",123"],
    ["123,"],
    ["1,,2"],
    ["1.2,3"],
    ["1e5"],
    ["."],
    ["12%"],
    ["$12"],
    ["¥¥12"],
    ["十二"],
  ])("rejects %j", (text) => {
    expect(decFromText(text)).toBeNull();
  });

  it.each([["¥12"], ["12元"], ["RMB12"]])("refuses currency %j when currency is not allowed", (text) => {
    expect(decFromText(text, false)).toBeNull();
    expect(decFromText(text, true)?.toFixed()).toBe("12");
  });

  it("reads back every integer written with thousands separators", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), (n) => {
        const grouped = (n < 0n ? -n : n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
        const text = n < 0n ? `(¥${grouped})` : `¥${grouped}`;
        expect(decFromText(text)?.toFixed()).toBe(n.toString());
      }),
    );
  });
});

describe("cellParamText", () => {
  it.each([
    [null, ""],
    [true, "TRUE"],
    [false, "FALSE"],
    [0.1 + 0.2, "0.3"],
    [" x ", " x "],
  ])("%j -> %j", (v, expected) => {
    expect(cellParamText(v)).toBe(expected);
  });
});

describe("readNumberCell", () => {
  it.each([
    [null, null],
    ["", null],
    ["   ", null],
    ["　", null],
    [12, "12"],
    [0.1 + 0.2, "0.3"],
    ["¥1,234.50", "1234.5"],
  ])("%j -> %s", (v, expected) => {
    const r = readNumberCell(v);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.value === null ? null : r.value.toFixed()).toBe(expected);
  });

  it.each([
    ["#N/A", "cell_error", "#N/A"],
    ["#DIV/0!", "cell_error", "#DIV/0!"],
    [true, "not_a_number", "TRUE"],
    [false, "not_a_number", "FALSE"],
    [NaN, "not_a_number", "NaN"],
    [Infinity, "not_a_number", "Infinity"],
    ["12abc", "not_a_number", "12abc"],
    [" 1.2.3 ", "not_a_number", " 1.2.3 "],
  ])("%j fails with %s", (v, code, value) => {
    expect(readNumberCell(v)).toEqual({ ok: false, problem: { code, params: { value } } });
  });
});
