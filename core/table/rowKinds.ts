import type { CellValue } from "./sheetData";
import { normalizeHeader } from "../values/text";
import { isBlankText } from "../values/trim";

/** Every total word has one of these letters; other cells (receipt numbers, names) skip normalisation. */
const MAY_BE_TOTAL = /[合计計小总總共TtSsＴｔＳｓ]/;

const TOTAL_WORDS = new Set(["合计", "小计", "总计", "共计", "total", "subtotal", "grandtotal", "sum"]);

/** True when every cell of the row is empty or white space. */
export function isBlankRow(cells: readonly CellValue[]): boolean {
  for (const cell of cells) if (!isBlankCell(cell)) return false;
  return true;
}

/** True for null, the empty string and white space. */
export function isBlankCell(cell: CellValue): boolean {
  return cell === null || (typeof cell === "string" && isBlankText(cell));
}

/**
 * True for a total row: a text cell equal to 合计/合計/小计/小計/总计/總計/Total/Subtotal among the
 * row's first two non-empty cells (such rows are skipped, never summed again).
 */
export function isTotalRow(cells: readonly CellValue[]): boolean {
  let seen = 0;
  for (const cell of cells) {
    if (isBlankCell(cell)) continue;
    if (typeof cell === "string" && MAY_BE_TOTAL.test(cell) && TOTAL_WORDS.has(normalizeHeader(cell)))
      return true;
    if (++seen >= 2) return false;
  }
  return false;
}
