import type { CellValue } from "./cellValue";
import type { Parsed } from "./parsed";
import { parseScaledCell, quickScaled } from "./scaled";

/**
 * A quantity as a whole count of ten-thousandths of its unit (2.5 kg is 25000): quantities keep up to four
 * decimals and are summed exactly as integers. Made only by this module (a cell read, {@link qtyE4}, the sums);
 * shown through {@link qtyText} and {@link qtyNumber}. The brand keeps money or a bare number from passing as
 * a quantity.
 */
export type QtyE4 = number & { readonly __unit: "qtyE4" };

/** Decimal places a quantity keeps. */
const PLACES = 4;
/** Ten-thousandths per unit. */
const PER_UNIT = 10_000;

/** No quantity. */
export const ZERO_QTY = 0 as QtyE4;

/**
 * The first quantity beyond what a cell may hold, in ten-thousandths: 10^10 units, more than any office counts (a
 * barcode typed as a quantity is beyond it: `value_too_large`).
 */
export const QTY_LIMIT_E4 = 10 ** 14;

/**
 * An exact whole count of ten-thousandths as a quantity; a RangeError for anything else (a fraction, NaN,
 * beyond the safe integers). @example qtyE4(25000) is 2.5 units
 */
export function qtyE4(n: number): QtyE4 {
  if (!Number.isSafeInteger(n))
    throw new RangeError(`qtyE4: ${String(n)} is not a whole count of ten-thousandths`);
  return n as QtyE4;
}

/** a + b. */
export function addQty(a: QtyE4, b: QtyE4): QtyE4 {
  return (a + b) as QtyE4;
}

/** a - b. */
export function minusQty(a: QtyE4, b: QtyE4): QtyE4 {
  return (a - b) as QtyE4;
}

/** |q|. */
export function absQty(q: QtyE4): QtyE4 {
  return Math.abs(q) as QtyE4;
}

/** The sum of the quantities (0 for none). */
export function sumQty(quantities: Iterable<QtyE4>): QtyE4 {
  let sum = 0;
  for (const q of quantities) sum += q;
  return sum as QtyE4;
}

/** A quantity as report text: at most 4 decimals, no trailing zeros or point. @example qtyText(qtyE4(25000)) === "2.5" */
export function qtyText(qty: QtyE4): string {
  if (!Number.isSafeInteger(qty)) throw new RangeError(`qtyText: ${String(qty)} is not a safe integer`);
  if (qty % PER_UNIT === 0) return String(qty / PER_UNIT);
  const abs = Math.abs(qty);
  const whole = Math.floor(abs / PER_UNIT);
  const frac = String(abs - whole * PER_UNIT)
    .padStart(PLACES, "0")
    .replace(/(?<!0)0+$/, "");
  return `${qty < 0 ? "-" : ""}${String(whole)}${frac ? `.${frac}` : ""}`;
}

/** A quantity as a spreadsheet cell's number: the nearest double to it. @example qtyNumber(qtyE4(25000)) === 2.5 */
export function qtyNumber(qty: QtyE4): number {
  return qty / PER_UNIT;
}

/**
 * A number cell that is exactly a whole count of ten-thousandths below {@link QTY_LIMIT_E4} (the stored double is
 * the nearest one to such a value: a typed `2.5` is, `0.1+0.2` or `1.23456` are not) - the table reader's quick,
 * exact path; else undefined.
 */
export function quickQty(v: CellValue): QtyE4 | undefined {
  return quickScaled(v, PLACES, QTY_LIMIT_E4) as QtyE4 | undefined;
}

/**
 * A quantity cell (2.5 kg): every number form a cell may hold (`1,000`, `１２`, `(3)`); more than 4 decimals
 * are rounded half-up to 4 with a `too_many_decimals` warning; `value_too_large` from {@link QTY_LIMIT_E4} in
 * magnitude.
 * @example parseQtyCell("2.5") gives 25000
 */
export function parseQtyCell(v: CellValue): Parsed<QtyE4 | null> {
  return parseScaledCell(v, PLACES, QTY_LIMIT_E4) as Parsed<QtyE4 | null>;
}
