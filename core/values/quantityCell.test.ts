import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { formatQuantity } from "./format";
import { parseQuantityCell } from "./quantityCell";

describe("parseQuantityCell", () => {
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
    const r = parseQuantityCell(v);
    expect(r.ok && r.value?.toFixed()).toBe(expected);
    expect(r.ok && r.warning).toBeUndefined();
  });

  it.each([
    ["0.12345", "0.1235", "0.12345"],
    ["0.12344", "0.1234", "0.12344"],
    [1 / 3, "0.3333", "0.333333333333333"],
    [2 / 3, "0.6667", "0.666666666666667"],
  ])("%j -> %s with a too_many_decimals warning", (v, expected, shown) => {
    const r = parseQuantityCell(v);
    expect(r.ok && r.value?.toFixed()).toBe(expected);
    expect(r.ok && r.warning).toEqual({ code: "too_many_decimals", params: { value: shown, places: 4 } });
  });

  it.each([
    ["#REF!", "cell_error"],
    ["两箱", "not_a_number"],
    ["2.5kg", "not_a_number"],
  ])("%j fails with %s", (v, code) => {
    const r = parseQuantityCell(v);
    expect(r.ok ? null : r.problem.code).toBe(code);
  });

  const quantityText = fc
    .tuple(fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }), fc.integer({ min: 0, max: 4 }))
    .map(([units, places]) => {
      const digits = (units < 0n ? -units : units).toString().padStart(places + 1, "0");
      const whole = digits.slice(0, digits.length - places);
      const fraction = digits.slice(digits.length - places).replace(/0+$/, "");
      const text = fraction === "" ? whole : `${whole}.${fraction}`;
      return units < 0n && text !== "0" ? `-${text}` : text;
    });

  it("never changes a quantity of up to 4 decimals by parse -> format -> parse", () => {
    fc.assert(
      fc.property(quantityText, (text) => {
        for (const cell of [text, Number(text)]) {
          const first = parseQuantityCell(cell);
          expect(first.ok && first.warning).toBeUndefined();
          if (!first.ok || first.value === null) throw new Error(`not read: ${String(cell)}`);
          expect(first.value.toFixed()).toBe(text);
          const formatted = formatQuantity(first.value);
          expect(formatted).toBe(text);
          const second = parseQuantityCell(formatted);
          expect(second.ok && second.value?.equals(first.value)).toBe(true);
        }
      }),
    );
  });
});
