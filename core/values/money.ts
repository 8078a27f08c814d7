import type { CellValue } from "./cellValue";
import { Dec } from "./decimal";
import type { Parsed } from "./parsed";
import type { QtyE4 } from "./quantity";
import { ratioHalfUp } from "./ratioHalfUp";
import { parseScaledCell, quickScaled, toScaled } from "./scaled";

/**
 * Money (CNY) as a whole count of fen (分), a safe integer: added exactly in integer arithmetic, never a float
 * total. Made only by this module - a cell read ({@link parseFenCell}), {@link fen} for an exact count, the
 * sums, a line amount or a valuation rounded half-up - and shown through {@link fenText} (report and issue
 * text) and {@link fenNumber} (a cell's number). The brand keeps a quantity or a bare number from passing as
 * money.
 */
export type Fen = number & { readonly __unit: "fen" };

/** Decimal places of money. */
const PLACES = 2;
/** Fen per yuan. */
const PER_YUAN = 100;

/** No money. */
export const ZERO_FEN = 0 as Fen;

/**
 * The first amount beyond what a cell or a line may hold, in fen: 10^12 yuan, the first amount 大写 cannot write. A
 * barcode pasted into 单价 or 金额 is beyond it (`value_too_large`); any sum of amounts below it stays far below
 * 2^53 fen as long as a run's amounts add up below `RUN_SUM_LIMIT` (core/table/exactSums.ts).
 */
export const MONEY_LIMIT_FEN = 10 ** 14;

/**
 * An exact whole count of fen as money; a RangeError for anything else (a fraction, NaN, beyond the safe
 * integers). @example fen(123450) is 1234.50 yuan
 */
export function fen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new RangeError(`fen: ${String(n)} is not a whole count of fen`);
  return n as Fen;
}

/**
 * a + b. The sums are not checked, so hot loops stay plain additions; amounts a sheet can hold add up far below
 * 2^53 fen, and {@link fenText} refuses a sum beyond exact integers where it leaves the core.
 */
export function addFen(a: Fen, b: Fen): Fen {
  return (a + b) as Fen;
}

/** a - b. */
export function minusFen(a: Fen, b: Fen): Fen {
  return (a - b) as Fen;
}

/** -a. */
export function negFen(a: Fen): Fen {
  return -a as Fen;
}

/** The smaller of a and b. */
export function minFen(a: Fen, b: Fen): Fen {
  return Math.min(a, b) as Fen;
}

/** The sum of the amounts (0 for none). */
export function sumFen(amounts: Iterable<Fen>): Fen {
  let sum = 0;
  for (const a of amounts) sum += a;
  return sum as Fen;
}

/**
 * Fen held in a typed column (an allocation's parts, what each charge received): a Float64Array whose every
 * element is a whole count of fen.
 */
export interface FenArray extends Float64Array<ArrayBuffer> {
  [index: number]: Fen;
  subarray(begin?: number, end?: number): FenArray;
}

/** A column of `length` amounts, all 0. */
export function fenArray(length: number): FenArray {
  return new Float64Array(length) as FenArray;
}

/**
 * Money as report text (the JSON report, issue messages, summaries): exactly two decimals, exact by integer
 * arithmetic, never `-0.00`; a RangeError when the value is not a safe integer. @example fenText(fen(-5)) === "-0.05"
 */
export function fenText(amount: Fen): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`fenText: ${String(amount)} is not a safe integer`);
  const abs = Math.abs(amount);
  const yuan = Math.floor(abs / PER_YUAN);
  const cents = abs - yuan * PER_YUAN;
  return `${amount < 0 ? "-" : ""}${String(yuan)}.${String(cents).padStart(PLACES, "0")}`;
}

const MONEY_TEXT = /^(-?)(\d+)\.(\d\d)$/u;

/**
 * Report text made by {@link fenText} back as money, exactly: for a summary or chart that sees only the
 * report. A RangeError for any other text. @example fenFromText("-1234.50") is -123450 fen
 */
export function fenFromText(text: string): Fen {
  const m = MONEY_TEXT.exec(text);
  const n = m === null ? NaN : Number(m[2]) * PER_YUAN + Number(m[3]);
  if (!Number.isSafeInteger(n))
    throw new RangeError(`fenFromText: ${JSON.stringify(text)} is not money text`);
  return (m?.[1] === "-" && n !== 0 ? -n : n) as Fen;
}

/** Money as a spreadsheet cell's number: the nearest double to the yuan amount. @example fenNumber(fen(123450)) === 1234.5 */
export function fenNumber(amount: Fen): number {
  return amount / PER_YUAN;
}

/**
 * A line amount: quantity x unit price rounded half-up (四舍五入) to the fen, exactly - integer arithmetic
 * when it fits, decimals otherwise; null when it reaches {@link MONEY_LIMIT_FEN} (a barcode typed as a price).
 * @example lineAmount(qtyE4(25000), new Dec("3.35")) is 838 fen
 */
export function lineAmount(quantity: QtyE4, unitPrice: Dec): Fen | null {
  const priceE4 = toScaled(unitPrice, 4);
  const product = priceE4 === null ? NaN : quantity * priceE4;
  if (Number.isSafeInteger(product)) {
    const abs = Math.abs(product);
    const rest = abs % 1_000_000;
    const whole = (abs - rest) / 1_000_000 + (rest >= 500_000 ? 1 : 0);
    if (whole >= MONEY_LIMIT_FEN) return null;
    return (product < 0 && whole !== 0 ? -whole : whole) as Fen;
  }
  const exact = new Dec(quantity)
    .div(10_000)
    .times(unitPrice)
    .toDecimalPlaces(PLACES, Dec.ROUND_HALF_UP)
    .times(PER_YUAN);
  if (exact.abs().gte(MONEY_LIMIT_FEN)) return null;
  const n = exact.toNumber();
  return (n === 0 ? 0 : n) as Fen;
}

/**
 * Money times an exact fraction (a rate), rounded half-up to the fen. @example fenAtRate(fen(1001), new Dec("0.5")) is 501 fen
 */
export function fenAtRate(amount: Fen, rate: Dec): Fen {
  const n = rate.times(amount).toDecimalPlaces(0, Dec.ROUND_HALF_UP).toNumber();
  return fen(n === 0 ? 0 : n);
}

/**
 * The value of `quantity` at the average cost of `totalQuantity` worth `totalValue`: quantity x totalValue /
 * totalQuantity rounded half-up to the fen, exactly (the monthly weighted average); null when it reaches
 * {@link MONEY_LIMIT_FEN} (far more issued or counted than the stock held). @example
 * valueAtAverageCost(qtyE4(10000), fen(1000), qtyE4(30000)) is 333 fen
 */
export function valueAtAverageCost(quantity: QtyE4, totalValue: Fen, totalQuantity: QtyE4): Fen | null {
  const value = ratioHalfUp(quantity, totalValue, totalQuantity);
  return Math.abs(value) < MONEY_LIMIT_FEN ? (value as Fen) : null;
}

/**
 * The exact unit price (yuan per unit) of `amount` for `quantity`, all its digits kept (a price or an average
 * unit cost is not a whole count of fen). @example unitPriceOf(fen(7650), qtyE4(30000)).toString() === "25.5"
 */
export function unitPriceOf(amount: Fen, quantity: QtyE4): Dec {
  return new Dec(amount).times(PER_YUAN).div(quantity);
}

/**
 * A number cell that is exactly a whole count of fen below {@link MONEY_LIMIT_FEN} (the stored double is the
 * nearest one to such a value: a typed `12.34` is, `0.1+0.2` or `12.345` are not) - the table reader's quick,
 * exact path; else undefined.
 */
export function quickFen(v: CellValue): Fen | undefined {
  return quickScaled(v, PLACES, MONEY_LIMIT_FEN) as Fen | undefined;
}

/**
 * A money cell as fen: every form a cell may hold (`¥1,234.50`, `1234.5元`, `RMB 12`, `(12.00)`, full-width
 * digits); more than 2 decimals are rounded half-up to the fen with a `too_many_decimals` warning;
 * `value_too_large` from {@link MONEY_LIMIT_FEN} in magnitude. @example parseFenCell("¥1,234.50") gives 123450
 */
export function parseFenCell(v: CellValue): Parsed<Fen | null> {
  return parseScaledCell(v, PLACES, MONEY_LIMIT_FEN) as Parsed<Fen | null>;
}
