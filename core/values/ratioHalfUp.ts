/**
 * Up to this size a product is exact in a double, and so is the quick division: the quotient's rounding error
 * (at most q x 2^-53) is smaller than its distance to the next whole number (at least 1/m >= q / 2^52), so
 * floor(n / m) is the true whole quotient and n - q x m the true remainder.
 */
const EXACT = 2 ** 52;

/**
 * a x b / c rounded half-up (away from zero) to a whole number, exactly, for whole numbers a, b and c (c not 0):
 * in doubles while the product is small enough to be exact, else in BigInt. @example ratioHalfUp(3, 5, 2) === 8
 */
export function ratioHalfUp(a: number, b: number, c: number): number {
  const product = a * b;
  if (Math.abs(product) <= EXACT && Math.abs(c) <= EXACT) {
    const n = Math.abs(product);
    const m = Math.abs(c);
    let q = Math.floor(n / m);
    if ((n - q * m) * 2 >= m) q += 1;
    const result = product < 0 !== c < 0 ? -q : q;
    return result === 0 ? 0 : result;
  }
  const num = BigInt(a) * BigInt(b);
  const den = BigInt(c);
  const negative = num < 0n !== den < 0n;
  const n = num < 0n ? -num : num;
  const m = den < 0n ? -den : den;
  let q = n / m;
  if ((n % m) * 2n >= m) q += 1n;
  const result = Number(negative ? -q : q);
  return result === 0 ? 0 : result;
}
