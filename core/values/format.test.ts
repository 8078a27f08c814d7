import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { Dec } from "./decimal";
import { fenToMoney, formatMoney, formatQuantity, formatRate, moneyToFen } from "./format";

describe("formatMoney", () => {
  it.each([
    ["0", "0.00"],
    ["1234.5", "1234.50"],
    ["1.005", "1.01"],
    ["1.004", "1.00"],
    ["-1.005", "-1.01"],
    ["2.675", "2.68"],
    ["-0.001", "0.00"],
    ["-0.004", "0.00"],
    ["-0.005", "-0.01"],
    ["0.1", "0.10"],
    ["12345678901234.567", "12345678901234.57"],
    ["1e-10", "0.00"],
    ["1e21", "1000000000000000000000.00"],
  ])("%s -> %s", (d, expected) => {
    expect(formatMoney(new Dec(d))).toBe(expected);
  });

  it("shows the sum 0.1 + 0.2 without a float artefact", () => {
    expect(formatMoney(new Dec("0.1").plus("0.2"))).toBe("0.30");
  });
});

describe("formatQuantity", () => {
  it.each([
    ["2.5", "2.5"],
    ["2.50000", "2.5"],
    ["10", "10"],
    ["100.0", "100"],
    ["0.12345", "0.1235"],
    ["0.12344", "0.1234"],
    ["1.99995", "2"],
    ["-0.00001", "0"],
    ["-0.00005", "-0.0001"],
    ["1e21", "1000000000000000000000"],
    ["1e-7", "0"],
    ["0.0001", "0.0001"],
  ])("%s -> %s", (d, expected) => {
    expect(formatQuantity(new Dec(d))).toBe(expected);
  });
});

describe("formatRate", () => {
  it.each([
    ["0.95", "0.9500"],
    ["1", "1.0000"],
    ["0.123456", "0.1235"],
    ["0.12344", "0.1234"],
    ["-0.00001", "0.0000"],
    ["0", "0.0000"],
  ])("%s -> %s", (d, expected) => {
    expect(formatRate(new Dec(d))).toBe(expected);
  });
});

describe("moneyToFen / fenToMoney", () => {
  it.each([
    ["1234.56", 123456],
    ["0.005", 1],
    ["0.004", 0],
    ["-0.005", -1],
    ["-0.004", 0],
    ["-12", -1200],
    ["0", 0],
  ])("moneyToFen(%s) === %d", (d, fen) => {
    expect(moneyToFen(new Dec(d))).toBe(fen);
    expect(Object.is(moneyToFen(new Dec(d)), -0)).toBe(false);
  });

  it.each([
    [123456, "1234.56"],
    [-5, "-0.05"],
    [5, "0.05"],
    [0, "0.00"],
    [-0, "0.00"],
    [100, "1.00"],
    [-123456, "-1234.56"],
    [Number.MAX_SAFE_INTEGER, "90071992547409.91"],
    [-Number.MAX_SAFE_INTEGER, "-90071992547409.91"],
  ])("fenToMoney(%d) === %s", (fen, text) => {
    expect(fenToMoney(fen)).toBe(text);
  });

  it.each([[0.5], [Number.MAX_SAFE_INTEGER + 1], [NaN], [Infinity]])(
    "fenToMoney(%d) throws RangeError",
    (fen) => {
      expect(() => fenToMoney(fen)).toThrow(RangeError);
    },
  );

  it("moneyToFen throws RangeError beyond the safe integers", () => {
    expect(() => moneyToFen(new Dec("90071992547409.92"))).toThrow(RangeError);
    expect(moneyToFen(new Dec("90071992547409.91"))).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("round-trips every safe fen amount", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (fen) => {
        const text = fenToMoney(fen);
        expect(new Dec(text).equals(new Dec(fen).div(100))).toBe(true);
        expect(moneyToFen(new Dec(text))).toBe(fen);
        expect(formatMoney(new Dec(text))).toBe(text);
      }),
    );
  });

  it("rounds a sub-fen amount to the nearest fen, halves away from zero", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 9 }), (fen, tenth) => {
        const d = new Dec(fen).plus(new Dec(fen < 0 ? -tenth : tenth).div(10)).div(100);
        const expected = tenth >= 5 ? fen + (fen < 0 ? -1 : 1) : fen;
        expect(moneyToFen(d)).toBe(expected);
      }),
    );
  });
});
