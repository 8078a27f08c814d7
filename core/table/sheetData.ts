import type { CellValue } from "../values/cellValue";

export type { CellValue } from "../values/cellValue";

/** A merged area of a sheet: 1-based Excel rows and columns of its corners, both included. */
export interface MergedArea {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** One input sheet as read from a host: its used range, where that range starts, and its number formats. */
export interface SheetData {
  name: string;
  /** The used range, row-major; merged cells hold their value in the top-left cell only. */
  values: CellValue[][];
  /** 1-based Excel position of `values[0][0]`. */
  origin: { row: number; column: number };
  /** Number formats in the same shape as `values`; lets a serial be recognised as a date. */
  numberFormats?: string[][];
  /**
   * The sheet's merged areas, when the host can give them cheaply. Header bands use them to see which children a
   * parent cell is merged over; without them a parent spans the empty cells to its right (see headerBand.ts).
   */
  merges?: readonly MergedArea[];
  /** Set by the host when the sheet is one PropDesk wrote (its ownership key); jobs never read such sheets as input. */
  ownerKey?: string;
}

/** A whole workbook as read from a host. */
export interface BookData {
  sheets: SheetData[];
  /** True when the workbook uses the 1904 date system. */
  date1904: boolean;
}
