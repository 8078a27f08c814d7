import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { parseFenCell, parseQtyCell } from "./scaledCell";
import { formatQty, lineAmountFen, qtyToDec, fenToDec } from "./scaledFormat";
import { parseMoneyCell } from "./moneyCell";
import { parseQuantityCell } from "./quantityCell";
import { Dec } from "./decimal";
import type { CellValue } from "./cellValue";

describe("parseFenCell and parseQtyCell", () => {
  it.each<[CellValue, number | null, string | undefined]>([
    [12.34, 1234, undefined],
    [0.29, 29, undefined],
    [0.1 + 0.2, 30, undefined],
    ["¥1,234.50", 123450, undefined],
    [12.345, 1235, "too_many_decimals"],
    [-0.005, -1, "too_many_decimals"],
    [null, null, undefined],
    [-0, 0, undefined],
  ])("money %j is %j fen", (cell, fen, warning) => {
    const parsed = parseFenCell(cell);
    expect(parsed.ok && parsed.value).toBe(fen === null ? null : fen);
    expect(parsed.ok ? parsed.warning?.code : "failed").toBe(warning);
  });

  it.each<[CellValue, number | null]>([
    [2.5, 25000],
    ["１２", 120000],
    [0.0001, 1],
    [1.23456, 12346],
  ])("quantity %j is %j ten-thousandths", (cell, qty) => {
    const parsed = parseQtyCell(cell);
    expect(parsed.ok && parsed.value).toBe(qty);
  });

  it("reports values beyond exact integers", () => {
    expect(parseFenCell(1e20)).toEqual({
      ok: false,
      problem: { code: "value_too_large", params: { value: "100000000000000000000" } },
    });
    expect(parseFenCell("abc").ok).toBe(false);
  });

  it("agrees with the decimal parsers for every number cell (fast path = slow path)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 100),
        ),
        (n) => {
          const fen = parseFenCell(n);
          const money = parseMoneyCell(n);
          expect(fen.ok && money.ok).toBe(true);
          if (fen.ok && money.ok && fen.value !== null && money.value !== null)
            expect(fenToDec(fen.value).eq(money.value)).toBe(true);
          const qty = parseQtyCell(n);
          const quantity = parseQuantityCell(n);
          if (qty.ok && quantity.ok && qty.value !== null && quantity.value !== null)
            expect(qtyToDec(qty.value).eq(quantity.value)).toBe(true);
        },
      ),
    );
  });
});

describe("lineAmountFen", () => {
  it.each<[number, string, number]>([
    [25000, "3.35", 838],
    [10000, "0.005", 1],
    [30000, "33.333", 10000],
    [-25000, "3.35", -838],
    [123456789, "98765.4321", 121932631113],
  ])("%i ten-thousandths x %s = %i fen", (qty, price, fen) => {
    expect(lineAmountFen(qty, new Dec(price))).toBe(fen);
  });

  it("equals decimal arithmetic rounded half-up, for random quantities and prices", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.integer({ min: 0, max: 1e10 }),
        fc.integer({ min: 0, max: 6 }),
        (qty, priceUnits, places) => {
          const price = new Dec(priceUnits).div(new Dec(10).pow(places));
          const expected = qtyToDec(qty)
            .times(price)
            .toDecimalPlaces(2, Dec.ROUND_HALF_UP)
            .times(100)
            .toNumber();
          expect(lineAmountFen(qty, price)).toBe(expected === 0 ? 0 : expected);
        },
      ),
    );
  });
});

describe("formatQty", () => {
  it.each([
    [25000, "2.5"],
    [120000, "12"],
    [1, "0.0001"],
    [-5000, "-0.5"],
    [0, "0"],
  ])("%i is %s", (qty, text) => {
    expect(formatQty(qty)).toBe(text);
  });
});
