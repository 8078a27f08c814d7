import type { MergedArea } from "../../../core/index";
import type { CellLog } from "./cellLog";
import { MAX_COLUMN } from "./cellReference";

/**
 * Empties every logged cell that a merged area covers but for that area's top-left cell, as Excel shows merged
 * cells (a cell some area covers elsewhere than at its top-left is emptied even when it tops another area). One
 * sweep down the rows: each area is counted over its columns while the sweep is within its rows (a Fenwick tree
 * over the columns), so the work is O((cells + areas) · log), however many areas there are and however they
 * overlap. Returns the areas without repeats, in the order first listed.
 */
export function clearMergedCells(log: CellLog, merges: readonly MergedArea[]): MergedArea[] {
  const distinct = withoutRepeats(merges);
  const byTop = [...distinct].sort((a, b) => a.top - b.top);
  const byBottom = [...distinct].sort((a, b) => a.bottom - b.bottom);
  const topLefts = new Map<number, number>();
  for (const m of distinct)
    topLefts.set(cellKey(m.top, m.left), (topLefts.get(cellKey(m.top, m.left)) ?? 0) + 1);
  const covering = new ColumnCounts();
  const order = log.rowOrder();
  let opened = 0;
  let closed = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] ?? 0;
    const row = log.row(i);
    for (; opened < byTop.length && (byTop[opened] as MergedArea).top <= row; opened++) {
      const m = byTop[opened] as MergedArea;
      covering.add(m.left, m.right, 1);
    }
    for (; closed < byBottom.length && (byBottom[closed] as MergedArea).bottom < row; closed++) {
      const m = byBottom[closed] as MergedArea;
      covering.add(m.left, m.right, -1);
    }
    const column = log.column(i);
    const areas = covering.at(column);
    if (areas > 0 && areas > (topLefts.get(cellKey(row, column)) ?? 0)) log.clear(i);
  }
  return distinct;
}

/** The areas, each listed once. */
function withoutRepeats(merges: readonly MergedArea[]): MergedArea[] {
  const seen = new Set<string>();
  return merges.filter((m) => {
    const key = `${m.top},${m.left},${m.bottom},${m.right}`;
    return !seen.has(key) && seen.add(key) !== undefined;
  });
}

function cellKey(row: number, column: number): number {
  return row * (MAX_COLUMN + 1) + column;
}

/** How many areas cover each column: add over a column range, read one column, each in O(log columns). */
class ColumnCounts {
  private readonly tree = new Int32Array(MAX_COLUMN + 2);

  /** Adds `delta` to every column from `left` to `right`. */
  add(left: number, right: number, delta: number): void {
    this.bump(left, delta);
    this.bump(right + 1, -delta);
  }

  /** The count at one column. */
  at(column: number): number {
    let sum = 0;
    for (let i = column; i > 0; i -= i & -i) sum += this.tree[i] ?? 0;
    return sum;
  }

  private bump(column: number, delta: number): void {
    for (let i = column; i < this.tree.length; i += i & -i) this.tree[i] = (this.tree[i] ?? 0) + delta;
  }
}
