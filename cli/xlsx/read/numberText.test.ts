import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numberText } from "./numberText";

const read = (text: string): number => numberText(Buffer.from(text, "latin1"), 0, text.length);

describe("numberText", () => {
  it("reads what parseFloat reads from any double as JavaScript writes it", () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (value) => {
        expect(Object.is(read(String(value)), parseFloat(String(value)))).toBe(true);
      }),
    );
  });

  it("reads what parseFloat reads from plain decimals of up to 15 digits, the bytes it computes itself", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.stringMatching(/^[0-9]{1,9}$/),
        fc.stringMatching(/^[0-9]{0,6}$/),
        (negative, whole, fraction) => {
          const text = `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
          expect(Object.is(read(text), parseFloat(text))).toBe(true);
        },
      ),
    );
  });

  it.each([
    "1E-3",
    "-1.5e10",
    "12345678901234567890",
    " 12",
    "+5",
    "1,5",
    ".5",
    "5.",
    "-",
    "",
    "abc",
    "0x10",
    "Infinity",
  ])("reads %j as parseFloat does", (text) => {
    expect(Object.is(read(text), parseFloat(text))).toBe(true);
  });

  it("reads inside a larger buffer without looking past its end", () => {
    expect(numberText(Buffer.from("<v>46027.75</v>"), 3, 11)).toBe(46027.75);
  });
});
