import { describe, it, expect } from "vitest";
import fc from "fast-check";
import type { CellValue } from "./cellValue";
import { numberText } from "./numberText";
import { parseQtyCell, qtyE4, qtyNumber, qtyText, quickQty } from "./quantity";

describe("parseQtyCell", () => {
  it.each<[CellValue, number | null]>([
    [2.5, 25000],
    ["１２", 120000],
    [0.0001, 1],
    [1.23456, 12346],
  ])("quantity %j is %j ten-thousandths", (cell, qty) => {
    const parsed = parseQtyCell(cell);
    expect(parsed.ok && parsed.value).toBe(qty);
  });

  it.each([
    [2.5, "2.5"],
    [10, "10"],
    ["2.5", "2.5"],
    ["1,000", "1000"],
    ["１２", "12"],
    ["0.1234", "0.1234"],
    [0.1 + 0.2, "0.3"],
    ["-3", "-3"],
    ["(3)", "-3"],
  ])("%j -> %s", (v, expected) => {
    const r = parseQtyCell(v);
    expect(r.ok && r.value !== null && qtyText(r.value)).toBe(expected);
    expect(r.ok && r.warning).toBeUndefined();
  });

  it.each([
    ["0.12345", "0.1235", "0.12345"],
    ["0.12344", "0.1234", "0.12344"],
    [1 / 3, "0.3333", "0.333333333333333"],
    [2 / 3, "0.6667", "0.666666666666667"],
  ])("%j -> %s with a too_many_decimals warning", (v, expected, shown) => {
    const r = parseQtyCell(v);
    expect(r.ok && r.value !== null && qtyText(r.value)).toBe(expected);
    expect(r.ok && r.warning).toEqual({ code: "too_many_decimals", params: { value: shown, places: 4 } });
  });

  it.each([
    ["#REF!", "cell_error"],
    ["两箱", "not_a_number"],
    ["2.5kg", "not_a_number"],
  ])("%j fails with %s", (v, code) => {
    const r = parseQtyCell(v);
    expect(r.ok ? null : r.problem.code).toBe(code);
  });

  const quantityText = fc
    .tuple(fc.bigInt({ min: 1n - 10n ** 10n, max: 10n ** 10n - 1n }), fc.integer({ min: 0, max: 4 }))
    .map(([units, places]) => {
      const digits = (units < 0n ? -units : units).toString().padStart(places + 1, "0");
      const whole = digits.slice(0, digits.length - places);
      const fraction = digits.slice(digits.length - places).replace(/0+$/, "");
      const text = fraction === "" ? whole : `${whole}.${fraction}`;
      return units < 0n && text !== "0" ? `-${text}` : text;
    });

  it("never changes a quantity of up to 4 decimals by parse -> text -> parse", () => {
    fc.assert(
      fc.property(quantityText, (text) => {
        for (const cell of [text, Number(text)]) {
          const first = parseQtyCell(cell);
          expect(first.ok && first.warning).toBeUndefined();
          if (!first.ok || first.value === null) throw new Error(`not read: ${String(cell)}`);
          const shown = qtyText(first.value);
          expect(shown).toBe(text);
          const second = parseQtyCell(shown);
          expect(second.ok && second.value).toBe(first.value);
        }
      }),
    );
  });

  it("reads a number cell as its text reads (quick path = full reading)", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: -1e9, max: 1e9 }).map((n) => n / 10_000),
        ),
        (n) => {
          const quick = parseQtyCell(n);
          const full = parseQtyCell(numberText(n));
          expect(quick.ok && full.ok).toBe(true);
          if (quick.ok && full.ok) expect(quick.value).toBe(full.value);
        },
      ),
    );
  });

  it("reports values beyond exact integers", () => {
    expect(parseQtyCell(1e13).ok).toBe(false);
  });

  // 10^10 units is the first quantity refused: a barcode typed as a quantity always is
  it.each<[CellValue, number | "value_too_large"]>([
    [9_999_999_999.9999, 99_999_999_999_999],
    ["9,999,999,999", 99_999_999_990_000],
    [1e10, "value_too_large"],
    [-1e10, "value_too_large"],
    [6901234567892, "value_too_large"],
    ["６９０１２３４５６７８９２", "value_too_large"],
    [1e308, "value_too_large"],
    [-1e308, "value_too_large"],
  ])("%j reads as %s", (v, expected) => {
    const r = parseQtyCell(v);
    expect(r.ok ? r.value : r.problem.code).toBe(expected);
    expect(quickQty(v)).toBe(typeof expected === "number" && typeof v === "number" ? expected : undefined);
  });
});

describe("qtyText and qtyNumber", () => {
  it.each([
    [25000, "2.5"],
    [120000, "12"],
    [1, "0.0001"],
    [-5000, "-0.5"],
    [0, "0"],
  ])("%i is %s", (qty, text) => {
    expect(qtyText(qtyE4(qty))).toBe(text);
    expect(qtyNumber(qtyE4(qty))).toBe(Number(text));
  });

  it.each([[0.5], [NaN], [Number.MAX_SAFE_INTEGER + 1]])("qtyE4(%d) throws RangeError", (n) => {
    expect(() => qtyE4(n)).toThrow(RangeError);
  });
});
