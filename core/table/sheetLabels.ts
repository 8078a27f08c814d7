import type { CellValue } from "./sheetData";
import { normalizeHeader } from "../values/text";
import { isBlankCell } from "./rowKinds";

/**
 * Reads `label: value` pairs from the rows above a table (`部门：工程部`, or `项目：` in one cell and
 * `阳光花园` in the next). Keys are normalised like headers; the first occurrence wins.
 */
export function readSheetLabels(rows: readonly (readonly CellValue[])[]): Map<string, string> {
  const labels = new Map<string, string>();
  const put = (key: string, value: string) => {
    const k = normalizeHeader(key);
    const v = value.trim();
    if (k !== "" && v !== "" && !labels.has(k)) labels.set(k, v);
  };
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      const cell = row[i] ?? null;
      if (typeof cell !== "string") continue;
      // Two labels in one cell are split at 2+ spaces (or a full-width space), but not at the spaces right
      // after a colon (`部门：  工程部`) unless another `label：` follows them (`部门：    项目：阳光花园`).
      for (const part of cell.split(
        /(?<![:：\s])(?:\s{2,}|\u3000+)|(?<=[:：])\s+(?=[^:：\s\d][^:：\s]{0,19}[:：])/u,
      )) {
        const inline = /^([^:：]{1,20})[:：]\s*(.+)$/.exec(part.trim());
        if (inline?.[1] !== undefined && inline[2] !== undefined) put(inline[1], inline[2]);
      }
      const bare = /^([^:：]{1,20})[:：]\s*$/.exec(cell.trim());
      if (bare?.[1] !== undefined) {
        const next = row.slice(i + 1).find((c) => !isBlankCell(c));
        if (next !== undefined && next !== null) put(bare[1], String(next));
      }
    }
  }
  return labels;
}
