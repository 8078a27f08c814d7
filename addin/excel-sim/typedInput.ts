import { isoToExcelSerial, type CellValue } from "../../core/index";

/** What a cell holds after a string is written to it: a constant, or a formula (with its leading `=`). */
export type Entered = { value: Exclude<CellValue, null> } | { formula: string };

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;

/**
 * How Excel takes a string written through `Range.values` or `Range.formulas`, like typed input: a leading
 * apostrophe keeps the rest as text; `=...` is a formula; in a Text (`@`) cell everything else is text; else
 * numbers (`1,234.5`, `-3`, `1e3`, `50%`), `TRUE`/`FALSE` and year-first dates (`2027-01-05`, `2027/1/5`)
 * become numbers, booleans and date serials. (Excel also reads locale-dependent forms such as `1/5` or
 * `5-Jan`; the simulator does not.)
 */
export function typedInput(text: string, numberFormat: string, date1904: boolean): Entered {
  if (text.startsWith("'")) return { value: text.slice(1) };
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  if (numberFormat === "@") return { value: text };
  const trimmed = text.trim();
  const percent = trimmed.endsWith("%");
  const numeric = percent ? trimmed.slice(0, -1) : trimmed;
  if (numeric !== "" && /\d/.test(numeric) && NUMBER.test(numeric)) {
    const n = Number(numeric.replace(/,/g, ""));
    if (Number.isFinite(n)) return { value: percent ? n / 100 : n };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  const date = ISO_DATE.exec(trimmed);
  if (date) {
    const iso = `${date[1]}-${(date[2] ?? "").padStart(2, "0")}-${(date[3] ?? "").padStart(2, "0")}`;
    try {
      return { value: isoToExcelSerial(iso, date1904) };
    } catch {
      return { value: text };
    }
  }
  return { value: text };
}
