import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ratioHalfUp } from "./ratioHalfUp";

/** The same rounding, all in BigInt. */
function reference(a: number, b: number, c: number): number {
  const num = BigInt(a) * BigInt(b);
  const den = BigInt(c);
  const n = num < 0n ? -num : num;
  const m = den < 0n ? -den : den;
  let q = n / m;
  if ((n % m) * 2n >= m) q += 1n;
  const result = Number(num < 0n !== den < 0n ? -q : q);
  return result === 0 ? 0 : result;
}

describe("ratioHalfUp", () => {
  it.each([
    [3, 5, 2, 8],
    [-3, 5, 2, -8],
    [3, -5, -2, 8],
    [1, 1, 3, 0],
    [2, 1, 3, 1],
    [1, 1, -2, -1],
    [0, 7, 3, 0],
    [150_0000, 4_500_000, 150_0000, 4_500_000],
    [2 ** 40, 2 ** 10, 3, 375_299_968_947_541],
    [2 ** 27, 2 ** 27, 7, 2_573_485_501_354_569],
    [2 ** 27, 2 ** 27 + 1, -7, -2_573_485_520_528_530],
  ])("%d x %d / %d = %d", (a, b, c, expected) => {
    expect(ratioHalfUp(a, b, c)).toBe(expected);
    expect(Object.is(ratioHalfUp(a, b, c), -0)).toBe(false);
  });

  it("agrees with exact integer arithmetic, near the edge of exact doubles too", () => {
    const whole = fc.oneof(
      fc.integer({ min: -1_000_000, max: 1_000_000 }),
      fc.integer({ min: -(2 ** 31), max: 2 ** 31 }),
      fc.constantFrom(2 ** 26, 2 ** 26 + 1, 2 ** 52 - 1, 2 ** 53 - 1, -(2 ** 52)),
    );
    const divisor = whole.filter((c) => c !== 0);
    fc.assert(
      fc.property(whole, whole, divisor, (a, b, c) => {
        fc.pre(Number.isSafeInteger(a * b) || Math.abs(a * b) > 2 ** 53);
        expect(ratioHalfUp(a, b, c)).toBe(reference(a, b, c));
      }),
      { numRuns: 5_000 },
    );
  });
});
