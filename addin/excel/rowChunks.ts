import type { ExcelCellValue } from "./excelSubset";
import { jsonPayloadBytes } from "./payloadSize";

/** Rows written with one `Range.formulas` set: to sheet `sheet` (index into the write), from row `firstRow`. */
export interface RowChunk {
  sheet: number;
  firstRow: number;
  rows: ExcelCellValue[][];
  /** Bytes these rows add to a request (their JSON, UTF-8). */
  bytes: number;
}

/**
 * Splits grids into row chunks and packs them into syncs so that no sync carries more than `budget` bytes
 * of cell data, sheets in order; a sync holds chunks of several sheets when they fit. A single row larger
 * than the budget travels alone. Returns the chunks of each sync (none for grids without rows).
 */
export function planChunks(grids: readonly ExcelCellValue[][][], budget: number): RowChunk[][] {
  const syncs: RowChunk[][] = [];
  let current: RowChunk[] = [];
  let left = budget;
  const closeSync = () => {
    if (current.length > 0) syncs.push(current);
    current = [];
    left = budget;
  };
  grids.forEach((rows, sheet) => {
    let chunk: RowChunk | null = null;
    rows.forEach((row, i) => {
      const bytes = jsonPayloadBytes(row) + 1;
      if (chunk !== null && bytes <= left) {
        chunk.rows.push(row);
        chunk.bytes += bytes;
        left -= bytes;
        return;
      }
      if (bytes + 2 > left) closeSync();
      chunk = { sheet, firstRow: i + 1, rows: [row], bytes: bytes + 2 };
      current.push(chunk);
      left -= bytes + 2;
    });
  });
  closeSync();
  return syncs;
}
