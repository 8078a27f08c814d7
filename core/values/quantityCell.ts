import type { CellValue } from "./cellValue";
import { Dec } from "./decimal";
import { cellParamText, readNumberCell } from "./numberText";
import { ok } from "./parsed";
import type { Parsed } from "./parsed";

const QUANTITY_PLACES = 4;

/**
 * A quantity cell (2.5 kg): up to 4 decimals kept; more are rounded half-up to 4 with a
 * `too_many_decimals` warning.
 */
export function parseQuantityCell(v: CellValue): Parsed<Dec | null> {
  const read = readNumberCell(v);
  if (!read.ok || read.value === null || read.value.decimalPlaces() <= QUANTITY_PLACES) return read;
  return ok(read.value.toDecimalPlaces(QUANTITY_PLACES, Dec.ROUND_HALF_UP), {
    code: "too_many_decimals",
    params: { value: cellParamText(v), places: QUANTITY_PLACES },
  });
}
