import type { CellValue } from "./cellValue";
import { excelErrorOf } from "./cellError";
import { cellParamText, decFromNumber } from "./numberText";
import { fail, ok } from "./parsed";
import type { Parsed } from "./parsed";

/**
 * A text cell, trimmed; null when empty. Numbers become their shortest text under the 15-significant-digit
 * rule (a unit number 1001 stays "1001"), booleans "TRUE"/"FALSE"; longer than `maxLength` characters is
 * `text_too_long`. @example parseTextCell(1001) gives "1001"
 */
export function parseTextCell(v: CellValue, maxLength = 500): Parsed<string | null> {
  if (v === null) return ok(null);
  const error = excelErrorOf(v);
  if (error !== null) return fail("cell_error", { value: error });
  if (typeof v === "number" && decFromNumber(v) === null) return fail("not_a_number", { value: String(v) });
  const text = (typeof v === "string" ? v : cellParamText(v)).trim();
  if (text === "") return ok(null);
  if (text.length <= maxLength) return ok(text);
  const length = [...text].length;
  if (length > maxLength) return fail("text_too_long", { length, max: maxLength });
  return ok(text);
}
