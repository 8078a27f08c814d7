import type { CellValue } from "./sheetData";
import { normalizeHeader } from "../values/text";
import { isBlankCell } from "./rowKinds";

/** A label's value above a table and the cell it was read from (indexes into the rows read). */
export interface LabelCell {
  value: string;
  /** Index of the row among the rows read. */
  row: number;
  /** Index of the value's cell in its row: the label's own cell (`部门：工程部`) or the one after a bare `部门：`. */
  column: number;
}

/**
 * Reads `label: value` pairs from the rows above a table (`部门：工程部`, or `项目：` in one cell and
 * `阳光花园` in the next). Keys are normalised like headers; the first occurrence wins.
 */
export function readSheetLabels(rows: readonly (readonly CellValue[])[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const [key, cell] of readSheetLabelCells(rows)) labels.set(key, cell.value);
  return labels;
}

/** {@link readSheetLabels} with the cell each value was read from. */
export function readSheetLabelCells(rows: readonly (readonly CellValue[])[]): Map<string, LabelCell> {
  const labels = new Map<string, LabelCell>();
  const put = (key: string, value: string, row: number, column: number) => {
    const k = normalizeHeader(key);
    const v = value.trim();
    if (k !== "" && v !== "" && !labels.has(k)) labels.set(k, { value: v, row, column });
  };
  rows.forEach((row, r) => {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] ?? null;
      if (typeof cell !== "string") continue;
      // Two labels in one cell are split at 2+ spaces (or a full-width space), but not at the spaces right
      // after a colon (`部门：  工程部`) unless another `label：` follows them (`部门：    项目：阳光花园`).
      for (const part of cell.split(
        /(?<![:：\s])(?:\s{2,}|\u3000+)|(?<=[:：])\s+(?=[^:：\s\d][^:：\s]{0,19}[:：])/u,
      )) {
        const inline = /^([^:：]{1,20})[:：]\s*(.+)$/.exec(part.trim());
        if (inline?.[1] !== undefined && inline[2] !== undefined) put(inline[1], inline[2], r, i);
      }
      const bare = /^([^:：]{1,20})[:：]\s*$/.exec(cell.trim());
      if (bare?.[1] !== undefined) {
        const next = row.findIndex((c, n) => n > i && !isBlankCell(c ?? null));
        const value = next < 0 ? null : (row[next] ?? null);
        if (value !== null) put(bare[1], String(value), r, next);
      }
    }
  });
  return labels;
}
