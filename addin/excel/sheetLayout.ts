import {
  a1,
  columnLetter,
  DATE_FORMAT,
  isDateCell,
  isLinkCell,
  type CellRange,
  type OutCell,
  type PageBand,
  type RowHeight,
  type SheetSpec,
  type StyleBlock,
} from "../../core/light";
import { queueLinkFont, queueLook } from "./applyLook";
import { columnWidthPoints } from "./columnWidth";
import type { ExcelHeaderFooter, ExcelWorksheet } from "./excelSubset";
import { STYLE_LOOKS } from "../../core/light";

/** A1 address of a block. */
export function blockAddress(block: CellRange): string {
  return `${a1(block.left, block.top)}:${a1(block.right, block.bottom)}`;
}

/**
 * Queues everything about a sheet but its cell values and merges, block by block: number formats (first,
 * so a Text `@` block keeps text as text), dates not covered by a format as `yyyy-mm-dd`, styles in order
 * (adjacent rows of one style joined into one block), link fonts, column widths, frozen panes, print
 * setup (paper, fit, title rows, print area, page header and footer, manual page breaks) when `pageLayout`
 * (ExcelApi 1.9) is available, and row heights (ExcelApi 1.2) always. Nothing here syncs.
 */
export function queueSheetLayout(sheet: ExcelWorksheet, spec: SheetSpec, pageLayout: boolean): void {
  for (const block of spec.numberFormats) sheet.getRange(blockAddress(block)).numberFormat = block.format;
  const formatted = (row: number, column: number) =>
    spec.numberFormats.some((b) => row >= b.top && row <= b.bottom && column >= b.left && column <= b.right);
  for (const run of columnRuns(
    spec.cells,
    (cell, row, column) => isDateCell(cell) && !formatted(row, column),
  ))
    sheet.getRange(blockAddress(run)).numberFormat = DATE_FORMAT;
  for (const block of joinBlocks(spec.styles))
    queueLook(sheet.getRange(blockAddress(block)), STYLE_LOOKS[block.style]);
  for (const run of columnRuns(spec.cells, (cell) => isLinkCell(cell)))
    queueLinkFont(sheet.getRange(blockAddress(run)));
  queueColumnWidths(sheet, spec);
  queueRowHeights(sheet, spec);
  const freeze = spec.freeze;
  if (freeze !== undefined && freeze.rows > 0 && freeze.columns > 0)
    sheet.freezePanes.freezeAt(`A1:${a1(freeze.columns, freeze.rows)}`);
  else if (freeze !== undefined && freeze.rows > 0) sheet.freezePanes.freezeRows(freeze.rows);
  else if (freeze !== undefined && freeze.columns > 0) sheet.freezePanes.freezeColumns(freeze.columns);
  if (pageLayout && spec.print !== undefined) {
    const { print } = spec;
    const layout = sheet.pageLayout;
    layout.orientation = print.orientation === "landscape" ? "Landscape" : "Portrait";
    layout.paperSize = "A4";
    if (print.fitToWidth)
      layout.zoom =
        print.onePage === true
          ? { horizontalFitToPages: 1, verticalFitToPages: 1 }
          : { horizontalFitToPages: 1 };
    if (print.repeatRows !== undefined)
      layout.setPrintTitleRows(`$${print.repeatRows.first}:$${print.repeatRows.last}`);
    if (print.area !== undefined) layout.setPrintArea(blockAddress(print.area));
    if (print.header !== undefined || print.footer !== undefined)
      queueHeaderFooter(layout.headersFooters.defaultForAllPages, print.header, print.footer);
    // A break goes before the top-left cell of the range given; one before row 1 would start no new page.
    for (const row of print.breaks ?? []) if (row > 1) sheet.horizontalPageBreaks.add(`A${row}`);
  }
}

/**
 * Queues the parts of a page header and footer that have text, in Excel's header codes as given; parts left out
 * keep a new sheet's empty ones, as the CLI writes only the parts it has.
 */
function queueHeaderFooter(target: ExcelHeaderFooter, header?: PageBand, footer?: PageBand): void {
  if (header?.left) target.leftHeader = header.left;
  if (header?.center) target.centerHeader = header.center;
  if (header?.right) target.rightHeader = header.right;
  if (footer?.left) target.leftFooter = footer.left;
  if (footer?.center) target.centerFooter = footer.center;
  if (footer?.right) target.rightFooter = footer.right;
}

/** Row heights in points, one set per run of adjacent rows of equal height (`3:5`). */
function queueRowHeights(sheet: ExcelWorksheet, spec: SheetSpec): void {
  for (const run of rowHeightRuns(spec.rowHeights ?? []))
    sheet.getRange(`${run.first}:${run.last}`).format.rowHeight = run.height;
}

/** Runs of adjacent rows of equal height, in row order; a row listed twice takes its last height. */
export function rowHeightRuns(
  heights: readonly RowHeight[],
): { first: number; last: number; height: number }[] {
  const byRow = new Map(heights.map((h) => [h.row, h.height]));
  const runs: { first: number; last: number; height: number }[] = [];
  for (const [row, height] of [...byRow].sort((a, b) => a[0] - b[0])) {
    const last = runs[runs.length - 1];
    if (last !== undefined && last.last === row - 1 && last.height === height) last.last = row;
    else runs.push({ first: row, last: row, height });
  }
  return runs;
}

/** Queues the spec's merges; they go after the values, as Excel keeps only a merge's top-left value. */
export function queueMerges(sheet: ExcelWorksheet, spec: SheetSpec): void {
  for (const m of spec.merges) sheet.getRange(blockAddress(m)).merge(false);
}

/** Column widths in points, one set per run of equal widths. */
function queueColumnWidths(sheet: ExcelWorksheet, spec: SheetSpec): void {
  let start = 0;
  spec.columns.forEach((column, i) => {
    const next = spec.columns[i + 1];
    if (next !== undefined && next.width === column.width) return;
    sheet.getRange(`${columnLetter(start + 1)}:${columnLetter(i + 1)}`).format.columnWidth =
      columnWidthPoints(column.width);
    start = i + 1;
  });
}

/** Style blocks with each run of adjacent same-style, same-width rows that follow each other in the list joined into one. */
export function joinBlocks(blocks: readonly StyleBlock[]): StyleBlock[] {
  const out: StyleBlock[] = [];
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (
      last !== undefined &&
      last.style === block.style &&
      last.left === block.left &&
      last.right === block.right &&
      block.top === last.bottom + 1
    )
      out[out.length - 1] = { ...last, bottom: block.bottom };
    else out.push({ ...block });
  }
  return out;
}

/** Vertical runs of consecutive cells in a column for which `wanted` holds (1-based rows and columns). */
export function columnRuns(
  cells: readonly OutCell[][],
  wanted: (cell: OutCell, row: number, column: number) => boolean,
): CellRange[] {
  const open = new Map<number, CellRange>();
  const runs: CellRange[] = [];
  cells.forEach((row, r) => {
    const seen = new Set<number>();
    row.forEach((cell, c) => {
      if (!wanted(cell, r + 1, c + 1)) return;
      seen.add(c + 1);
      const run = open.get(c + 1);
      if (run !== undefined && run.bottom === r) run.bottom = r + 1;
      else {
        const fresh = { top: r + 1, left: c + 1, bottom: r + 1, right: c + 1 };
        open.set(c + 1, fresh);
        runs.push(fresh);
      }
    });
    for (const column of open.keys()) if (!seen.has(column)) open.delete(column);
  });
  return runs;
}
