import { issue, type CellLocation, type Issue } from "../../../issues";
import type { SheetData } from "../../../table/sheetData";
import type { PlacedSheets } from "../../../table/placedSheets";
import { fenFromText, fenText, sumFen } from "../../../values/money";
import { monthOf } from "../../../values/isoDate";
import type { JobDefinition, JobParams, JobResult } from "../../job";
import { CHARGE_TABLE, PAYMENT_TABLE } from "../../../receivables/inputs";
import type { Payment, RecordSource, VoidedReceipt } from "../../../receivables/records";
import { readCollectionInputs } from "../../../receivables/readInputs";
import { headerColumns } from "../../../table/headerColumns";
import { keyColumnsOf } from "../../../table/declaration";
import { weekDuplicates } from "./duplicates";
import { compareHandover, type HandoverLine } from "./handover";
import { HANDOVER_TABLE } from "./inputs";
import { METHOD_NOT_STATED, methodParam, paymentMethod } from "./paymentMethod";
import { readHandover } from "./readHandover";
import { parseReceipt, receiptGaps, type ReceiptNumber } from "./receiptNumbers";
import { buildWeeklyReport, type WeeklyCollectionReport } from "./report";
import { weeklySheet } from "./sheet";
import { WEEKLY_TEXT } from "./texts";
import { fillText } from "../../../i18n/plural";
import { groupedAmount } from "../../../values/groupedAmount";
import { chooseWeek, type CollectionWeek } from "./week";
import { weekTotals } from "./weekTotals";
import { WEEKLY_COLLECTION_DECLARATION } from "./declaration";

/**
 * Runs the weekly collection list (每周收费明细) for the week ending on `params.asOf` (a Wednesday; else the
 * latest Wednesday on or before it, with a warning; default the latest Wednesday on or before today).
 * Receipts marked 作废 dated in the week are listed apart: in no total, their numbers no gap.
 * Issues: where the sheets are, the payments' bad rows (rows left out, whatever their date, and warnings
 * of the week's rows; charges, targets and notes are the collection job's concern), receipt gaps,
 * duplicates and missing numbers, empty methods, the handover sheet's bad cells and its differences.
 */
export function runWeeklyCollection(
  placed: PlacedSheets,
  params: JobParams,
): JobResult<WeeklyCollectionReport> {
  const { book } = placed;
  const { week, issues: weekIssues } = chooseWeek(params.asOf, params.today);
  const near = monthOf(week.to);
  const collection = readCollectionInputs(placed, near);
  const totals = weekTotals(collection.payments, week);
  const voided = collection.voided
    .filter((v) => v.date >= week.from && v.date <= week.to)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const weekRows = new Set([...totals.payments, ...voided].map((p) => rowKey(p.source.sheet, p.source.row)));
  const isWeekRow = (sheet: string, row: number) => weekRows.has(rowKey(sheet, row));

  const paymentSheets = placed.sheets(PAYMENT_TABLE);
  const paymentRows = new Set(
    [...collection.payments, ...collection.voided].map((p) => rowKey(p.source.sheet, p.source.row)),
  );
  const hasCharges = placed.sheets(CHARGE_TABLE).length > 0;
  const readIssues = collection.issues.filter((i) => {
    if (!paymentSheets.some((s) => s.name === i.sheet)) return false;
    if (i.code === "payment_without_charges" && !hasCharges) return false;
    return i.row === undefined || !paymentRows.has(rowKey(i.sheet!, i.row)) || isWeekRow(i.sheet!, i.row);
  });

  const checks = paymentChecks(totals.payments, voided, paymentSheets);
  const duplicates = weekDuplicates(collection.issues, isWeekRow);
  const handoverSheets = placed.sheets(HANDOVER_TABLE);
  const handoverRead = readHandover(handoverSheets, book.date1904, near);
  const handover =
    handoverSheets.length === 0 ? null : compareHandover(handoverRead.entries, totals.byMethod, week);
  const handoverIssues = handover === null ? [] : handoverFindings(handover, week, handoverSheets);

  const report = buildWeeklyReport(totals, voided, checks.gaps, duplicates, handover);
  return {
    report,
    sheets: [weeklySheet({ totals, voided, gaps: checks.gaps, duplicates, handover, lang: params.lang })],
    issues: [...weekIssues, ...readIssues, ...checks.issues, ...handoverRead.issues, ...handoverIssues],
  };
}

function rowKey(sheet: string, row: number): string {
  return `${sheet}\u0000${row}`;
}

/**
 * The week's receipt gaps (the voided receipts' numbers count as used), and issues for them, for payments without
 * a receipt number and without a method.
 */
function paymentChecks(
  payments: readonly Payment[],
  voided: readonly VoidedReceipt[],
  sheets: readonly SheetData[],
) {
  const columns = new Map(sheets.map((s) => [s.name, headerColumns(s, PAYMENT_TABLE)]));
  const keys = [...keyColumnsOf(PAYMENT_TABLE)] as (typeof PAYMENT_TABLE)["columns"][number]["key"][];
  const at = (p: { source: RecordSource }, key: "receipt" | "method"): CellLocation => {
    const named = columns.get(p.source.sheet) ?? {};
    // a column the sheet lacks names the row's key column (收据号, else 日期…), as the table reader does
    const column = named[key] ?? keys.map((k) => named[k]).find((c) => c !== undefined) ?? "A";
    return { sheet: p.source.sheet, row: p.source.row, column };
  };
  const issues: Issue[] = [];
  const numbers: { receipt: ReceiptNumber; at: { source: RecordSource } }[] = [];
  for (const p of payments) {
    if (p.receipt === null) issues.push(issue("receipt_missing", "warning", at(p, "receipt")));
    else {
      const receipt = parseReceipt(p.receipt);
      if (receipt !== null) numbers.push({ receipt, at: p });
    }
    if (paymentMethod(p.method) === METHOD_NOT_STATED)
      issues.push(issue("payment_method_missing", "warning", at(p, "method")));
  }
  for (const v of voided) {
    const receipt = v.receipt === null ? null : parseReceipt(v.receipt);
    if (receipt !== null) numbers.push({ receipt, at: v });
  }
  const gaps = receiptGaps(numbers);
  for (const g of gaps) {
    issues.push(
      issue("receipt_gap", "warning", at(g.next, "receipt"), {
        prefix: g.prefix,
        from: g.from,
        to: g.to,
        count: g.count,
      }),
    );
  }
  return { gaps, issues };
}

/** A warning per method whose handover differs from the week's money, or one when the week has no handover rows. */
function handoverFindings(
  lines: readonly HandoverLine[],
  week: CollectionWeek,
  sheets: readonly SheetData[],
): Issue[] {
  if (lines.length === 0)
    return [
      issue("handover_missing", "warning", { sheet: sheets[0]?.name }, { from: week.from, to: week.to }),
    ];
  return lines
    .filter((l) => l.differenceFen !== 0)
    .map((l) =>
      issue("handover_difference", "warning", l.first, {
        method: methodParam(l.method),
        collected: fenText(l.collectedFen),
        handedOver: fenText(l.handedOverFen),
        difference: fenText(l.differenceFen),
      }),
    );
}

/** The weekly collection job (每周收费明细表, Thursday to Wednesday): its declaration, its run and its summary. */
export const WEEKLY_COLLECTION_JOB: JobDefinition<WeeklyCollectionReport> = {
  ...WEEKLY_COLLECTION_DECLARATION,
  run: runWeeklyCollection,
  summarize(report, lang) {
    const lines = [
      fillText(WEEKLY_TEXT.summary[lang], {
        from: report.from,
        to: report.to,
        total: groupedAmount(report.total),
        count: report.payments,
        gaps: report.receiptGaps.length,
        duplicates: report.duplicateReceipts.length,
      }),
    ];
    if (report.voided > 0) lines.push(fillText(WEEKLY_TEXT.summaryVoided[lang], { count: report.voided }));
    if (report.handoverDifference === null) return lines;
    const difference = sumFen(Object.values(report.handoverDifference).map((h) => fenFromText(h.difference)));
    return [...lines, fillText(WEEKLY_TEXT.summaryHandover[lang], { difference: groupedAmount(difference) })];
  },
};
