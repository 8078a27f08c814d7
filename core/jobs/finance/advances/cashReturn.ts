import type { CellValue, SheetData } from "../../../table/sheetData";
import { columnNumber } from "../../../values/columnLetter";
import { memoize } from "../../../values/memo";
import { foldTraditional, normalizeHeader } from "../../../values/text";

/** Words saying a voucher hands unspent cash back (after NFKC, white space and Traditional folding). */
const CASH_RETURN_WORDS = [
  "交回余款",
  "余款交回",
  "交回现金",
  "现金交回",
  "退还现金",
  "退回现金",
  "现金退回",
  "退回余款",
  "退还余款",
  "归还余款",
  "退回借款",
  "退还借款",
  "归还借款",
  "交回借款",
  "还款",
  "退款",
];
/** A word right after one of these says the opposite (未还款, 无需退款, 不退款). */
const NEGATIONS = ["未", "不", "非", "无", "没", "没有", "无需", "不需", "不用", "免", "尚未", "暂未"];
const WHITE_SPACE = /\s+/gu;

/**
 * Headers of the cells that say what a voucher is - its summary, its kind, its remarks - matched like any header
 * (`備註` = `备注`). Looked up beside the voucher table, not declared in it, so they never make another sheet (a
 * stock ledger's 摘要) look like vouchers.
 */
const KIND_HEADERS = new Set(
  [
    "摘要",
    "事由",
    "报销事由",
    "内容",
    "类别",
    "类型",
    "凭证类别",
    "业务类型",
    "款项类别",
    "备注",
    "Summary",
    "Description",
    "Type",
    "Category",
    "Remarks",
    "Note",
  ].map(normalizeHeader),
);

/**
 * True when a cell's text says cash was handed back: it contains 交回余款, 余款交回, 交回现金, 现金交回, 退还现金,
 * 退回现金, 现金退回, 退回余款, 退还余款, 归还余款, 退回借款, 退还借款, 归还借款, 交回借款, 还款 or 退款 (Traditional
 * 退還現金, 歸還借款, 還款 too), not right after a negation (未还款, 无需退款).
 * @example isCashReturnText("交回余款（电费余额）") === true
 */
export const isCashReturnText: (text: string) => boolean = memoize((text: string): boolean => {
  const folded = foldTraditional(text.normalize("NFKC")).replace(WHITE_SPACE, "");
  for (const word of CASH_RETURN_WORDS) {
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) {
      const before = folded.slice(0, at);
      if (!NEGATIONS.some((n) => before.endsWith(n))) return true;
    }
  }
  return false;
});

/**
 * The Excel rows of a voucher sheet that hand cash back: rows whose summary, kind or remarks cell (摘要, 事由,
 * 类别, 类型, 备注 and the like, found in the header rows) or invoice cell (`无（交回余款）`) says so
 * ({@link isCashReturnText}).
 */
export function cashReturnRows(
  sheet: SheetData,
  headerRows: readonly number[],
  rows: readonly number[],
  invoiceColumn: string | undefined,
): Set<number> {
  const columns = kindColumnsOf(sheet, headerRows);
  const invoice = invoiceColumn === undefined ? -1 : columnNumber(invoiceColumn) - sheet.origin.column;
  if (invoice >= 0) columns.push(invoice);
  const found = new Set<number>();
  if (columns.length === 0) return found;
  for (const row of rows) {
    const cells = sheet.values[row - sheet.origin.row] ?? [];
    if (columns.some((index) => saysCashReturn(cells[index]))) found.add(row);
  }
  return found;
}

function saysCashReturn(cell: CellValue | undefined): boolean {
  return typeof cell === "string" && isCashReturnText(cell);
}

/** The indexes (into a row of `sheet.values`) of the summary, kind and remarks columns under a header. */
function kindColumnsOf(sheet: SheetData, headerRows: readonly number[]): number[] {
  const columns = new Set<number>();
  for (const row of headerRows) {
    (sheet.values[row - sheet.origin.row] ?? []).forEach((cell, index) => {
      if (typeof cell === "string" && KIND_HEADERS.has(normalizeHeader(cell))) columns.add(index);
    });
  }
  return [...columns];
}
