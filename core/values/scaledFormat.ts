import { Dec } from "./decimal";
import { fenToMoney } from "./format";
import { fromScaled, toScaled } from "./scaled";
import type { Fen, QtyE4 } from "./scaledCell";

/** Fen as an exact decimal. @example fenToDec(123450).toString() === "1234.5" */
export function fenToDec(fen: Fen): Dec {
  return fromScaled(fen, 2);
}

/** Ten-thousandths as an exact decimal quantity. @example qtyToDec(25000).toString() === "2.5" */
export function qtyToDec(qty: QtyE4): Dec {
  return fromScaled(qty, 4);
}

/** A quantity as text: at most 4 decimals, no trailing zeros. @example formatQty(25000) === "2.5" */
export function formatQty(qty: QtyE4): string {
  if (!Number.isSafeInteger(qty)) throw new RangeError(`formatQty: ${String(qty)} is not a safe integer`);
  if (qty % 10_000 === 0) return String(qty / 10_000);
  const abs = Math.abs(qty);
  const whole = Math.floor(abs / 10_000);
  const frac = String(abs - whole * 10_000)
    .padStart(4, "0")
    .replace(/0+$/, "");
  return `${qty < 0 ? "-" : ""}${String(whole)}${frac ? `.${frac}` : ""}`;
}

/** Fen as money text with two decimals (the same as fenToMoney). @example formatFen(5) === "0.05" */
export const formatFen: (fen: Fen) => string = fenToMoney;

/** A quantity (ten-thousandths) as the nearest double, for a spreadsheet cell. */
export function qtyToNumber(qty: QtyE4): number {
  return qty / 10_000;
}

/** Fen as the nearest double to the yuan amount, for a spreadsheet cell. */
export function fenToNumber(fen: Fen): number {
  return fen / 100;
}

/**
 * quantity x unit price rounded half-up to the fen, exactly: integer arithmetic when it fits, decimal otherwise.
 * @example lineAmountFen(25000, new Dec("3.35")) === 838
 */
export function lineAmountFen(qty: QtyE4, price: Dec): Fen {
  const priceE4 = toScaled(price, 4);
  const product = priceE4 === null ? NaN : qty * priceE4;
  if (Number.isSafeInteger(product)) {
    const abs = Math.abs(product);
    const rest = abs % 1_000_000;
    const fen = (abs - rest) / 1_000_000 + (rest >= 500_000 ? 1 : 0);
    return product < 0 && fen !== 0 ? -fen : fen;
  }
  const exact = qtyToDec(qty).times(price).toDecimalPlaces(2, Dec.ROUND_HALF_UP).times(100).toNumber();
  return exact === 0 ? 0 : exact;
}
