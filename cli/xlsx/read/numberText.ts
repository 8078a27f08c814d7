/** Powers of ten a double holds exactly. */
const EXACT_POWERS = Array.from({ length: 23 }, (_, i) => 10 ** i);
/** Digits whose integer a double holds exactly (below 2^53). */
const MAX_EXACT_DIGITS = 15;

/**
 * A number written in bytes as `parseFloat` would read it (NaN when it reads none). Plain decimals of up to
 * 15 digits are computed from the bytes as `digits / 10^k`, one correctly rounded division, so exactly what
 * `parseFloat` gives; anything else (exponents, longer digits, spaces) goes through `parseFloat`.
 * @example numberText(Buffer.from("-12.5"), 0, 5) === -12.5
 */
export function numberText(bytes: Uint8Array, start: number, end: number): number {
  let p = start;
  const negative = bytes[p] === 0x2d;
  if (negative) p++;
  let digits = 0;
  let mantissa = 0;
  let fraction = -1;
  for (; p < end; p++) {
    const byte = bytes[p] ?? 0;
    if (byte >= 0x30 && byte <= 0x39) {
      mantissa = mantissa * 10 + byte - 0x30;
      digits++;
      if (fraction >= 0) fraction++;
    } else if (byte === 0x2e && fraction < 0) fraction = 0;
    else break;
  }
  if (p < end || digits === 0 || digits > MAX_EXACT_DIGITS)
    return parseFloat(Buffer.from(bytes.buffer, bytes.byteOffset + start, end - start).toString("latin1"));
  const value = fraction > 0 ? mantissa / (EXACT_POWERS[fraction] ?? 1) : mantissa;
  return negative ? -value : value;
}
