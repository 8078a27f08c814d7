import type { ExcelHeaderFooter, SheetVisibility } from "../excel/excelSubset";
import { MAX_COLUMNS, MAX_ROWS, type Rect } from "./cellRect";
import type { LookPatch } from "./cellLook";

/** A constant a cell holds (formulas keep their last value here). */
export type StoredValue = string | number | boolean;

/** Print setup as the simulator keeps it. */
export interface SimPageLayout {
  orientation: "Portrait" | "Landscape";
  paperSize: string;
  zoom: { horizontalFitToPages?: number; verticalFitToPages?: number; scale?: number };
  printTitleRows: string | null;
  /** The print area as an A1 address (`A1:H40`, areas joined by `,`), or null for the whole sheet. */
  printArea: string | null;
  /** The header and footer of every page (`headersFooters.defaultForAllPages`), in Excel's header codes. */
  headerFooter: SimHeaderFooter;
}

/** The six parts of a page header and footer, as Office.js sets them; `""` where a part is empty. */
export type SimHeaderFooter = ExcelHeaderFooter;

/** A new sheet's print setup: portrait Letter at 100%, no title rows, no print area, no header or footer. */
export function defaultPageLayout(): SimPageLayout {
  return {
    orientation: "Portrait",
    paperSize: "Letter",
    zoom: { scale: 100 },
    printTitleRows: null,
    printArea: null,
    headerFooter: {
      leftHeader: "",
      centerHeader: "",
      rightHeader: "",
      leftFooter: "",
      centerFooter: "",
      rightFooter: "",
    },
  };
}

interface SheetRow {
  values: (StoredValue | undefined)[];
  formulas?: (string | undefined)[];
  formats?: (string | undefined)[];
}

/** Every cell of a worksheet. */
const WHOLE_SHEET: Rect = { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLUMNS };

/** A key for one cell, unique within a sheet. */
export function cellKey(row: number, column: number): number {
  return row * MAX_COLUMNS + column;
}

/**
 * One worksheet of the simulated workbook: its cells (constants, formulas as text, number formats), looks
 * as ordered block patches, merges, column widths and row heights in points, frozen panes, print setup (with
 * print area, header and footer, manual page breaks) and protection.
 */
export class SimSheet {
  visibility: SheetVisibility = "Visible";
  protected = false;
  readonly merges: Rect[] = [];
  /** Column widths in points by 1-based column. */
  readonly columnWidths = new Map<number, number>();
  readonly looks: LookPatch[] = [];
  /** Row heights in points by 1-based row (rows never set keep Excel's default height). */
  readonly rowHeights = new Map<number, number>();
  freeze = { rows: 0, columns: 0 };
  pageLayout: SimPageLayout = defaultPageLayout();
  /** Manual horizontal page breaks: the 1-based rows a new printed page starts at, ascending. */
  readonly horizontalPageBreaks: number[] = [];
  /** Values computed for formula cells, with the workbook generation they were computed at. */
  readonly computed = new Map<number, { generation: number; value: StoredValue }>();
  private readonly rows: (SheetRow | undefined)[] = [];
  private readonly formulaCells = new Set<number>();

  constructor(
    readonly id: string,
    public name: string,
  ) {}

  /** The constant in a cell (for a formula, its last known value), or undefined when empty. */
  constant(row: number, column: number): StoredValue | undefined {
    return this.rows[row]?.values[column];
  }

  /** The formula in a cell (with `=`), or undefined. */
  formula(row: number, column: number): string | undefined {
    return this.rows[row]?.formulas?.[column];
  }

  /** The number format of a cell (`General` unless set). */
  numberFormat(row: number, column: number): string {
    return this.rows[row]?.formats?.[column] ?? "General";
  }

  /** Stores a constant, dropping any formula. */
  setConstant(row: number, column: number, value: StoredValue): void {
    const r = this.row(row);
    r.values[column] = value;
    if (r.formulas?.[column] !== undefined) {
      r.formulas[column] = undefined;
      this.formulaCells.delete(cellKey(row, column));
    }
  }

  /** Stores a formula, with the value it had (e.g. the cached result in a file) if known. */
  setFormula(row: number, column: number, formula: string, lastValue?: StoredValue): void {
    const r = this.row(row);
    r.formulas ??= [];
    r.formulas[column] = formula;
    r.values[column] = lastValue;
    this.formulaCells.add(cellKey(row, column));
  }

  /** Empties a cell (its number format stays). */
  clear(row: number, column: number): void {
    const r = this.rows[row];
    if (r === undefined) return;
    r.values[column] = undefined;
    if (r.formulas?.[column] !== undefined) {
      r.formulas[column] = undefined;
      this.formulaCells.delete(cellKey(row, column));
    }
  }

  /** Sets a cell's number format. */
  setNumberFormat(row: number, column: number, format: string): void {
    const r = this.row(row);
    r.formats ??= [];
    r.formats[column] = format === "" ? "General" : format;
  }

  /** Every formula cell as [row, column, formula]. */
  *formulas(): Generator<[number, number, string]> {
    for (const key of this.formulaCells) {
      const row = Math.floor(key / MAX_COLUMNS);
      const column = key % MAX_COLUMNS;
      const formula = this.formula(row, column);
      if (formula !== undefined) yield [row, column, formula];
    }
  }

  /** Replaces a cell's formula text, keeping its value (used when Excel rewrites references). */
  rewriteFormula(row: number, column: number, formula: string): void {
    const r = this.rows[row];
    if (r?.formulas !== undefined) r.formulas[column] = formula;
  }

  /** The last row holding anything, 0 for an empty sheet. */
  lastRow(): number {
    return this.rows.length > 0 ? this.rows.length - 1 : 0;
  }

  /**
   * The used range as Excel computes it: the bounding box of cells with values or formulas, and with
   * `valuesOnly` false also of cells with a number format; within `area` when given (a range's used range); null
   * when there are none. Only rows that hold something are looked at, so a far cell costs nothing.
   */
  usedRect(valuesOnly: boolean, area: Rect = WHOLE_SHEET): Rect | null {
    let top = 0;
    let bottom = 0;
    let left = Infinity;
    let right = 0;
    this.rows.forEach((r, row) => {
      if (r === undefined || row < area.top || row > area.bottom) return;
      let first = Infinity;
      let last = 0;
      const scan = (cells: (unknown | undefined)[] | undefined) => {
        if (cells === undefined) return;
        const end = Math.min(cells.length - 1, area.right);
        for (let c = Math.max(1, area.left); c <= end; c++) {
          if (cells[c] === undefined) continue;
          if (c < first) first = c;
          if (c > last) last = c;
        }
      };
      scan(r.values);
      scan(r.formulas);
      if (!valuesOnly) scan(r.formats);
      if (last === 0) return;
      if (top === 0) top = row;
      bottom = row;
      left = Math.min(left, first);
      right = Math.max(right, last);
    });
    return top === 0 ? null : { top, left, bottom, right };
  }

  /**
   * The cells of `area` holding constants (formulas' last values aside), or formulas, as rectangles the way
   * `Range.getSpecialCells` gives them: each row's runs of such cells, runs that repeat on the rows below joined
   * into one rectangle. Only rows that hold something are looked at.
   */
  cellAreas(area: Rect, kind: "Constants" | "Formulas"): Rect[] {
    const done: Rect[] = [];
    let open: Rect[] = [];
    this.rows.forEach((r, row) => {
      if (r === undefined || row < area.top || row > area.bottom) return;
      const runs: Rect[] = [];
      const end = Math.min(Math.max(r.values.length, r.formulas?.length ?? 0) - 1, area.right);
      for (let c = Math.max(1, area.left); c <= end; c++) {
        const formula = r.formulas?.[c] !== undefined;
        const held = kind === "Formulas" ? formula : !formula && r.values[c] !== undefined;
        if (!held) continue;
        const last = runs[runs.length - 1];
        if (last !== undefined && last.right === c - 1) last.right = c;
        else runs.push({ top: row, bottom: row, left: c, right: c });
      }
      const next: Rect[] = [];
      for (const run of runs) {
        const above = open.find((o) => o.bottom === row - 1 && o.left === run.left && o.right === run.right);
        if (above === undefined) next.push(run);
        else {
          above.bottom = row;
          next.push(above);
        }
      }
      for (const o of open) if (!next.includes(o)) done.push(o);
      open = next;
    });
    return [...done, ...open].sort((a, b) => a.top - b.top || a.left - b.left);
  }

  private row(row: number): SheetRow {
    let r = this.rows[row];
    if (r === undefined) {
      r = { values: [] };
      this.rows[row] = r;
    }
    return r;
  }
}
