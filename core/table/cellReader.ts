import type { ColumnSpec } from "./declaration";
import type { CellValue } from "./sheetData";
import type { Parsed } from "../values/parsed";
import { parseTextCell } from "../values/textCell";
import { parseFenCell, parseQtyCell } from "../values/scaledCell";
import { parseDecimalCell } from "../values/decimalCell";
import { parseRateCell } from "../values/rateCell";
import { parseDateCell } from "../values/dateCell";
import { parseMonthCell } from "../values/monthCell";

/** Reads one cell of a declared column into its typed value (or a problem). */
export type CellReader = (value: CellValue, numberFormat: string | undefined) => Parsed<unknown>;

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
