import type { Issue } from "../issues";
import type { TableSpec } from "../table/declaration";
import { readTable, type ReadOptions, type TableScan } from "../table/readTable";
import { reportReading } from "../table/readings";
import { sourceOf } from "../table/rowRefs";
import type { CellValue, SheetData } from "../table/sheetData";
import { ZERO_FEN, type Fen } from "../values/money";
import { normalizeHeader } from "../values/text";
import { PAYMENT_TABLE } from "./inputs";
import type { Payment, VoidedReceipt } from "./records";
import { hasVoidMark, receiptWithoutMark } from "./voidMark";

/**
 * Headers of the cells where a clerk marks a receipt 作废 - the payer, its status, the remarks - matched like any
 * header (`備註` = `备注`). They are looked up beside the payments table, not declared in it: a 备注 column must not
 * make a sheet look more like a payments list than it is.
 */
const MARK_HEADERS = new Set(
  [
    "交款人",
    "缴款人",
    "付款人",
    "缴费人",
    "交款单位",
    "业主",
    "业主姓名",
    "客户",
    "户名",
    "状态",
    "票据状态",
    "收据状态",
    "使用状态",
    "备注",
    "Payer",
    "Status",
    "Remarks",
    "Remark",
    "Note",
    "Notes",
  ].map(normalizeHeader),
);

/** A payments sheet's records split into payments and voided receipts, and the reading errors voided rows no longer have. */
export interface SortedPayments {
  payments: Payment[];
  /** By row. */
  voided: VoidedReceipt[];
  /** The errors of the voided rows the reader left out, which they no longer have (see {@link voidedAmongRejected}). */
  forgiven: ReadonlySet<Issue>;
}

/**
 * Takes the voided receipts (作废) out of what the reader made of a payments sheet: `read`, the sheet's records, and
 * the rows it left out (`scan`). A row is voided when its receipt number or a payer, status or remarks cell carries
 * a void mark ({@link hasVoidMark}: 作废, 已作废, 作废票, 廢, VOID), or when its amount is 0 (or empty, or text such
 * as `作废`) and any of its cells - columns nobody declared included - carries one. A mark beside another receipt's
 * number (a run of digits as long as the row's own serial) is about that receipt (`重开，原NO.0003103作废`).
 */
export function sortOutVoided(
  sheet: SheetData,
  scan: TableScan<typeof PAYMENT_TABLE>,
  read: readonly Payment[],
  options: ReadOptions,
): SortedPayments {
  const marks = markColumnsOf(sheet, scan.headerRows);
  const payments: Payment[] = [];
  const voided: VoidedReceipt[] = [];
  for (const p of read) {
    if (!isVoided(p.receipt, p.amountFen, cellsAt(sheet, p.source.row), marks)) payments.push(p);
    else {
      const { receipt, date, unit, feeType, amountFen, source } = p;
      const number = receipt === null ? null : receiptWithoutMark(receipt);
      voided.push({ receipt: number, date, unit, feeType, amountFen, source });
    }
  }
  const rescued = voidedAmongRejected(sheet, scan, marks, options);
  for (const v of rescued.voided) voided.push(v);
  voided.sort((a, b) => a.source.row - b.source.row);
  return { payments, voided, forgiven: rescued.forgiven };
}

/**
 * True when a payments row is a voided receipt (see {@link sortOutVoided}). A mark beside another receipt's number
 * voids that one, not this row (`重开，原NO.0003103作废` on the new receipt NO.0003104).
 */
function isVoided(
  receipt: string | null,
  amount: Fen | null,
  cells: readonly CellValue[],
  marks: readonly number[],
): boolean {
  if (receipt !== null && hasVoidMark(receipt)) return true;
  const marked: string[] = [];
  for (const index of marks) {
    const cell = cells[index];
    if (isMarked(cell)) marked.push(cell);
  }
  if (amount === null || amount === 0) for (const cell of cells) if (isMarked(cell)) marked.push(cell);
  if (marked.length === 0) return false;
  const own = receipt === null ? null : serialOf(receipt);
  return marked.some((text) => !namesAnotherReceipt(text, own));
}

function isMarked(cell: CellValue | undefined): cell is string {
  return typeof cell === "string" && hasVoidMark(cell);
}

/** The trailing digits of a receipt number (`NO.0003104` -> `0003104`), or null. */
function serialOf(receipt: string): string | null {
  return /(?<!\d)(\d+)$/u.exec(receipt.normalize("NFKC").trim())?.[1] ?? null;
}

/** True when a text holds a run of digits as long as the row's own serial and different from it: another receipt. */
function namesAnotherReceipt(text: string, own: string | null): boolean {
  if (own === null) return false;
  for (const [run] of text.normalize("NFKC").matchAll(/\d+/gu)) {
    if (run.length === own.length && run !== own) return true;
  }
  return false;
}

/** What a voided receipt may leave empty or fill with its mark (`作废` in the amount cell). */
const LENIENT_FIELDS = ["unit", "feeType", "amount"] as const;
/** The errors a voided receipt's row may have in those fields (`作废` in the amount's 大写 box as well). */
const FORGIVABLE_CODES = new Set(["value_required", "not_a_number", "not_amount_in_words"]);

/** The payments table with unit, fee type and amount optional: how a voided receipt's row is read again. */
const LENIENT_PAYMENT_TABLE = {
  ...PAYMENT_TABLE,
  columns: PAYMENT_TABLE.columns.map((c) =>
    (LENIENT_FIELDS as readonly string[]).includes(c.key) ? { ...c, valueRequired: false } : c,
  ),
} as TableSpec as typeof PAYMENT_TABLE;

/**
 * The rows the reader left out of a payments sheet that are voided receipts: rows carrying a void mark whose only
 * errors are an empty or non-numeric unit, fee type or amount (`作废` typed in the amount cell or its 大写; a voided receipt
 * with nothing but its number, date and mark). They are read again with those values optional - from a copy of
 * the sheet holding only them below the header, so the same title year, header band and cell readers apply - and
 * kept when voided. The sheet's reading is then reported again with them counted as read, not left out.
 */
function voidedAmongRejected(
  sheet: SheetData,
  scan: TableScan<typeof PAYMENT_TABLE>,
  marks: readonly number[],
  options: ReadOptions,
): { voided: VoidedReceipt[]; forgiven: ReadonlySet<Issue> } {
  const voided: VoidedReceipt[] = [];
  const forgiven = new Set<Issue>();
  if (scan.rejectedRows.length === 0 || scan.headerRows.length === 0) return { voided, forgiven };
  const errorsOf = new Map<number, Issue[]>();
  for (const i of scan.issues) {
    if (i.severity !== "error" || i.row === undefined) continue;
    errorsOf.set(i.row, [...(errorsOf.get(i.row) ?? []), i]);
  }
  const candidates = new Set(
    scan.rejectedRows.filter(
      (row) =>
        cellsAt(sheet, row).some(isMarked) &&
        (errorsOf.get(row) ?? []).every((i) => FORGIVABLE_CODES.has(i.code) && isLenientField(i)),
    ),
  );
  if (candidates.size === 0) return { voided, forgiven };

  const lastHeader = Math.max(...scan.headerRows);
  const onlyCandidates: SheetData = {
    ...sheet,
    values: sheet.values.map((cells, index) => {
      const row = sheet.origin.row + index;
      return row <= lastHeader || candidates.has(row) ? cells : [];
    }),
  };
  for (const row of readTable(onlyCandidates, LENIENT_PAYMENT_TABLE, options).rows) {
    const { receipt, date, unit, feeType, amount } = row.values;
    if (date === null || !isVoided(receipt, amount, cellsAt(sheet, row.row), marks)) continue;
    voided.push({
      receipt: receipt === null ? null : receiptWithoutMark(receipt),
      date,
      unit,
      feeType,
      amountFen: amount ?? ZERO_FEN,
      source: sourceOf(row),
    });
    for (const i of errorsOf.get(row.row) ?? []) forgiven.add(i);
  }
  if (voided.length > 0) {
    const rescued = new Set(voided.map((v) => v.source.row));
    const { counts } = scan;
    reportReading(sheet, PAYMENT_TABLE, {
      ...scan,
      rejectedRows: scan.rejectedRows.filter((row) => !rescued.has(row)),
      counts: { ...counts, read: counts.read + rescued.size, rejected: counts.rejected - rescued.size },
    });
  }
  return { voided, forgiven };
}

/** True when an issue is about the unit, fee type or amount (its figures or words) of a row. */
function isLenientField(i: Issue): boolean {
  const field = i.params?.["field"];
  return typeof field === "string" && (LENIENT_FIELDS as readonly string[]).includes(field);
}

/** The indexes (into a row of `sheet.values`) of the payer, status and remarks columns under a header. */
function markColumnsOf(sheet: SheetData, headerRows: readonly number[]): number[] {
  const marks = new Set<number>();
  for (const row of headerRows) {
    cellsAt(sheet, row).forEach((cell, index) => {
      if (typeof cell === "string" && MARK_HEADERS.has(normalizeHeader(cell))) marks.add(index);
    });
  }
  return [...marks];
}

/** The cells of a sheet row by its Excel row number (empty beyond the sheet). */
function cellsAt(sheet: SheetData, row: number): readonly CellValue[] {
  return sheet.values[row - sheet.origin.row] ?? [];
}
