import type { CellRange, OutCell, SheetSpec, StyleBlock, StyleName, FormatBlock } from "./sheetSpec";
import { a1 } from "../values/columnLetter";
import { label, type Label, type Lang } from "../i18n/label";

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
}

/** The blank date line under a signature, in each language. */
const DATE_LINE: Label = label("日期：_____年___月___日", "日期：_____年___月___日", "Date: ____-__-__");

/** Core-computed values of a totals row, by 1-based column; each becomes a SUBTOTAL formula. */
export type ColumnSums = Record<number, number>;

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

  constructor(private readonly options: FormSheetOptions) {
    this.width = options.columns.length;
    this.fullWidthLine(options.title, "title");
    for (const line of options.subtitles) this.fullWidthLine(line, "subtitle");
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

  /** A subtotal of the rows since the last group heading, as SUBTOTAL(9, ...) per given column. */
  subtotal(label: string, sums: ColumnSums, labelColumn = 1): number {
    return this.totalsRow(label, sums, labelColumn, this.groupStart, "subtotal");
  }

  /** A grand total over the whole body, as SUBTOTAL(9, ...) per given column (subtotals are skipped by SUBTOTAL). */
  total(label: string, sums: ColumnSums, labelColumn = 1): number {
    return this.totalsRow(label, sums, labelColumn, this.bodyStart, "total");
  }

  /** Notes under the table, one merged line each. */
  notes(lines: string[]): void {
    if (lines.length === 0) return;
    this.cells.push([]);
    for (const line of lines) this.fullWidthLine(line, "note");
  }

  /**
   * A line across the whole width after the body (a section of its own below the table, such as the issues
   * sheet's 读取情况): merged, in a style, outside the body's borders and number formats. Returns its row.
   */
  line(cell: OutCell, style: StyleName): number {
    this.fullWidthLine(cell, style);
    return this.cells.length;
  }

  /** An empty row (space before a section below the table). */
  gap(): void {
    this.cells.push([]);
  }

  /** Signature lines (编制人 / 项目负责人 ...), spread across the width, each with a date blank. */
  signatures(labels: string[], withDate = true): void {
    this.cells.push([]);
    const names: OutCell[] = [];
    const dates: OutCell[] = [];
    labels.forEach((text, i) => {
      const column = Math.floor((i * this.width) / labels.length);
      names[column] = `${text}：______________`;
      dates[column] = DATE_LINE[this.options.lang ?? "zh-CN"];
    });
    const top = this.cells.length + 1;
    this.cells.push(fill(names, this.width));
    if (withDate) this.cells.push(fill(dates, this.width));
    this.styles.push({ top, left: 1, bottom: this.cells.length, right: this.width, style: "signature" });
  }

  /** The finished sheet. */
  build(): SheetSpec {
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
    const firstHeader = this.options.headerGroups?.length ? this.headerRow - 1 : this.headerRow;
    const bodyStyle: StyleBlock[] =
      this.bodyEnd >= this.bodyStart
        ? [{ top: this.bodyStart, left: 1, bottom: this.bodyEnd, right: this.width, style: "body" }]
        : [];
    const spec: SheetSpec = {
      name: this.options.name,
      key: this.options.key,
      cells: this.cells.map((row) => fill(row, this.width)),
      columns: this.options.columns.map((c) => ({ width: c.width })),
      styles: [...bodyStyle, ...this.styles],
      numberFormats,
      merges: this.merges,
      freeze: { rows: this.headerRow, columns: this.options.freezeColumns ?? 0 },
      print: {
        orientation: this.options.orientation,
        paper: "A4",
        fitToWidth: true,
        repeatRows: { first: firstHeader, last: this.headerRow },
      },
    };
    if (this.options.clerkColumns) spec.clerkColumns = this.options.clerkColumns;
    return spec;
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

function fill(cells: OutCell[], width: number): OutCell[] {
  if (cells.length === width && !cells.includes(undefined as never)) return cells;
  const out: OutCell[] = [];
  for (let i = 0; i < width; i++) out.push(cells[i] ?? null);
  return out;
}
