import type { CellValue } from "../../../table/sheetData";
import { isDateNumberFormat } from "../../../values/dateFormat";
import { excelSerialToIso } from "../../../values/excelSerial";

/** One end of a billing period as written: a month or a day, its year null when the text leaves it out (`10月`). */
export interface PeriodPoint {
  readonly year: number | null;
  readonly month: number;
  readonly day: number | null;
}

const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const YEAR_MONTH = /^(\d{4})(?:[-/.](\d{1,2})|年(\d{1,2})(?:月份?)?|(\d{2}))$/u;
const YEAR_MONTH_DAY =
  /^(\d{4})(?:([-/.])(\d{1,2})\2(\d{1,2})|年(\d{1,2})月(\d{1,2})[日号號]?|(\d{2})(\d{2}))$/u;
const MONTH = /^(\d{1,2})(?:月份?)?$/u;
const MONTH_DAY = /^(\d{1,2})(?:月(\d{1,2})[日号號]?|[/.](\d{1,2}))$/u;
/** Quoted literals, locale tags and escaped characters of a number format, which show no date part. */
const FORMAT_LITERALS = /"[^"]*"|\[[^[\]]*\]|\\./gu;

/** Folds a period's text for reading: NFKC (full-width digits, `～`, `－`), no spaces. */
export function foldPeriodText(text: string): string {
  return text.normalize("NFKC").replace(/\s+/gu, "");
}

/**
 * One end of a billing period from text: a month (`2026-09`, `2026/9`, `2026.09`, `2026年9月`, `2026年9`,
 * `202609`), a day (`2026-08-21`, `2026.8.21`, `2026年8月21日`, `20260821`), or either without its year
 * (`9月`, `9`, `8月21日`, `8.21`); null for anything else. A year-less `8-21` is not a day: `9-10` is a
 * range of months. @example parsePeriodPoint("2026年9") gives { year: 2026, month: 9, day: null }
 */
export function parsePeriodPoint(text: string): PeriodPoint | null {
  const s = foldPeriodText(text);
  const ym = YEAR_MONTH.exec(s);
  if (ym !== null) return point(Number(ym[1]), Number(ym[2] ?? ym[3] ?? ym[4]), null);
  const ymd = YEAR_MONTH_DAY.exec(s);
  if (ymd !== null)
    return point(Number(ymd[1]), Number(ymd[3] ?? ymd[5] ?? ymd[7]), Number(ymd[4] ?? ymd[6] ?? ymd[8]));
  const m = MONTH.exec(s);
  if (m !== null) return point(null, Number(m[1]), null);
  const md = MONTH_DAY.exec(s);
  if (md !== null) return point(null, Number(md[1]), Number(md[2] ?? md[3]));
  return null;
}

/**
 * One end of a billing period from a cell: text as {@link parsePeriodPoint}; a number as a year-less month
 * (1-12, not shown as a date), `yyyymm`, `yyyymmdd` or an Excel serial, which is a month when its number
 * format shows no day (`yyyy-mm`, `mmm-yy`: Excel turns a typed `2026-09` into the serial of its first
 * day) and a day otherwise.
 */
export function periodPointOfCell(
  value: CellValue,
  numberFormat: string | undefined,
  date1904: boolean,
): PeriodPoint | null {
  if (typeof value === "string") return parsePeriodPoint(value);
  if (typeof value !== "number") return null;
  const dateFormat = numberFormat !== undefined && isDateNumberFormat(numberFormat);
  if (Number.isInteger(value)) {
    if (!dateFormat && value >= 1 && value <= 12) return point(null, value, null);
    const digits = String(value);
    if (/^\d{6}$/u.test(digits) || /^\d{8}$/u.test(digits)) {
      const read = parsePeriodPoint(digits);
      if (read !== null) return read;
    }
  }
  const date = excelSerialToIso(value, date1904);
  if (!date.ok) return null;
  const [year, month, day] = date.value.split("-").map(Number) as [number, number, number];
  const monthOnly = dateFormat && !/d/iu.test(numberFormat.replace(FORMAT_LITERALS, ""));
  return point(year, month, monthOnly ? null : day);
}

function point(year: number | null, month: number, day: number | null): PeriodPoint | null {
  if (year !== null && (year < FIRST_YEAR || year > LAST_YEAR)) return null;
  if (month < 1 || month > 12 || (day !== null && (day < 1 || day > 31))) return null;
  return { year, month, day };
}
