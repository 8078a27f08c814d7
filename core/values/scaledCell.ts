import type { CellValue } from "./cellValue";
import type { Dec } from "./decimal";
import type { Parsed } from "./parsed";
import { fail, ok } from "./parsed";
import { parseMoneyCell } from "./moneyCell";
import { parseQuantityCell } from "./quantityCell";
import { toScaled } from "./scaled";
import { cellParamText } from "./numberText";

/** Money as whole fen (分): exact integer arithmetic inside, decimal strings at the edges. */
export type Fen = number;

/** A quantity as whole ten-thousandths of its unit (2.5 kg is 25000): quantities keep up to 4 decimals. */
export type QtyE4 = number;

/** Decimal places of each scaled kind. */
export const FEN_PLACES = 2;
/** Decimal places kept for quantities. */
export const QTY_PLACES = 4;

/**
 * A number cell as a whole count of 10^-places units when the stored double is exactly the nearest double
 * to such a value (a typed `12.34` is; `0.1+0.2` or `12.345` are not) - the fast, exact path; else undefined.
 */
export function quickScaled(v: CellValue, places: number): number | undefined {
  if (typeof v !== "number") return undefined;
  const factor = places === FEN_PLACES ? 100 : 10_000;
  const scaled = Math.round(v * factor);
  return Number.isSafeInteger(scaled) && scaled / factor === v ? (scaled === 0 ? 0 : scaled) : undefined;
}

function scaledCell(
  v: CellValue,
  places: number,
  slow: (v: CellValue) => Parsed<Dec | null>,
): Parsed<number | null> {
  const quick = quickScaled(v, places);
  if (quick !== undefined) return ok(quick);
  const parsed = slow(v);
  if (!parsed.ok || parsed.value === null) return parsed as Parsed<null>;
  const scaled = toScaled(parsed.value, places);
  if (scaled === null) return fail("value_too_large", { value: cellParamText(v) });
  return parsed.warning ? ok(scaled, parsed.warning) : ok(scaled);
}

/**
 * A money cell as whole fen: every form `parseMoneyCell` reads (more than 2 decimals rounded half-up with a
 * warning), or `value_too_large` beyond exact integers. @example parseFenCell("¥1,234.50") gives 123450
 */
export function parseFenCell(v: CellValue): Parsed<Fen | null> {
  return scaledCell(v, FEN_PLACES, parseMoneyCell);
}

/**
 * A quantity cell as whole ten-thousandths: every form `parseQuantityCell` reads (more than 4 decimals rounded
 * half-up with a warning), or `value_too_large` beyond exact integers. @example parseQtyCell("2.5") gives 25000
 */
export function parseQtyCell(v: CellValue): Parsed<QtyE4 | null> {
  return scaledCell(v, QTY_PLACES, parseQuantityCell);
}
