import type { CellValue } from "../../core/index";

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in the 1900 date system, as ExcelJS counts it. */
const UNIX_EPOCH_SERIAL = 25_569;
/** Days between the 1900 and the 1904 date systems. */
const DAYS_1904 = 1_462;

/**
 * One ExcelJS cell value as Office.js `Range.values` gives it: dates back to serial numbers, rich text and
 * hyperlinks as their text, formulas (plain, shared, array) as their cached result, errors as their text.
 */
export function toCellValue(value: unknown, date1904: boolean): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value : null;
  if (value instanceof Date) return excelSerial(value, date1904);
  if (typeof value !== "object") return null;
  if ("formula" in value || "sharedFormula" in value) {
    return "result" in value ? toCellValue(value.result, date1904) : null;
  }
  if ("error" in value) return typeof value.error === "string" ? value.error : null;
  if ("richText" in value) return richTextOf(value.richText);
  if ("hyperlink" in value && "text" in value) return toCellValue(value.text, date1904);
  return null;
}

/**
 * The Excel serial number of a date ExcelJS made from one (the exact inverse of ExcelJS's `excelToDate`, so a
 * whole-day serial comes back exactly; times keep millisecond precision).
 * @example excelSerial(new Date(Date.UTC(2026, 0, 5)), false) === 46027
 */
export function excelSerial(date: Date, date1904: boolean): number {
  return date.getTime() / MS_PER_DAY + UNIX_EPOCH_SERIAL - (date1904 ? DAYS_1904 : 0);
}

function richTextOf(runs: unknown): string {
  if (!Array.isArray(runs)) return "";
  return runs
    .map((run: unknown) => (typeof run === "object" && run !== null && "text" in run ? String(run.text) : ""))
    .join("");
}
