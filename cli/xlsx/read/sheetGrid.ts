import type { CellValue, MergedArea, SheetData } from "../../../core/index";
import type { CellLog } from "./cellLog";
import { clearMergedCells } from "./mergedCells";
import { MAX_GRID_CELLS } from "./readLimits";
import { XlsxReadError } from "./xlsxReadError";

const GENERAL = "General";
const BLANK = /^\s*$/;

/**
 * A sheet's logged cells as Office.js `Range.values` gives its used range: the grid from the first to the last
 * row and column holding a value, merged areas holding their value in the top-left cell only, number formats
 * beside, merged areas listed (each once). Text that is only white space (`" "`, the ideographic space
 * `"\u3000"`) does not widen the range: a stray space far out (XFD20000) would otherwise make a grid of millions
 * of empty cells; inside the range it is kept.
 * Number format rows that are alike are one shared, frozen array. An empty sheet gives empty `values` at A1.
 * Throws `XlsxReadError("sheet-too-large")` past `MAX_GRID_CELLS`.
 */
export function sheetGrid(
  name: string,
  log: CellLog,
  merges: MergedArea[],
  formatCodes: readonly string[],
): SheetData {
  const areas = merges.length > 0 ? clearMergedCells(log, merges) : merges;
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (let i = 0; i < log.length; i++) {
    const value = log.value(i);
    if (value === null || (typeof value === "string" && isBlank(value))) continue;
    const row = log.row(i);
    const column = log.column(i);
    if (row < top) top = row;
    if (row > bottom) bottom = row;
    if (column < left) left = column;
    if (column > right) right = column;
  }
  if (bottom === 0) return { name, values: [], origin: { row: 1, column: 1 }, numberFormats: [] };

  const height = bottom - top + 1;
  const width = right - left + 1;
  if (height * width > MAX_GRID_CELLS) {
    throw new XlsxReadError(
      "sheet-too-large",
      `sheet "${name}" spreads over ${height} rows × ${width} columns, more than one grid can hold`,
      { sheet: name, rows: String(height), columns: String(width) },
    );
  }
  const grid: CellValue[][] = new Array<CellValue[]>(height);
  for (let r = 0; r < height; r++) grid[r] = new Array<CellValue>(width).fill(null);
  const formats = new FormatRows(height, width);
  for (let i = 0; i < log.length; i++) {
    const value = log.value(i);
    if (value === null) continue;
    const r = log.row(i) - top;
    const c = log.column(i) - left;
    if (r < 0 || r >= height || c < 0 || c >= width) continue;
    (grid[r] as CellValue[])[c] = value;
    formats.set(r, c, formatCodes[log.style(i)] ?? GENERAL);
  }
  const numberFormats = formats.done();
  const sheet: SheetData = { name, values: grid, origin: { row: top, column: left }, numberFormats };
  if (areas.length > 0) sheet.merges = areas;
  return sheet;
}

/**
 * The number format rows of a grid, rows that are alike shared: most sheets have a few patterns of formats
 * over many rows, so each pattern is held once. Shared rows are frozen, so a reader that wrote into one would
 * fail at once rather than change other rows.
 */
class FormatRows {
  private readonly rows: string[][];
  private readonly general: string[];
  /** Shared rows, the one matched last first. */
  private readonly recent: string[][] = [];
  /** The formats of the row being set, and the columns set in it. */
  private readonly scratch: string[];
  private readonly touched: number[] = [];
  private open = -1;

  constructor(height: number, width: number) {
    this.general = Object.freeze(new Array<string>(width).fill(GENERAL)) as string[];
    this.rows = new Array<string[]>(height).fill(this.general);
    this.recent.push(this.general);
    this.scratch = new Array<string>(width).fill(GENERAL);
  }

  /** Sets the format of one cell; a row is shared once cells of another row come. */
  set(r: number, c: number, format: string): void {
    if (r !== this.open) this.openRow(r);
    if (this.scratch[c] === format) return;
    this.scratch[c] = format;
    this.touched.push(c);
  }

  /** The rows, all shared. */
  done(): string[][] {
    this.share();
    this.open = -1;
    return this.rows;
  }

  private openRow(r: number): void {
    this.share();
    this.open = r;
    const row = this.rows[r] as string[];
    if (row === this.general) return;
    for (let c = 0; c < row.length; c++) {
      if (row[c] === GENERAL) continue;
      this.scratch[c] = row[c] as string;
      this.touched.push(c);
    }
  }

  /** Gives the open row an alike shared row, or a frozen copy of its own that later rows may share. */
  private share(): void {
    const { touched, scratch, recent } = this;
    if (touched.length === 0) return;
    let shared: string[] | undefined;
    for (let k = 0; k < recent.length && shared === undefined; k++) {
      if (!sameRow(recent[k] as string[], scratch)) continue;
      shared = recent[k] as string[];
      if (k > 0) recent.unshift(...recent.splice(k, 1));
    }
    if (shared === undefined) {
      shared = Object.freeze(scratch.slice()) as string[];
      if (recent.length === MAX_SHARED_PATTERNS) recent.pop();
      recent.unshift(shared);
    }
    this.rows[this.open] = shared;
    for (const c of touched) scratch[c] = GENERAL;
    touched.length = 0;
  }
}

function sameRow(a: readonly string[], b: readonly string[]): boolean {
  for (let c = 0; c < a.length; c++) if (a[c] !== b[c]) return false;
  return true;
}

/** How many distinct format rows are remembered for sharing. */
const MAX_SHARED_PATTERNS = 16;

function isBlank(text: string): boolean {
  const first = text.charCodeAt(0);
  return text.length === 0 || ((first <= 0x20 || first > 0x7e) && BLANK.test(text));
}
