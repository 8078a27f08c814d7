import type { ColumnSpec } from "./declaration";
import type { CellValue } from "./sheetData";
import type { Parsed } from "../values/parsed";
import { parseTextCell } from "../values/textCell";
import { memoize } from "../values/memo";
import { trimText } from "../values/trim";
import { excelSerialToIso } from "../values/excelSerial";
import { FEN_PLACES, parseFenCell, parseQtyCell, QTY_PLACES, quickScaled } from "../values/scaledCell";
import { parseDecimalCell } from "../values/decimalCell";
import { parseRateCell } from "../values/rateCell";
import { parseDateCell } from "../values/dateCell";
import { parseMonthCell } from "../values/monthCell";

/** Reads one cell of a declared column into its typed value (or a problem). */
export type CellReader = (value: CellValue, numberFormat: string | undefined) => Parsed<unknown>;

/**
 * The common, clean shapes of a column's cells read without allocating a result (a number in a money
 * column, plain text in a text column); undefined sends the cell to the full {@link CellReader}.
 */
export type QuickReader = (value: CellValue) => unknown;

/** A whole-day serial of the 1900 system after Excel's fictitious 1900-02-29 and before 9999-12-31. */
function isPlainSerial(v: CellValue): v is number {
  return typeof v === "number" && Number.isInteger(v) && v > 60 && v <= 2_958_465;
}

/** The ISO date of a plain 1900-system serial; dates repeat a lot in a sheet, so they are remembered. */
const serialToIso = memoize((serial: number): string => {
  const parsed = excelSerialToIso(serial, false);
  return parsed.ok ? parsed.value : "";
});

/** The month of a plain 1900-system serial, remembered too: one string per month, not one per cell. */
const serialToMonth = memoize((serial: number): string => serialToIso(serial).slice(0, 7));

/** The quick reader for a column's value type, when it has one (dates only in the 1900 date system). */
export function quickReaderFor(column: ColumnSpec, date1904 = false): QuickReader | undefined {
  if (date1904 && (column.type === "date" || column.type === "month")) return undefined;
  switch (column.type) {
    case "text": {
      const max = column.maxLength ?? 500;
      return (v) => {
        if (typeof v !== "string" || v.length > max) return undefined;
        const text = trimText(v);
        return text === "" || text.charCodeAt(0) === 35 ? undefined : text;
      };
    }
    case "date":
      return (v) => (isPlainSerial(v) ? serialToIso(v) : undefined);
    case "month":
      return (v) => (isPlainSerial(v) && v < 190_000 ? serialToMonth(v) : undefined);
    case "money":
      return (v) => quickScaled(v, FEN_PLACES);
    case "quantity":
      return (v) => quickScaled(v, QTY_PLACES);
    default:
      return undefined;
  }
}

/** The reader for a column's value type, in a workbook's date system. */
export function cellReaderFor(column: ColumnSpec, date1904: boolean): CellReader {
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
  }
}
