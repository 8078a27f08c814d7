import { Dec } from "./decimal";

/** Money as text with exactly 2 decimals, rounded half-up; never `-0.00`. @example formatMoney(new Dec("1.005")) === "1.01" */
export function formatMoney(d: Dec): string {
  return fixed(d, 2);
}

/**
 * A quantity as text with at most 4 decimals (half-up), no trailing zeros or point, never in exponent form.
 * @example formatQuantity(new Dec("2.50000")) === "2.5"
 */
export function formatQuantity(d: Dec): string {
  const rounded = d.toDecimalPlaces(4, Dec.ROUND_HALF_UP);
  return rounded.isZero() ? "0" : rounded.toFixed();
}

/** A rate (a fraction) as text with exactly 4 decimals, half-up. @example formatRate(new Dec("0.95")) === "0.9500" */
export function formatRate(d: Dec): string {
  return fixed(d, 4);
}

/** Money as whole fen (分), rounded half-up; throws RangeError beyond the safe integers. */
export function moneyToFen(d: Dec): number {
  const fen = d.times(100).toDecimalPlaces(0, Dec.ROUND_HALF_UP);
  const n = fen.isZero() ? 0 : fen.toNumber();
  if (!Number.isSafeInteger(n)) throw new RangeError(`moneyToFen: ${d.toString()} yuan is beyond exact fen`);
  return n;
}

/** Whole fen as money text, exact by integer arithmetic. @example fenToMoney(-5) === "-0.05" */
export function fenToMoney(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`fenToMoney: ${String(fen)} is not a safe integer`);
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = abs - yuan * 100;
  return `${fen < 0 ? "-" : ""}${String(yuan)}.${String(cents).padStart(2, "0")}`;
}

function fixed(d: Dec, places: number): string {
  const rounded = d.toDecimalPlaces(places, Dec.ROUND_HALF_UP);
  return (rounded.isZero() ? new Dec(0) : rounded).toFixed(places);
}
