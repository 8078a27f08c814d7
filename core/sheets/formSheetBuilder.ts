import type {
  CellRange,
  OutCell,
  SheetSpec,
  StyleBlock,
  StyleName,
  FormatBlock,
  RowHeight,
} from "./sheetSpec";
import { a1 } from "../values/columnLetter";
import { label, type Label, type Lang } from "../i18n/label";
import { COLON } from "../i18n/colon";
import { displayWidth, wrappedLines } from "../values/displayWidth";
import { MONEY_FORMAT } from "./formats";
import { contextProject } from "./sheetContext";
import { shownWidth } from "./shownText";
import {
  keepWithTable,
  LINE_POINTS,
  PAGE_CHARACTERS,
  PAGE_POINTS,
  pageFooter,
  pageHeader,
  printScale,
  TITLE_POINTS,
} from "./printedPage";

/** One column of a printed form. */
export interface FormColumn {
  header: string;
  /** Width in characters. */
  width: number;
  /** Number format of the column's body cells. */
  format?: string;
}

/** A header cell spanning several columns above the column headers (e.g. 各部门申请数量). */
export interface HeaderGroup {
  label: string;
  /** 1-based first and last column. */
  first: number;
  last: number;
}

/** What a form sheet is: names, titles, columns and page orientation. */
export interface FormSheetOptions {
  name: string;
  key: string;
  title: string;
  /** Lines under the title: project, period, due date... */
  subtitles: string[];
  columns: FormColumn[];
  headerGroups?: HeaderGroup[];
  orientation: "portrait" | "landscape";
  /** Columns kept visible when scrolling right. */
  freezeColumns?: number;
  /** 1-based columns the clerk fills in by hand. */
  clerkColumns?: number[];
  /** The reader's language, for the date line under each signature (Chinese when not given). */
  lang?: Lang;
  /**
   * The project the sheet is of, put first on the line under the title and in the page header; the run's project
   * (see sheetContext.ts) when not given or null, a blank to fill in by hand when neither names one. `false`: no
   * project line (a sheet that states its project itself).
   */
  project?: string | null | false | undefined;
}

/** The project and money unit the line under a form's title states, in each language. */
const PROJECT_LABEL: Label = label("项目", "項目", "Project");
const UNIT_LINE: Label = label("单位：元", "單位：元", "Amounts in yuan");
/** A project not named anywhere: a blank to fill in by hand. */
const PROJECT_BLANK = "________________";
/**
 * The shares of a page's estimated height tried when keeping the signatures with the table: LibreOffice and Excel
 * fit a few rows more or less than the estimate, so a break is put in when any of these would part them.
 */
const PAGE_ESTIMATES = [0.85, 0.92, 1];
/** The gap between the parts of a subtitle line. */
const GAP = "      ";

/** The display widths of a form's body cells, row by row, with what kind each is (see measureBody). */
interface BodyWidths {
  widths: Float64Array;
  text: Uint8Array;
  wraps: Uint8Array;
}

/** The blank date line under a signature, in each language. */
const DATE_LINE: Label = label("日期：_____年___月___日", "日期：_____年___月___日", "Date: ____-__-__");

/** Core-computed values of a totals row, by 1-based column; each becomes a SUBTOTAL formula. */
export type ColumnSums = Record<number, number>;

/** Cells of a totals row computed from its own totals, by 1-based column, given the row's Excel number. */
export type DerivedCells = (row: number) => Record<number, OutCell>;

/**
 * Lays out a printed form: title, subtitle lines, header, body rows with groups, subtotals and a grand
 * total as SUBTOTAL formulas (so finance can audit them and nested subtotals are never summed twice),
 * notes and signature lines. Rows are numbered as Excel will show them.
 */
export class FormSheetBuilder {
  private readonly cells: OutCell[][] = [];
  private readonly styles: StyleBlock[] = [];
  private readonly merges: CellRange[] = [];
  private readonly width: number;
  private readonly headerRow: number;
  private readonly bodyStart: number;
  private groupStart: number;
  private bodyEnd: number;
  private readonly project: string | null;
  /** Merged full-width lines whose text may need more than one line (subtitles, notes, lines). */
  private readonly wideLines: number[] = [];
  /** The first row after the body: notes and signatures, kept with the table when printed. */
  private blockStart: number | undefined;
  /** Rows holding a merge of several columns, made when the finished sheet is laid out. */
  private mergedRows: Set<number> | undefined;
  /** Subtotal and total rows: their labels overflow into the empty cells beside them. */
  private readonly totalRows = new Set<number>();

  constructor(private readonly options: FormSheetOptions) {
    this.width = options.columns.length;
    const lang = options.lang ?? "zh-CN";
    this.project = options.project === false ? null : (options.project ?? contextProject());
    this.fullWidthLine(options.title, "title");
    for (const line of subtitleLines(options, this.project, lang)) {
      this.fullWidthLine(line, "subtitle");
      this.wideLines.push(this.cells.length);
    }
    if (options.headerGroups?.length) {
      const groupRow = this.cells.length + 1;
      const cells: OutCell[] = options.columns.map(() => null);
      for (const group of options.headerGroups) {
        cells[group.first - 1] = group.label;
        if (group.last > group.first) {
          this.merges.push({ top: groupRow, left: group.first, bottom: groupRow, right: group.last });
        }
      }
      this.cells.push(cells);
      this.styles.push(this.rowBlock(groupRow, "header"));
    }
    this.cells.push(options.columns.map((c) => c.header));
    this.headerRow = this.cells.length;
    this.styles.push(this.rowBlock(this.headerRow, "header"));
    if (options.headerGroups?.length) this.mergeUngroupedHeaders(options.headerGroups);
    this.bodyStart = this.headerRow + 1;
    this.groupStart = this.bodyStart;
    this.bodyEnd = this.headerRow;
  }

  /** Excel row number the next body row will get. */
  get nextRow(): number {
    return this.cells.length + 1;
  }

  /** A group heading row (办公物资...); the next subtotal sums the rows after it. */
  group(label: string): number {
    const row = this.bodyRow([label], "group");
    this.merges.push({ top: row, left: 1, bottom: row, right: this.width });
    this.groupStart = row + 1;
    return row;
  }

  /** A data row; returns its Excel row number. */
  row(cells: OutCell[], style?: StyleName): number {
    return this.bodyRow(cells, style);
  }

  /**
   * A subtotal of the rows since the last group heading, as SUBTOTAL(9, ...) per given column; `derived` gives cells
   * computed from the row's own totals (a rate of two of them), by column, from the row's Excel number.
   */
  subtotal(label: string, sums: ColumnSums, labelColumn = 1, derived?: DerivedCells): number {
    return this.totalsRow(label, sums, labelColumn, this.groupStart, "subtotal", derived);
  }

  /** A grand total over the whole body, as SUBTOTAL(9, ...) per given column (subtotals are skipped by SUBTOTAL). */
  total(label: string, sums: ColumnSums, labelColumn = 1): number {
    return this.totalsRow(label, sums, labelColumn, this.bodyStart, "total");
  }

  /** Notes under the table, one merged line each (wrapped when longer than the table is wide). */
  notes(lines: string[]): void {
    if (lines.length === 0) return;
    this.markBlock();
    this.cells.push([]);
    for (const line of lines) {
      this.fullWidthLine(line, "note");
      this.wideLines.push(this.cells.length);
    }
  }

  /**
   * A line across the whole width after the body (a section of its own below the table, such as the issues
   * sheet's 读取情况): merged, in a style, outside the body's borders and number formats. Returns its row.
   */
  line(cell: OutCell, style: StyleName): number {
    this.fullWidthLine(cell, style);
    this.wideLines.push(this.cells.length);
    return this.cells.length;
  }

  /** An empty row (space before a section below the table). */
  gap(): void {
    this.cells.push([]);
  }

  /**
   * Signature lines (编制人 / 项目负责人 ...), each in a merged area of its own wide enough for its text and its date
   * blank: as many to a row as fit across the table, the rest on rows below.
   */
  signatures(labels: string[], withDate = true): void {
    if (labels.length === 0) return;
    this.markBlock();
    this.cells.push([]);
    const dateLine = DATE_LINE[this.options.lang ?? "zh-CN"];
    const texts = labels.map((text) => `${text}：______________`);
    const need = Math.max(...texts.map(displayWidth), withDate ? displayWidth(dateLine) : 0) + 2;
    const widths = this.options.columns.map((c) => c.width);
    let perRow = labels.length;
    while (perRow > 1 && !spansFit(widths, perRow, need)) perRow--;
    const spans = columnSpans(widths, perRow);
    const top = this.cells.length + 1;
    for (let first = 0; first < texts.length; first += perRow) {
      if (first > 0) this.cells.push([]);
      const chunk = texts.slice(first, first + perRow);
      const rows = withDate ? [chunk, chunk.map(() => dateLine)] : [chunk];
      for (const row of rows) {
        const cells: OutCell[] = [];
        const r = this.cells.length + 1;
        row.forEach((text, i) => {
          const span = spans[i];
          if (span === undefined) return;
          cells[span.left - 1] = text;
          if (span.right > span.left)
            this.merges.push({ top: r, left: span.left, bottom: r, right: span.right });
        });
        this.cells.push(fill(cells, this.width));
      }
    }
    this.styles.push({ top, left: 1, bottom: this.cells.length, right: this.width, style: "signature" });
  }

  /**
   * The finished sheet, laid out for print: each column as wide as its text needs (numbers and dates always;
   * text while the sheet still fits the page, wrapped beyond), rows as high as their wrapped lines, the page
   * header and footer, the print area from the title to the last signature, and a page break that keeps the
   * notes and signatures with the table.
   */
  build(): SheetSpec {
    const lang = this.options.lang ?? "zh-CN";
    const { orientation } = this.options;
    const numberFormats: FormatBlock[] = [];
    if (this.bodyEnd >= this.bodyStart) {
      this.options.columns.forEach((column, i) => {
        if (column.format) {
          numberFormats.push({
            top: this.bodyStart,
            left: i + 1,
            bottom: this.bodyEnd,
            right: i + 1,
            format: column.format,
          });
        }
      });
    }
    const cells = this.cells.map((row) => fill(row, this.width));
    const body = this.measureBody(cells);
    const widths = this.columnWidths(body);
    const wrapped = this.wrapBlocks(body, widths);
    const rowHeights = this.rowHeights(cells, body, widths, wrapped);
    const firstHeader = this.options.headerGroups?.length ? this.headerRow - 1 : this.headerRow;
    const bodyStyle: StyleBlock[] =
      this.bodyEnd >= this.bodyStart
        ? [{ top: this.bodyStart, left: 1, bottom: this.bodyEnd, right: this.width, style: "body" }]
        : [];
    const total = widths.reduce((sum, w) => sum + w, 0);
    const wideLineStyles: StyleBlock[] = this.wideLines
      .filter((row) => {
        const text = cells[row - 1]?.[0] ?? null;
        return typeof text === "string" && wrappedLines(text, total - 1) > 1;
      })
      .map((row) => this.rowBlock(row, "wrap"));
    const lastRow = cells.length;
    const print: NonNullable<SheetSpec["print"]> = {
      orientation,
      paper: "A4",
      fitToWidth: true,
      repeatRows: { first: firstHeader, last: this.headerRow },
      area: { top: 1, left: 1, bottom: lastRow, right: this.width },
      header: pageHeader(this.options.title, this.project),
      footer: pageFooter(lang),
    };
    const heightOf = new Map(rowHeights.map((h) => [h.row, h.height]));
    const scale = printScale(total, orientation);
    const heights = (row: number) => heightOf.get(row) ?? LINE_POINTS;
    let repeatPoints = 0;
    for (let row = firstHeader; row <= this.headerRow; row++) repeatPoints += heights(row);
    let sheetPoints = 0;
    for (let row = 1; row <= lastRow; row++) sheetPoints += heights(row);
    // A sheet that fits one page is printed on one (shrunk a little if the estimate is short), never split to keep
    // its signatures with the table.
    const onePage = sheetPoints <= PAGE_POINTS[orientation] / scale;
    if (onePage) print.onePage = true;
    const keepBreak =
      this.blockStart === undefined || onePage
        ? undefined
        : minimum(
            PAGE_ESTIMATES.map((share) =>
              keepWithTable({
                heights,
                lastRow,
                bodyStart: this.bodyStart,
                bodyEnd: this.bodyEnd,
                blockStart: this.blockStart ?? lastRow,
                repeatPoints,
                pagePoints: (PAGE_POINTS[orientation] * share) / scale,
                keep: 3,
              }),
            ),
          );
    if (keepBreak !== undefined) print.breaks = [keepBreak];
    const spec: SheetSpec = {
      name: this.options.name,
      key: this.options.key,
      cells,
      columns: widths.map((width) => ({ width })),
      styles: [...bodyStyle, ...this.styles, ...wrapped, ...wideLineStyles],
      numberFormats,
      merges: this.merges,
      freeze: { rows: this.headerRow, columns: this.options.freezeColumns ?? 0 },
      print,
    };
    if (rowHeights.length > 0) spec.rowHeights = rowHeights;
    if (this.options.clerkColumns) spec.clerkColumns = this.options.clerkColumns;
    return spec;
  }

  /**
   * Each column's width: what the options give, widened to its widest number or date (never cut), then to its
   * widest text while the sheet stays within the page's width at full size.
   */
  private columnWidths(body: BodyWidths): number[] {
    const given = this.options.columns.map((c) => c.width);
    const numeric = given.map(() => 0);
    const text = given.map(() => 0);
    const n = given.length;
    for (let i = 0; i < body.widths.length; i++) {
      const width = body.widths[i] ?? 0;
      if (width < 0) continue;
      const c = i % n;
      if (body.text[i] === 1) text[c] = Math.max(text[c] ?? 0, width + 2);
      else numeric[c] = Math.max(numeric[c] ?? 0, width + 2);
    }
    const widths = given.map((w, c) => Math.max(w, numeric[c] ?? 0));
    let spare = PAGE_CHARACTERS[this.options.orientation] - widths.reduce((sum, w) => sum + w, 0);
    const wanting = widths
      .map((w, c) => ({ c, more: (text[c] ?? 0) - w }))
      .filter((x) => x.more > 0)
      .sort((a, b) => a.more - b.more);
    for (const { c, more } of wanting) {
      if (spare <= 0) break;
      const add = Math.min(more, spare);
      widths[c] = (widths[c] ?? 0) + add;
      spare -= add;
    }
    return widths;
  }

  /** A `wrap` block over each body column holding text wider than the column. */
  private wrapBlocks(body: BodyWidths, widths: readonly number[]): StyleBlock[] {
    const wraps = widths.map(() => false);
    for (let i = 0; i < body.widths.length; i++) {
      const c = i % widths.length;
      if (body.text[i] === 1 && body.wraps[i] === 1 && (body.widths[i] ?? 0) + 1 > (widths[c] ?? 0))
        wraps[c] = true;
    }
    return widths.flatMap((_, c) =>
      wraps[c] === true
        ? [{ top: this.bodyStart, left: c + 1, bottom: this.bodyEnd, right: c + 1, style: "wrap" as const }]
        : [],
    );
  }

  /**
   * Each body cell's display width in one pass (-1 for one that is empty or lies in a merge), whether it is text,
   * and whether it may wrap (text outside the subtotal and total rows).
   */
  private measureBody(cells: readonly OutCell[][]): BodyWidths {
    const n = this.width;
    const rows = Math.max(0, this.bodyEnd - this.bodyStart + 1);
    const body: BodyWidths = {
      widths: new Float64Array(rows * n).fill(-1),
      text: new Uint8Array(rows * n),
      wraps: new Uint8Array(rows * n),
    };
    const known = new Map<string, number>();
    const lastText: (string | undefined)[] = [];
    const lastWidth: number[] = [];
    const formats = this.options.columns.map((column) => column.format);
    const merged = new Set(
      this.merges.filter((m) => m.right > m.left).flatMap((m) => rowsOf(m.top, m.bottom)),
    );
    for (let r = this.bodyStart; r <= this.bodyEnd; r++) {
      const row = cells[r - 1] ?? [];
      const total = this.totalRows.has(r);
      const anyMerge = merged.has(r);
      for (let c = 0; c < n; c++) {
        const cell = row[c] ?? null;
        if (cell === null || (anyMerge && this.isMerged(r, c + 1))) continue;
        const i = (r - this.bodyStart) * n + c;
        if (typeof cell === "string") {
          if (total && (row[c + 1] ?? null) === null) continue;
          let width = lastText[c] === cell ? lastWidth[c] : known.get(cell);
          if (width === undefined) {
            width = displayWidth(cell);
            known.set(cell, width);
          }
          lastText[c] = cell;
          lastWidth[c] = width;
          body.widths[i] = width;
          body.text[i] = 1;
          body.wraps[i] = total ? 0 : 1;
        } else {
          body.widths[i] = shownWidth(cell, formats[c]);
          body.text[i] = typeof cell === "object" && "text" in cell ? 1 : 0;
        }
      }
    }
    return body;
  }

  /** Heights of the rows that need more than one line: the title, wrapped headers, wrapped cells and lines. */
  private rowHeights(
    cells: readonly OutCell[][],
    body: BodyWidths,
    widths: readonly number[],
    wrapped: readonly StyleBlock[],
  ): RowHeight[] {
    const total = widths.reduce((sum, w) => sum + w, 0);
    const heights: RowHeight[] = [{ row: 1, height: TITLE_POINTS }];
    const lines = (row: number, count: number) => {
      if (count > 1) heights.push({ row, height: count * LINE_POINTS + 3 });
    };
    const firstHeader = this.options.headerGroups?.length ? this.headerRow - 1 : this.headerRow;
    for (let r = firstHeader; r <= this.headerRow; r++) {
      let most = 1;
      (cells[r - 1] ?? []).forEach((cell, c) => {
        if (typeof cell !== "string") return;
        const span = this.merges.find((m) => m.top <= r && m.bottom >= r && m.left === c + 1);
        const width = span === undefined ? (widths[c] ?? 1) : sumWidths(widths, span.left, span.right);
        const rows = span === undefined ? 1 : span.bottom - span.top + 1;
        most = Math.max(most, Math.ceil(wrappedLines(cell, width - 1) / rows));
      });
      lines(r, most);
    }
    const wrapColumns = wrapped.map((b) => b.left - 1);
    const n = this.width;
    for (let r = this.bodyStart; r <= this.bodyEnd; r++) {
      let most = 1;
      for (const c of wrapColumns) {
        const i = (r - this.bodyStart) * n + c;
        if (body.wraps[i] !== 1) continue;
        const usable = Math.max(1, (widths[c] ?? 1) - 1);
        const cell = cells[r - 1]?.[c];
        const count =
          typeof cell === "string" && cell.includes("\n")
            ? wrappedLines(cell, usable)
            : Math.max(1, Math.ceil((body.widths[i] ?? 0) / usable));
        most = Math.max(most, count);
      }
      lines(r, most);
    }
    for (const r of this.wideLines) {
      const cell = cells[r - 1]?.[0] ?? null;
      if (typeof cell === "string") lines(r, wrappedLines(cell, total - 1));
    }
    return heights.sort((a, b) => a.row - b.row);
  }

  /** True when the cell lies in a merge of several columns (a group heading, a note, a signature). */
  private isMerged(row: number, column: number): boolean {
    this.mergedRows ??= new Set(
      this.merges.filter((m) => m.right > m.left).flatMap((m) => rowsOf(m.top, m.bottom)),
    );
    if (!this.mergedRows.has(row)) return false;
    return this.merges.some(
      (m) => m.right > m.left && m.top <= row && m.bottom >= row && m.left <= column && m.right >= column,
    );
  }

  private markBlock(): void {
    this.blockStart ??= this.cells.length + 1;
  }

  private bodyRow(cells: OutCell[], style?: StyleName): number {
    this.cells.push(cells);
    const row = this.cells.length;
    this.bodyEnd = row;
    if (style) this.styles.push(this.rowBlock(row, style));
    return row;
  }

  private totalsRow(
    label: string,
    sums: ColumnSums,
    labelColumn: number,
    from: number,
    style: StyleName,
    derived?: DerivedCells,
  ): number {
    const row = this.cells.length + 1;
    const last = row - 1;
    const cells: OutCell[] = [];
    cells[labelColumn - 1] = label;
    for (const [key, value] of Object.entries(sums)) {
      const column = Number(key);
      cells[column - 1] =
        last >= from ? { formula: `SUBTOTAL(9,${a1(column, from)}:${a1(column, last)})`, value } : value;
    }
    for (const [key, cell] of Object.entries(derived?.(row) ?? {})) cells[Number(key) - 1] = cell;
    this.totalRows.add(row);
    return this.bodyRow(fill(cells, this.width), style);
  }

  private fullWidthLine(text: OutCell, style: StyleName): void {
    this.cells.push([text]);
    const row = this.cells.length;
    this.merges.push({ top: row, left: 1, bottom: row, right: this.width });
    this.styles.push(this.rowBlock(row, style));
  }

  private rowBlock(row: number, style: StyleName): StyleBlock {
    return { top: row, left: 1, bottom: row, right: this.width, style };
  }

  private mergeUngroupedHeaders(groups: HeaderGroup[]): void {
    for (let column = 1; column <= this.width; column++) {
      if (groups.some((g) => column >= g.first && column <= g.last)) continue;
      const header = this.cells[this.headerRow - 1]?.[column - 1] ?? null;
      const groupRow = this.cells[this.headerRow - 2];
      if (groupRow) groupRow[column - 1] = header;
      this.merges.push({ top: this.headerRow - 1, left: column, bottom: this.headerRow, right: column });
    }
  }
}

/** The lines under the title: the project first, the options' own lines, and the money unit last. */
function subtitleLines(options: FormSheetOptions, project: string | null, lang: Lang): string[] {
  const lines = [...options.subtitles];
  if (options.project !== false) {
    const named = `${PROJECT_LABEL[lang]}${COLON[lang]}${project ?? PROJECT_BLANK}`;
    lines[0] = lines[0] === undefined ? named : `${named}${GAP}${lines[0]}`;
  }
  if (options.columns.some((c) => c.format === MONEY_FORMAT)) {
    const last = lines.length - 1;
    if (last < 0) lines.push(UNIT_LINE[lang]);
    else lines[last] = `${lines[last]}${GAP}${UNIT_LINE[lang]}`;
  }
  return lines;
}

/** The rows from `top` to `bottom`. */
function rowsOf(top: number, bottom: number): number[] {
  return Array.from({ length: bottom - top + 1 }, (_, i) => top + i);
}

/** The least of the numbers given, undefined when none is. */
function minimum(values: readonly (number | undefined)[]): number | undefined {
  const given = values.filter((v): v is number => v !== undefined);
  return given.length === 0 ? undefined : Math.min(...given);
}

/** The total width of columns `left` to `right` (1-based). */
function sumWidths(widths: readonly number[], left: number, right: number): number {
  let sum = 0;
  for (let c = left; c <= right; c++) sum += widths[c - 1] ?? 0;
  return sum;
}

/** The columns split into `count` spans of near-equal width, each at least one column. */
function columnSpans(widths: readonly number[], count: number): CellRange[] {
  const n = Math.min(count, widths.length);
  const total = widths.reduce((sum, w) => sum + w, 0);
  const spans: CellRange[] = [];
  let left = 1;
  let used = 0;
  for (let i = 0; i < n; i++) {
    let right = left;
    used += widths[left - 1] ?? 0;
    const target = ((i + 1) * total) / n;
    const leftForRest = widths.length - (n - i - 1);
    while (right < leftForRest && used + (widths[right] ?? 0) / 2 < target) {
      used += widths[right] ?? 0;
      right++;
    }
    if (i === n - 1) right = widths.length;
    spans.push({ top: 0, left, bottom: 0, right });
    left = right + 1;
  }
  return spans;
}

/** True when the columns split into `count` spans each at least `need` wide. */
function spansFit(widths: readonly number[], count: number, need: number): boolean {
  if (count > widths.length) return false;
  return columnSpans(widths, count).every((span) => sumWidths(widths, span.left, span.right) >= need);
}

function fill(cells: OutCell[], width: number): OutCell[] {
  if (cells.length === width && !cells.includes(undefined as never)) return cells;
  const out: OutCell[] = [];
  for (let i = 0; i < width; i++) out.push(cells[i] ?? null);
  return out;
}
