import type { CellValue } from "../table/sheetData";
import { isDateNumberFormat } from "../values/dateFormat";
import { parseDateCell, parseYearlessDate, type YearResolver } from "../values/dateCell";
import { excelSerialToIso } from "../values/excelSerial";
import type { IsoDate } from "../values/isoDate";
import { parseFenCell, type Fen } from "../values/money";
import type { CellProblem } from "../values/parsed";
import { foldTraditional } from "../values/text";

/**
 * What a fee ledger's month cell says about its month: an amount paid (`paid`; a negative one is a refund), paid
 * in full (`inFull`: a mark or the date it was paid), nothing paid (`unpaid`: blank, `×`, `欠`, or a mark nobody
 * knows), or not charged at all (`noCharge`: `—`, `/`, `免`).
 */
export type MonthMark =
  | { kind: "paid"; fen: Fen }
  | { kind: "inFull"; date: IsoDate | null }
  | { kind: "unpaid" }
  | { kind: "noCharge" };

/** A month cell read: its mark, and a problem to report as a warning at the cell (the mark is then as said). */
export interface MonthCellRead {
  mark: MonthMark;
  problem: CellProblem | null;
}

/** Marks of a month paid in full, after NFKC, white space, Traditional and case folding. */
const IN_FULL = new Set([
  "√",
  "✓",
  "✔",
  "☑",
  "✅",
  "已缴",
  "已交",
  "已收",
  "已付",
  "缴清",
  "交清",
  "已缴清",
  "已交清",
  "结清",
  "已结清",
  "已缴费",
  "已交费",
  "收讫",
  "付讫",
  "paid",
  "yes",
  "y",
  "ok",
]);
/** Marks of a month not paid. */
const UNPAID = new Set([
  "×",
  "✗",
  "✘",
  "✕",
  "x",
  "欠",
  "欠费",
  "欠缴",
  "未缴",
  "未交",
  "未收",
  "未付",
  "未缴费",
  "unpaid",
  "no",
]);
/** Marks of a month not charged (before moving in, waived). */
const NO_CHARGE = new Set([
  "—",
  "-",
  "–",
  "―",
  "--",
  "——",
  "/",
  "\\",
  "无",
  "免",
  "免收",
  "免缴",
  "减免",
  "不收",
  "不计费",
  "n/a",
  "na",
]);

const UNPAID_MARK: MonthMark = Object.freeze({ kind: "unpaid" });
const NO_CHARGE_MARK: MonthMark = Object.freeze({ kind: "noCharge" });
const IN_FULL_MARK: MonthMark = Object.freeze({ kind: "inFull", date: null });

/** How a month cell's dates are read: the workbook's date system and the ledger's year (for `3月15日`). */
export interface MonthCellContext {
  date1904: boolean;
  years: YearResolver;
}

/**
 * Reads a fee ledger's month cell (the amount paid for the month, or 实收 under it). An amount in any form a money
 * cell takes (`300`, `¥1,234.50`, `(12.00)`) is paid; `√`, `✓`, `已缴`, `已交`, `缴清`, `结清`, `TRUE` (a check
 * box) or a date (a date-formatted number, `2026-03-15`, `3月15日`) is the month paid in full - on that date, when
 * one is written; blank, `0`, `×`, `欠`, `未缴`, `FALSE` is unpaid; `—`, `-`, `/`, `免`, `免收`, `不计费` is a month
 * not charged. Anything else is unpaid, with `ledger_mark_unknown`; a money problem (`too_many_decimals`,
 * `cell_error`) is reported and read as the money reader reads it.
 * @example readMonthCell("已繳", undefined, ctx).mark // { kind: "inFull", date: null }
 */
export function readMonthCell(
  cell: CellValue,
  numberFormat: string | undefined,
  ctx: MonthCellContext,
): MonthCellRead {
  if (cell === null) return { mark: UNPAID_MARK, problem: null };
  if (typeof cell === "boolean") return { mark: cell ? IN_FULL_MARK : UNPAID_MARK, problem: null };
  if (typeof cell === "number" && numberFormat !== undefined && isDateNumberFormat(numberFormat)) {
    const date = excelSerialToIso(cell, ctx.date1904);
    if (date.ok) return { mark: { kind: "inFull", date: date.value }, problem: null };
  }
  if (typeof cell === "string") {
    const folded = foldTraditional(cell.normalize("NFKC").replace(/\s+/gu, "").toLowerCase());
    if (folded === "") return { mark: UNPAID_MARK, problem: null };
    if (IN_FULL.has(folded)) return { mark: IN_FULL_MARK, problem: null };
    if (UNPAID.has(folded)) return { mark: UNPAID_MARK, problem: null };
    if (NO_CHARGE.has(folded)) return { mark: NO_CHARGE_MARK, problem: null };
  }
  const money = parseFenCell(cell);
  if (money.ok) {
    const fen = money.value;
    const mark: MonthMark = fen === null || fen === 0 ? UNPAID_MARK : { kind: "paid", fen };
    return { mark, problem: money.warning ?? null };
  }
  if (typeof cell !== "string") return { mark: UNPAID_MARK, problem: money.problem };
  const date = dateIn(cell, ctx);
  if (date !== null) return { mark: { kind: "inFull", date }, problem: null };
  if (money.problem.code === "cell_error") return { mark: UNPAID_MARK, problem: money.problem };
  return { mark: UNPAID_MARK, problem: { code: "ledger_mark_unknown", params: { value: cell.trim() } } };
}

/** The date a text names, with or without its year (the ledger's), or null. */
function dateIn(text: string, ctx: MonthCellContext): IsoDate | null {
  const full = parseDateCell(text, { date1904: ctx.date1904 });
  if (full.ok) return full.value;
  const yearless = parseYearlessDate(text, ctx.years);
  return yearless !== null && yearless.ok ? yearless.value : null;
}
