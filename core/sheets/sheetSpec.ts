import type { IsoDate } from "../values/isoDate";

/**
 * A host-neutral description of one output sheet, fully laid out: the core decides every cell's
 * place, value, formula and style; a host (Office.js or ExcelJS) only renders it.
 */
export interface SheetSpec {
  /** Wanted sheet name (at most 31 characters, none of `[]:*?/\`). */
  name: string;
  /** Ownership key, e.g. `purchase-plan/plan/2027-01`: a re-run replaces the sheet holding this key. */
  key: string;
  /** Row-major cells starting at A1; rows may be shorter than `columns`. */
  cells: OutCell[][];
  /** Column widths in characters, one per column. */
  columns: { width: number }[];
  /** Styles over rectangular blocks; later blocks win where they overlap. */
  styles: StyleBlock[];
  /** Number formats over rectangular blocks (never per cell when a block will do). */
  numberFormats: FormatBlock[];
  /** Merged ranges. */
  merges: CellRange[];
  /** Rows and columns kept visible when scrolling: first `rows` rows and first `columns` columns. */
  freeze?: { rows: number; columns: number };
  print?: PrintSetup;
  /** Heights in points of the rows that need more than one line (wrapped text, two-line headers). */
  rowHeights?: RowHeight[];
  /** Cells a clerk types into by hand; read back and carried over on the next run (1-based columns). */
  clerkColumns?: number[];
}

/** A row's height in points (1-based row). */
export interface RowHeight {
  row: number;
  height: number;
}

/** A rectangle of cells, 1-based and inclusive. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Named styles every host renders the same way. */
export type StyleName =
  | "title"
  | "subtitle"
  | "header"
  | "body"
  | "group"
  | "subtotal"
  | "total"
  | "highlight"
  | "warning"
  | "error"
  | "note"
  | "signature"
  | "link"
  | "wrap"
  | "large";

/** A style over a block. */
export interface StyleBlock extends CellRange {
  style: StyleName;
}

/** A number format over a block. */
export interface FormatBlock extends CellRange {
  format: string;
}

/** What one output cell holds. Money arrives as numbers of exactly two decimals. */
export type OutCell = string | number | boolean | null | FormulaCell | LinkCell | DateCell;

/** A calendar date; the host writes it as a serial in its workbook's date system. */
export interface DateCell {
  date: IsoDate;
}

/** A formula (without the leading `=`) and the value the core computed for it. */
export interface FormulaCell {
  formula: string;
  value: string | number;
}

/** A link to a cell of the workbook: `sheet` and `cell` like `D12`. */
export interface LinkCell {
  text: string;
  sheet: string;
  cell: string;
}

/** Page setup for printing. */
export interface PrintSetup {
  orientation: "portrait" | "landscape";
  paper: "A4";
  fitToWidth: boolean;
  /** 1-based rows repeated at the top of each printed page. */
  repeatRows?: { first: number; last: number };
  /** The cells printed: the form from its title to its signatures. */
  area?: CellRange;
  /** The page header: project and sheet title, in Excel's header codes (`&&` for a literal `&`). */
  header?: PageBand;
  /** The page footer: page `&P` of `&N` and the print date `&D`, in Excel's header codes. */
  footer?: PageBand;
  /** 1-based rows a new printed page starts at (manual page breaks), so the signatures stay with the table. */
  breaks?: number[];
  /** Shrunk to one page tall as well as wide (a notice for the board, such as a duty roster); no manual breaks then. */
  onePage?: boolean;
}

/** A page header or footer: its left, centre and right parts, each in Excel's header and footer codes. */
export interface PageBand {
  left?: string;
  center?: string;
  right?: string;
}

/** True for a formula cell. */
export function isFormulaCell(cell: OutCell): cell is FormulaCell {
  return typeof cell === "object" && cell !== null && "formula" in cell;
}

/** True for a link cell. */
export function isLinkCell(cell: OutCell): cell is LinkCell {
  return typeof cell === "object" && cell !== null && "sheet" in cell && "cell" in cell;
}

/** True for a date cell. */
export function isDateCell(cell: OutCell): cell is DateCell {
  return typeof cell === "object" && cell !== null && "date" in cell;
}
