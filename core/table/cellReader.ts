import type { ColumnSpec } from "./declaration";
import type { CellValue } from "./sheetData";
import { fail, type Parsed } from "../values/parsed";
import { parseTextCell } from "../values/textCell";
import { memoize } from "../values/memo";
import { isTrimSpace } from "../values/trim";
import { excelSerialToIso } from "../values/excelSerial";
import { parseFenCell } from "../values/money";
import { parseQtyCell } from "../values/quantity";
import { parseDecimalCell } from "../values/decimalCell";
import { parseRateCell } from "../values/rateCell";
import {
  parseDateCell,
  parseYearlessDate,
  yearResolver,
  type YearlessRead,
  type YearResolver,
} from "../values/dateCell";
import { parseMonthCell, parseYearlessMonth } from "../values/monthCell";
import { timeCellReader, type TimeCellReader } from "../values/moment";

/** Reads one cell of a declared column into its typed value (or a problem). */
export type CellReader = (value: CellValue, numberFormat: string | undefined) => Parsed<unknown>;

/** How the common, clean cells of a column are read in place, without a call or a result object. */
export type QuickKind =
  | typeof QUICK_NONE
  | typeof QUICK_TEXT
  | typeof QUICK_DATE
  | typeof QUICK_MONTH
  | typeof QUICK_FEN
  | typeof QUICK_QTY
  | typeof QUICK_DECIMAL
  | typeof QUICK_WORDS
  | typeof QUICK_TIME;
/** Every cell goes to the full {@link CellReader}. */
export const QUICK_NONE = 0;
/** Plain text: neither empty nor padded, not an error value (#...), within the column's length. */
export const QUICK_TEXT = 1;
/** A whole-day serial of the 1900 date system. */
export const QUICK_DATE = 2;
/** A whole-day serial of the 1900 date system, read as its month. */
export const QUICK_MONTH = 3;
/** A number that is exactly a whole count of fen. */
export const QUICK_FEN = 4;
/** A number that is exactly a whole count of ten-thousandths. */
export const QUICK_QTY = 5;
/** A finite number, as the exact decimal Excel shows for it. */
export const QUICK_DECIMAL = 6;
/**
 * An amount in Chinese words (大写) that its money column's figures, when the row has them, equal; when it has
 * none, within the column's limit (the words column of a money column; see `core/table/wordsColumn.ts`).
 */
export const QUICK_WORDS = 7;
/** A time column's plain text or number, read by its {@link TimeCellReader} (texts remembered). */
export const QUICK_TIME = 8;

/** A whole-day serial of the 1900 system after Excel's fictitious 1900-02-29 and before 9999-12-31. */
export function isPlainSerial(v: CellValue): v is number {
  return typeof v === "number" && Number.isInteger(v) && v > 60 && v <= 2_958_465;
}

/** The ISO date of a plain 1900-system serial; dates repeat a lot in a sheet, so they are remembered. */
export const serialToIso = memoize((serial: number): string => {
  const parsed = excelSerialToIso(serial, false);
  return parsed.ok ? parsed.value : "";
});

/** The month of a plain 1900-system serial, remembered too: one string per month, not one per cell. */
export const serialToMonth = memoize((serial: number): string => serialToIso(serial).slice(0, 7));

/** True for text a text column reads as it is: not empty, no white space at either end, no leading #, within `max`. */
export function isPlainText(text: string, max: number): boolean {
  return (
    text.length > 0 &&
    text.length <= max &&
    text.charCodeAt(0) !== 35 &&
    isInk(text.charCodeAt(0)) &&
    isInk(text.charCodeAt(text.length - 1))
  );
}

/** True for a character that is no white space: printable ASCII and CJK answered without a call. */
function isInk(code: number): boolean {
  return (code > 0x20 && code < 0x7f) || (code > 0x3000 && code !== 0xfeff) || !isTrimSpace(code);
}

/** The quick kind of a column's value type (dates only in the 1900 date system). */
export function quickKindOf(column: ColumnSpec, date1904 = false): QuickKind {
  switch (column.type) {
    case "text":
      return QUICK_TEXT;
    case "date":
      return date1904 ? QUICK_NONE : QUICK_DATE;
    case "month":
      return date1904 ? QUICK_NONE : QUICK_MONTH;
    case "money":
      return QUICK_FEN;
    case "quantity":
      return QUICK_QTY;
    case "decimal":
      return QUICK_DECIMAL;
    case "time":
      return QUICK_TIME;
    default:
      return QUICK_NONE;
  }
}

/**
 * The reader of a time column's cells, in a workbook's date system; year-less dates take their year from `years`,
 * else are no dates.
 */
export function timeReaderFor(column: ColumnSpec, date1904: boolean, years?: YearResolver): TimeCellReader {
  return timeCellReader(column.maxLength ?? 500, date1904, years ?? yearResolver({}));
}

/**
 * The reader for a column's value type, in a workbook's date system. With `years` (the sheet's title year or the
 * job's period), date and month columns also read text without a year (`12月3日`, `12-03`, `11月`; see
 * {@link yearless}), and so do time columns.
 */
export function cellReaderFor(column: ColumnSpec, date1904: boolean, years?: YearResolver): CellReader {
  if (column.type === "time") return timeReaderFor(column, date1904, years).read;
  const read = fullReaderFor(column, date1904);
  if (years === undefined || (column.type !== "date" && column.type !== "month")) return read;
  const parseYearless = column.type === "date" ? parseYearlessDate : parseYearlessMonth;
  return (v, numberFormat) => {
    const parsed = read(v, numberFormat);
    if (parsed.ok || typeof v !== "string") return parsed;
    const code = parsed.problem.code;
    if (code !== "not_a_date" && code !== "not_a_month") return parsed;
    return yearless(parseYearless(v, years), v, parsed);
  };
}

/**
 * A year-less date or month read with the year its resolver supplied: the title's year quietly; the year nearest
 * the period with a `year_supplied` note (info), or a `year_ambiguous` warning when it lies five or six months
 * from the period. Written day first (`25/12`) it is `ambiguous_date`, never read, as year-last dates are not;
 * text that is no year-less date keeps the problem it had (`not_a_date`).
 */
function yearless(
  read: YearlessRead<string> | null,
  text: string,
  otherwise: Parsed<unknown>,
): Parsed<unknown> {
  if (read === null) return otherwise;
  const value = text.trim();
  if (!read.ok) return read.reason === "day_first" ? fail("ambiguous_date", { value }) : otherwise;
  if (read.ambiguous)
    return {
      ok: true,
      value: read.value,
      warning: { code: "year_ambiguous", params: { value, date: read.value } },
    };
  if (read.yearSupplied)
    return {
      ok: true,
      value: read.value,
      note: { code: "year_supplied", params: { value, date: read.value } },
    };
  return { ok: true, value: read.value };
}

function fullReaderFor(column: ColumnSpec, date1904: boolean): CellReader {
  switch (column.type) {
    case "text": {
      const max = column.maxLength ?? 500;
      return (v) => parseTextCell(v, max);
    }
    case "money":
      return parseFenCell;
    case "quantity":
      return parseQtyCell;
    case "decimal":
      return (v) => parseDecimalCell(v);
    case "rate":
      return (v) => parseRateCell(v);
    case "date":
      return (v, numberFormat) =>
        parseDateCell(v, numberFormat === undefined ? { date1904 } : { date1904, numberFormat });
    case "month":
      return (v, numberFormat) =>
        parseMonthCell(v, numberFormat === undefined ? { date1904 } : { date1904, numberFormat });
    case "time":
      return timeReaderFor(column, date1904).read;
  }
}
