import type { CellValue } from "./cellValue";
import { Dec } from "./decimal";
import { excelErrorOf } from "./cellError";
import { cellParamText, decFromNumber, decFromText } from "./numberText";
import { fail, ok } from "./parsed";
import type { Parsed } from "./parsed";

/** A text ending in `%`, and what comes before it (trimmed by the number reader). */
const PERCENT = /^(.*)%$/su;
const ONE = new Dec(1);

/**
 * A rate as a fraction from 0 to 1: numbers as Excel keeps them (95% is 0.95), text `95%` / `９５％` -> 0.95.
 * A number above 1 without `%` is `rate_out_of_range`, never read as a percentage; so is anything below 0
 * or above 100%. @example parseRateCell("95%") gives 0.95
 */
export function parseRateCell(v: CellValue): Parsed<Dec | null> {
  if (v === null) return ok(null);
  const error = excelErrorOf(v);
  if (error !== null) return fail("cell_error", { value: error });
  const value = cellParamText(v);
  let rate: Dec | null = null;
  if (typeof v === "number") rate = decFromNumber(v);
  else if (typeof v === "string") {
    const text = v.normalize("NFKC").trim();
    if (text === "") return ok(null);
    const percent = PERCENT.exec(text);
    rate =
      percent === null ? decFromText(text, false) : (decFromText(percent[1] ?? "", false)?.div(100) ?? null);
  }
  if (rate === null) return fail("not_a_rate", { value });
  if (rate.isNegative() || rate.greaterThan(ONE)) return fail("rate_out_of_range", { value });
  return ok(rate);
}
