import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { CellValue } from "./cellValue";
import { Dec } from "./decimal";
import {
  fen,
  fenAtRate,
  fenFromText,
  fenNumber,
  fenText,
  lineAmount,
  MONEY_LIMIT_FEN,
  parseFenCell,
  quickFen,
  sumFen,
  unitPriceOf,
  valueAtAverageCost,
} from "./money";
import { numberText } from "./numberText";
import { qtyE4 } from "./quantity";

/** A read amount as the yuan number it stands for, shortest text ("1234.5", "-12"). */
const yuanOf = (r: ReturnType<typeof parseFenCell>) => r.ok && r.value !== null && String(fenNumber(r.value));

describe("parseFenCell", () => {
  it.each<[CellValue, number | null, string | undefined]>([
    [12.34, 1234, undefined],
    [0.29, 29, undefined],
    [0.1 + 0.2, 30, undefined],
    ["¥1,234.50", 123450, undefined],
    [12.345, 1235, "too_many_decimals"],
    [-0.005, -1, "too_many_decimals"],
    [null, null, undefined],
    [-0, 0, undefined],
  ])("money %j is %j fen", (cell, amount, warning) => {
    const parsed = parseFenCell(cell);
    expect(parsed.ok && parsed.value).toBe(amount === null ? null : amount);
    expect(parsed.ok ? parsed.warning?.code : "failed").toBe(warning);
  });

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
    const r = parseFenCell(v);
    expect(yuanOf(r)).toBe(expected);
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
    const r = parseFenCell(v);
    expect(yuanOf(r)).toBe(expected);
    expect(r.ok && r.warning).toEqual({ code: "too_many_decimals", params: { value: shown, places: 2 } });
  });

  it.each([[null], [""], ["　"]])("%j is empty", (v) => {
    expect(parseFenCell(v)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["#N/A", "cell_error"],
    ["12abc", "not_a_number"],
    [false, "not_a_number"],
  ])("%j fails with %s", (v, code) => {
    const r = parseFenCell(v);
    expect(r.ok ? null : r.problem.code).toBe(code);
  });

  it("reports values beyond exact integers", () => {
    expect(parseFenCell(1e20)).toEqual({
      ok: false,
      problem: { code: "value_too_large", params: { value: "100000000000000000000" } },
    });
    expect(parseFenCell("abc").ok).toBe(false);
  });

  // 10^12 yuan, the first amount 大写 cannot write, is the first one refused: a 13-digit barcode always is
  it.each<[CellValue, number | "value_too_large"]>([
    [999_999_999_999.99, 99_999_999_999_999],
    ["999,999,999,999.99", 99_999_999_999_999],
    [-999_999_999_999.99, -99_999_999_999_999],
    [1e12, "value_too_large"],
    [-1e12, "value_too_large"],
    [6901234567892, "value_too_large"],
    ["6901234567892", "value_too_large"],
    ["¥1,000,000,000,000.00", "value_too_large"],
    [9e13, "value_too_large"],
    [Number.MAX_SAFE_INTEGER, "value_too_large"],
    [1e308, "value_too_large"],
    [-1e308, "value_too_large"],
    [Number.MAX_VALUE, "value_too_large"],
  ])("%j reads as %s", (v, expected) => {
    const r = parseFenCell(v);
    expect(r.ok ? r.value : r.problem.code).toBe(expected);
    expect(quickFen(v)).toBe(typeof expected === "number" && typeof v === "number" ? expected : undefined);
  });

  it("refuses every amount from 10^12 yuan, either sign, and reads every one below", () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1e12, max: Number.MAX_VALUE, noNaN: true }),
        fc.boolean(),
        (n, negative) => {
          const r = parseFenCell(negative ? -n : n);
          expect(r.ok ? r.value : r.problem.code).toBe("value_too_large");
        },
      ),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1 - MONEY_LIMIT_FEN, max: MONEY_LIMIT_FEN - 1 }), (n) => {
        expect(parseFenCell(fenText(fen(n)))).toEqual({ ok: true, value: n === 0 ? 0 : n });
      }),
    );
  });

  it("round-trips the text of any fen it reads", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1 - MONEY_LIMIT_FEN, max: MONEY_LIMIT_FEN - 1 }), (n) => {
        const text = fenText(fen(n));
        const r = parseFenCell(text);
        expect(r.ok && r.warning).toBeUndefined();
        expect(r.ok && r.value !== null && fenText(r.value)).toBe(text);
      }),
    );
  });

  it("reads an amount stored by Excel as a float back to the fen", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e11, max: 1e11 }), (n) => {
        const r = parseFenCell(n / 100);
        expect(r.ok && r.value !== null && fenText(r.value)).toBe(fenText(fen(n)));
      }),
    );
  });

  it("reads a number cell as its text reads (quick path = full reading)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
        ),
        (n) => {
          const quick = parseFenCell(n);
          const full = parseFenCell(numberText(n));
          expect(quick.ok && full.ok).toBe(true);
          if (quick.ok && full.ok) expect(quick.value).toBe(full.value);
        },
      ),
    );
  });
});

describe("fen, fenText and fenFromText", () => {
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
  ])("fenText(%d) === %s", (n, text) => {
    expect(fenText(fen(n))).toBe(text);
    expect(fenFromText(text)).toBe(n === 0 ? 0 : n);
  });

  it.each([[0.5], [Number.MAX_SAFE_INTEGER + 1], [NaN], [Infinity]])("fen(%d) throws RangeError", (n) => {
    expect(() => fen(n)).toThrow(RangeError);
  });

  it.each([["1234.5"], ["1,234.50"], ["-0.5"], [""], ["90071992547409.92"]])(
    "fenFromText(%j) throws RangeError",
    (text) => {
      expect(() => fenFromText(text)).toThrow(RangeError);
    },
  );

  it("round-trips every safe fen amount, exactly as the decimal it stands for", () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (n) => {
        const text = fenText(fen(n));
        expect(new Dec(text).equals(new Dec(n).div(100))).toBe(true);
        expect(fenFromText(text)).toBe(n === 0 ? 0 : n);
        expect(fenNumber(fenFromText(text))).toBe(Number(text));
      }),
    );
  });

  it("sums exactly", () => {
    expect(sumFen([])).toBe(0);
    expect(fenText(sumFen([fen(10), fen(20)]))).toBe("0.30");
  });
});

describe("lineAmount", () => {
  it.each<[number, string, number]>([
    [25000, "3.35", 838],
    [10000, "0.005", 1],
    [30000, "33.333", 10000],
    [-25000, "3.35", -838],
    [123456789, "98765.4321", 121932631113],
  ])("%i ten-thousandths x %s = %i fen", (qty, price, amount) => {
    expect(lineAmount(qtyE4(qty), new Dec(price))).toBe(amount);
  });

  it("equals decimal arithmetic rounded half-up, for random quantities and prices", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 6 }),
        (qty, priceUnits, places) => {
          const price = new Dec(priceUnits).div(new Dec(10).pow(places));
          const expected = new Dec(qty)
            .div(10_000)
            .times(price)
            .toDecimalPlaces(2, Dec.ROUND_HALF_UP)
            .times(100)
            .toNumber();
          const held = Math.abs(expected) < MONEY_LIMIT_FEN;
          expect(lineAmount(qtyE4(qty), price)).toBe(held ? (expected === 0 ? 0 : expected) : null);
        },
      ),
    );
  });
});

describe("line amounts beyond what a line may hold", () => {
  it.each<[string, number, string]>([
    ["a barcode pasted into 单价", 10_000, "6901234567892"],
    ["a quantity times a price of 9e13 yuan", 900_000_000, "1000000000"],
    ["the largest double as a price", 10_000, "1e308"],
    ["a negative product", -10_000, "1e12"],
    ["exactly 10^12 yuan", 10_000, "1000000000000"],
  ])("%s is null", (_what, qty, price) => {
    expect(lineAmount(qtyE4(qty), new Dec(price))).toBeNull();
  });

  it("keeps the largest amount below the limit", () => {
    expect(lineAmount(qtyE4(10_000), new Dec("999999999999.99"))).toBe(MONEY_LIMIT_FEN - 1);
  });

  it("values far more than the stock held at the average cost as null, not a figure beyond exact integers", () => {
    // 0.0001 units worth 999,999,999,999.99 yuan; 10,000 units at that cost
    expect(valueAtAverageCost(qtyE4(100_000_000), fen(MONEY_LIMIT_FEN - 1), qtyE4(1))).toBeNull();
    expect(valueAtAverageCost(qtyE4(1), fen(MONEY_LIMIT_FEN - 1), qtyE4(1))).toBe(MONEY_LIMIT_FEN - 1);
  });
});

describe("fenAtRate, valueAtAverageCost and unitPriceOf", () => {
  it("rounds money times a rate half-up to the fen", () => {
    expect(fenAtRate(fen(1001), new Dec("0.5"))).toBe(501);
    expect(fenAtRate(fen(1000), new Dec("0.95"))).toBe(950);
    expect(fenAtRate(fen(3), new Dec("0.1"))).toBe(0);
  });

  it("values a quantity at the average cost, half-up", () => {
    expect(valueAtAverageCost(qtyE4(10000), fen(1000), qtyE4(30000))).toBe(333);
    expect(valueAtAverageCost(qtyE4(20000), fen(1000), qtyE4(30000))).toBe(667);
    expect(valueAtAverageCost(qtyE4(-10000), fen(1000), qtyE4(30000))).toBe(-333);
  });

  it("gives the exact unit price in yuan", () => {
    expect(unitPriceOf(fen(7650), qtyE4(30000)).toString()).toBe("25.5");
    expect(unitPriceOf(fen(1000), qtyE4(30000)).toDecimalPlaces(2).toString()).toBe("3.33");
  });
});
