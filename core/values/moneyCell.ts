import type { CellValue } from "./cellValue";
import { Dec } from "./decimal";
import { cellParamText, readNumberCell } from "./numberText";
import { ok } from "./parsed";
import type { Parsed } from "./parsed";

const MONEY_PLACES = 2;

/**
 * A money cell (CNY): exact; more than 2 decimals are rounded half-up (四舍五入) to 2 with a
 * `too_many_decimals` warning. @example parseMoneyCell("¥1,234.50") gives 1234.5
 */
export function parseMoneyCell(v: CellValue): Parsed<Dec | null> {
  const read = readNumberCell(v);
  if (!read.ok || read.value === null || read.value.decimalPlaces() <= MONEY_PLACES) return read;
  return ok(read.value.toDecimalPlaces(MONEY_PLACES, Dec.ROUND_HALF_UP), {
    code: "too_many_decimals",
    params: { value: cellParamText(v), places: MONEY_PLACES },
  });
}
