import type { CellValue } from "../../../core/index";

/** Cells per block: the log grows a block at a time, so it never copies what it holds (but its first block). */
const BLOCK_BITS = 16;
const BLOCK_SIZE = 1 << BLOCK_BITS;
const BLOCK_MASK = BLOCK_SIZE - 1;
/** The first block starts this small and doubles up to a block, so a sheet of a few cells takes a few bytes. */
const FIRST_CAPACITY = 64;

/**
 * The cells of one sheet that hold a value, in the order read: row, column and style in typed-array blocks,
 * the value beside in blocks of plain arrays. 20 bytes a cell besides the value itself (at most one block
 * more), no object per cell, and nothing copied as it grows past its first block (which doubles from 64 cells,
 * so a workbook of a thousand small sheets takes kilobytes, not a block each).
 */
export class CellLog {
  /** Number of cells logged. */
  length = 0;
  /** False once a row came before one already read (rows out of order). */
  rowsAscending = true;
  private readonly rows: Int32Array[] = [];
  private readonly columns: Int32Array[] = [];
  private readonly styles: Int32Array[] = [];
  private readonly values: CellValue[][] = [];
  private lastRow = 0;

  /** Logs one cell. */
  add(row: number, column: number, style: number, value: CellValue): void {
    const i = this.length;
    const block = i >>> BLOCK_BITS;
    const at = i & BLOCK_MASK;
    if (at === 0) {
      const size = block === 0 ? FIRST_CAPACITY : BLOCK_SIZE;
      this.rows.push(new Int32Array(size));
      this.columns.push(new Int32Array(size));
      this.styles.push(new Int32Array(size));
      this.values.push([]);
    } else if (block === 0 && at === (this.rows[0] as Int32Array).length) this.growFirstBlock();
    if (row < this.lastRow) this.rowsAscending = false;
    this.lastRow = row;
    (this.rows[block] as Int32Array)[at] = row;
    (this.columns[block] as Int32Array)[at] = column;
    (this.styles[block] as Int32Array)[at] = style;
    (this.values[block] as CellValue[]).push(value);
    this.length = i + 1;
  }

  private growFirstBlock(): void {
    const grown = (array: Int32Array): Int32Array => {
      const bigger = new Int32Array(Math.min(array.length * 2, BLOCK_SIZE));
      bigger.set(array);
      return bigger;
    };
    this.rows[0] = grown(this.rows[0] as Int32Array);
    this.columns[0] = grown(this.columns[0] as Int32Array);
    this.styles[0] = grown(this.styles[0] as Int32Array);
  }

  /** The row of cell `i`. */
  row(i: number): number {
    return this.rows[i >>> BLOCK_BITS]?.[i & BLOCK_MASK] ?? 0;
  }

  /** The column of cell `i`. */
  column(i: number): number {
    return this.columns[i >>> BLOCK_BITS]?.[i & BLOCK_MASK] ?? 0;
  }

  /** The style index of cell `i`. */
  style(i: number): number {
    return this.styles[i >>> BLOCK_BITS]?.[i & BLOCK_MASK] ?? 0;
  }

  /** The value of cell `i` (null once cleared). */
  value(i: number): CellValue {
    return this.values[i >>> BLOCK_BITS]?.[i & BLOCK_MASK] ?? null;
  }

  /** Empties cell `i` (a cell under a merged area). */
  clear(i: number): void {
    const block = this.values[i >>> BLOCK_BITS];
    if (block !== undefined) block[i & BLOCK_MASK] = null;
  }

  /** Cell indices in row order: the identity when rows came in order, else sorted by row (stable). */
  rowOrder(): Int32Array {
    const order = new Int32Array(this.length);
    for (let i = 0; i < order.length; i++) order[i] = i;
    if (this.rowsAscending) return order;
    return order.sort((a, b) => this.row(a) - this.row(b) || a - b);
  }
}
