/**
 * The part of the Excel JavaScript API that PropDesk's workbook host uses, and nothing more. The real
 * `Excel.RequestContext` is assignable to {@link ExcelContext} (checked by `excelSubset.typecheck.ts`), and
 * `addin/excel-sim` implements exactly these interfaces, so the host runs unchanged in Excel and in tests.
 */

/** One cell as `Range.values` holds it; errors are their text (`#N/A`), empty cells are `""`. */
export type ExcelCellValue = string | number | boolean;

/** Visibility of a worksheet tab. */
export type SheetVisibility = "Visible" | "Hidden" | "VeryHidden";

/** Horizontal alignment of cell content. */
export type HorizontalAlignment =
  "General" | "Left" | "Center" | "Right" | "Fill" | "Justify" | "CenterAcrossSelection" | "Distributed";

/** Vertical alignment of cell content. */
export type VerticalAlignment = "Top" | "Center" | "Bottom" | "Justify" | "Distributed";

/** Font underline styles. */
export type UnderlineStyle = "None" | "Single" | "Double" | "SingleAccountant" | "DoubleAccountant";

/** Which border of a range: its outer edges or the lines between its cells. */
export type BorderIndex =
  | "EdgeTop"
  | "EdgeBottom"
  | "EdgeLeft"
  | "EdgeRight"
  | "InsideVertical"
  | "InsideHorizontal"
  | "DiagonalDown"
  | "DiagonalUp";

/** Line styles of a border. */
export type BorderLineStyle =
  "None" | "Continuous" | "Dash" | "DashDot" | "DashDotDot" | "Dot" | "Double" | "SlantDashDot";

/** Line weights of a border. */
export type BorderWeight = "Hairline" | "Thin" | "Medium" | "Thick";

/** A batch's connection to the workbook: queue operations on `workbook`, then `sync()` sends them. */
export interface ExcelContext {
  readonly workbook: ExcelWorkbook;
  sync(): Promise<void>;
}

/** The workbook. */
export interface ExcelWorkbook {
  readonly worksheets: ExcelWorksheetCollection;
  readonly names: ExcelNamedItemCollection;
  readonly application: ExcelApplication;
  readonly functions: ExcelFunctions;
}

/** The Excel application (ExcelApi 1.6 for the calculation switch). */
export interface ExcelApplication {
  suspendApiCalculationUntilNextSync(): void;
}

/** Worksheet functions evaluated by Excel (ExcelApi 1.2); used to learn the workbook's date system. */
export interface ExcelFunctions {
  date(year: number, month: number, day: number): ExcelFunctionResult<number>;
}

/** The result of a worksheet function: `value` or `error` once loaded and synced. */
export interface ExcelFunctionResult<T> {
  readonly value: T;
  readonly error: string;
  load(propertyNames: string): ExcelFunctionResult<T>;
}

/** The worksheets, in tab order. */
export interface ExcelWorksheetCollection {
  readonly items: ExcelWorksheet[];
  load(propertyNames: string): ExcelWorksheetCollection;
  add(name: string): ExcelWorksheet;
  getItem(key: string): ExcelWorksheet;
  getItemOrNullObject(key: string): ExcelWorksheet;
  getActiveWorksheet(): ExcelWorksheet;
}

/** One worksheet. `getItem` takes its name or its `id` (which survives renames). */
export interface ExcelWorksheet {
  name: string;
  readonly id: string;
  position: number;
  visibility: SheetVisibility;
  readonly isNullObject: boolean;
  readonly protection: ExcelWorksheetProtection;
  readonly freezePanes: ExcelFreezePanes;
  readonly pageLayout: ExcelPageLayout;
  /** The sheet's manual horizontal page breaks (ExcelApi 1.9). */
  readonly horizontalPageBreaks: ExcelPageBreakCollection;
  load(propertyNames: string): ExcelWorksheet;
  getRange(address: string): ExcelRange;
  getUsedRangeOrNullObject(valuesOnly: boolean): ExcelRange;
  delete(): void;
  activate(): void;
}

/** Sheet protection; only read by the host. */
export interface ExcelWorksheetProtection {
  readonly protected: boolean;
  load(propertyNames: string): ExcelWorksheetProtection;
}

/** Frozen panes of a worksheet. */
export interface ExcelFreezePanes {
  freezeRows(count: number): void;
  freezeColumns(count: number): void;
  freezeAt(frozenRange: ExcelRange | string): void;
}

/** Print setup of a worksheet (ExcelApi 1.9). */
export interface ExcelPageLayout {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  setPrintTitleRows(printTitleRows: ExcelRange | string): void;
  /** Sets the print area by address, e.g. `A1:H40` (Excel keeps it as the sheet's `Print_Area` name). */
  setPrintArea(printArea: string): void;
  readonly headersFooters: ExcelHeaderFooterGroup;
}

/** The page headers and footers of a worksheet (ExcelApi 1.9). */
export interface ExcelHeaderFooterGroup {
  /** The header and footer of every page (unless first-page or odd/even ones are set; a new sheet has none). */
  readonly defaultForAllPages: ExcelHeaderFooter;
}

/** One set of page header and footer parts, each in Excel's header codes (`&P`, `&N`, `&D`, `&&`). */
export interface ExcelHeaderFooter {
  leftHeader: string;
  centerHeader: string;
  rightHeader: string;
  leftFooter: string;
  centerFooter: string;
  rightFooter: string;
}

/** Manual page breaks of a worksheet (ExcelApi 1.9). */
export interface ExcelPageBreakCollection {
  /** Adds a page break before the top-left cell of the range (`A12`: a new page starts at row 12); returns the new `PageBreak`, unused here. */
  add(pageBreakRange: ExcelRange | string): void;
}

/**
 * A rectangle of cells. `values` and `formulas` are set with arrays of exactly the range's shape;
 * `numberFormat` may also be set with one format for every cell (documented Office.js behaviour).
 */
export interface ExcelRange {
  readonly address: string;
  readonly rowIndex: number;
  readonly columnIndex: number;
  readonly rowCount: number;
  readonly columnCount: number;
  readonly isNullObject: boolean;
  values: ExcelCellValue[][];
  formulas: ExcelCellValue[][];
  get numberFormat(): string[][];
  set numberFormat(formats: string[][] | string);
  readonly format: ExcelRangeFormat;
  load(propertyNames: string): ExcelRange;
  merge(across: boolean): void;
  select(): void;
  /** The merged areas within the range, or a null object when it has none (ExcelApi 1.13). */
  getMergedAreasOrNullObject(): ExcelRangeAreas;
  /** The used range within the range (cells with values only, when `valuesOnly`), or a null object (ExcelApi 1.4). */
  getUsedRangeOrNullObject(valuesOnly: boolean): ExcelRange;
  /** The cells within the range holding constants, or formulas, or a null object when there are none (ExcelApi 1.9). */
  getSpecialCellsOrNullObject(cellType: "Constants" | "Formulas"): ExcelRangeAreas;
}

/** Several ranges of one sheet; PropDesk reads only their address (`Sheet1!A1:B2,Sheet1!C3:C4`). */
export interface ExcelRangeAreas {
  readonly address: string;
  readonly isNullObject: boolean;
  load(propertyNames: string): ExcelRangeAreas;
}

/** Formatting of a range; setting a property applies it to every cell of the range. */
export interface ExcelRangeFormat {
  readonly font: ExcelRangeFont;
  readonly fill: ExcelRangeFill;
  readonly borders: ExcelRangeBorderCollection;
  horizontalAlignment: HorizontalAlignment;
  verticalAlignment: VerticalAlignment;
  wrapText: boolean;
  /** Width of the range's columns in points. */
  columnWidth: number;
  /** Height of the range's rows in points (ExcelApi 1.2). */
  rowHeight: number;
}

/** Font of a range; colours as `#RRGGBB`. */
export interface ExcelRangeFont {
  name: string;
  size: number;
  bold: boolean;
  italic: boolean;
  color: string;
  underline: UnderlineStyle;
}

/** Background of a range. */
export interface ExcelRangeFill {
  color: string;
  clear(): void;
}

/** The borders of a range. */
export interface ExcelRangeBorderCollection {
  getItem(index: BorderIndex): ExcelRangeBorder;
}

/** One border of a range. */
export interface ExcelRangeBorder {
  style: BorderLineStyle;
  weight: BorderWeight;
  color: string;
}

/** The workbook's defined names. */
export interface ExcelNamedItemCollection {
  readonly items: ExcelNamedItem[];
  load(propertyNames: string): ExcelNamedItemCollection;
  add(name: string, reference: ExcelRange | string, comment?: string): ExcelNamedItem;
  getItemOrNullObject(name: string): ExcelNamedItem;
}

/** One defined name; for a range name `value` is its address, e.g. `'Plan'!$A$1`. */
export interface ExcelNamedItem {
  readonly name: string;
  readonly type: string;
  readonly value: unknown;
  visible: boolean;
  readonly isNullObject: boolean;
  load(propertyNames: string): ExcelNamedItem;
  delete(): void;
  getRangeOrNullObject(): ExcelRange;
}

/** Runs a batch against the workbook, like `Excel.run`. */
export type ExcelRunner = <T>(batch: (context: ExcelContext) => Promise<T>) => Promise<T>;
