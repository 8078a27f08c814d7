import type { CellValue } from "../table/sheetData";

/** A sample input sheet as a raw grid, the way a clerk would have typed it (title rows, totals, a few bad cells). */
export interface DemoSheet {
  name: string;
  rows: CellValue[][];
  /** Column widths in characters. */
  widths?: number[];
  /** Number formats by 1-based column for the rows below the header (dates are serials with a date format). */
  formats?: { column: number; format: string; fromRow: number }[];
  /** Cells holding a formula (as Excel shows it); `rows` holds each one's value, which a file keeps as its result. */
  formulas?: DemoFormula[];
}

/** A formula at a 1-based row and column of a demo sheet, e.g. `PROPDESK.WORKDAY(A5,3)`. */
export interface DemoFormula {
  row: number;
  column: number;
  formula: string;
}
