import { Dec } from "./decimal";

/** Decimal places a computed rate keeps (so a sheet's `0.00%` shows exactly the report's figure). */
const PLACES = 4;

/**
 * A rate: part / base as a fraction rounded half-up (四舍五入) to 4 decimals, exact; null when the base is zero
 * (never 0%, never a division by zero). @example rateOf(1, 3)?.toString() === "0.3333"
 */
export function rateOf(part: number, base: number): Dec | null {
  return base === 0 ? null : new Dec(part).div(base).toDecimalPlaces(PLACES, Dec.ROUND_HALF_UP);
}

/**
 * A rate as the JSON report keeps it: the fraction with exactly 4 decimals, half-up, never `-0.0000`; null
 * stays null. @example rateText(new Dec("0.95")) === "0.9500"
 */
export function rateText(rate: Dec | null): string | null {
  if (rate === null) return null;
  const rounded = rate.toDecimalPlaces(PLACES, Dec.ROUND_HALF_UP);
  return (rounded.isZero() ? new Dec(0) : rounded).toFixed(PLACES);
}

/**
 * A report's rate text as a summary line shows it: a percentage with 2 decimals, or `—` for a rate with no
 * base. @example percentOf("0.8499") === "84.99%"
 */
export function percentOf(rateText: string | null): string {
  return rateText === null ? "—" : `${new Dec(rateText).times(100).toFixed(2)}%`;
}

/** A report's rate text as the fraction a chart plots. @example rateNumber("0.8499") === 0.8499 */
export function rateNumber(rateText: string): number {
  return Number(rateText);
}
