import type { CellValue } from "../../core/light";
import type { ExcelCellValue } from "./excelSubset";

/** The row every empty row of a sparse sheet shares (frozen: the core never writes into a sheet's rows). */
const EMPTY_ROW: CellValue[] = Object.freeze([]) as unknown as CellValue[];
/** The number formats every empty row shares. */
const NO_FORMATS: string[] = Object.freeze([]) as unknown as string[];

/** One row's cells read so far, by 1-based column. */
interface SparseRow {
  values: Map<number, CellValue>;
  formats: Map<number, string>;
}

/**
 * The cells of a sheet read block by block where they are (a used range mostly empty: a stray cell at XFD1048576),
 * made into the grid the core reads: from the first to the last row and column holding a value, each row only as
 * long as its last cell, empty rows one shared empty row. Text that is only white space does not widen the grid
 * (a stray space far out), as the command line reads it; inside the grid it is kept.
 */
export class SparseGrid {
  private readonly rows = new Map<number, SparseRow>();

  /** Puts a block read with `Range.values` and `numberFormat` at its 1-based top-left cell. */
  put(top: number, left: number, values: readonly ExcelCellValue[][], formats: readonly string[][]): void {
    values.forEach((cells, r) => {
      cells.forEach((value, c) => {
        if (value === "") return;
        const row = top + r;
        let sparse = this.rows.get(row);
        if (sparse === undefined) this.rows.set(row, (sparse = { values: new Map(), formats: new Map() }));
        sparse.values.set(left + c, value);
        sparse.formats.set(left + c, formats[r]?.[c] ?? "General");
      });
    });
  }

  /** The grid as the core reads it: values and number formats, and the 1-based position of its first cell. */
  grid(): { values: CellValue[][]; numberFormats: string[][]; origin: { row: number; column: number } } {
    let top = Infinity;
    let bottom = 0;
    let left = Infinity;
    for (const [row, sparse] of this.rows) {
      for (const [column, value] of sparse.values) {
        if (typeof value === "string" && value.trim() === "") continue;
        top = Math.min(top, row);
        bottom = Math.max(bottom, row);
        left = Math.min(left, column);
      }
    }
    if (bottom === 0) return { values: [], numberFormats: [], origin: { row: 1, column: 1 } };
    const values: CellValue[][] = [];
    const numberFormats: string[][] = [];
    for (let row = top; row <= bottom; row++) {
      const sparse = this.rows.get(row);
      const columns = sparse === undefined ? [] : [...sparse.values.keys()].filter((c) => c >= left);
      if (sparse === undefined || columns.length === 0) {
        values.push(EMPTY_ROW);
        numberFormats.push(NO_FORMATS);
        continue;
      }
      const width = Math.max(...columns) - left + 1;
      const cells = new Array<CellValue>(width).fill(null);
      const formats = new Array<string>(width).fill("General");
      for (const column of columns) {
        cells[column - left] = sparse.values.get(column) ?? null;
        formats[column - left] = sparse.formats.get(column) ?? "General";
      }
      values.push(cells);
      numberFormats.push(formats);
    }
    return { values, numberFormats, origin: { row: top, column: left } };
  }
}
