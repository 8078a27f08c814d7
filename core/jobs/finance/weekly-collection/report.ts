import type { IsoDate } from "../../../values/isoDate";
import { fenText, type Fen } from "../../../values/money";
import type { RecordSource, VoidedReceipt } from "../../../receivables/records";
import type { DuplicateReceipt } from "./duplicates";
import type { HandoverLine } from "./handover";
import type { ReceiptGap } from "./receiptNumbers";
import type { WeekTotals } from "./weekTotals";

/** One method's handover comparison as the JSON report gives it. */
export interface HandoverReport {
  collected: string;
  handedOver: string;
  /** handed over - collected. */
  difference: string;
}

/**
 * The weekly collection job's report (`--json`): money as decimal strings; methods by their standard
 * names (现金, 微信, 支付宝, 银行卡/POS, 转账, 未注明, others as written); `byDay` holds all seven days.
 */
export interface WeeklyCollectionReport {
  job: "weekly-collection";
  from: IsoDate;
  to: IsoDate;
  byFeeType: Record<string, string>;
  byMethod: Record<string, string>;
  byDay: Record<IsoDate, string>;
  total: string;
  /** How many payment rows (receipt lines, refunds included) the week has. */
  payments: number;
  /** How many receipts dated in the week are marked 作废 (in no total). */
  voided: number;
  /** Every (day, method, fee type) with a payment; the cells add up to `total`. */
  cells: { date: IsoDate; method: string; feeType: string; amount: string }[];
  /** Missing numbers between the week's numbers, per prefix; `from`/`to` keep their leading zeros. */
  receiptGaps: { prefix: string; from: string; to: string; count: number }[];
  duplicateReceipts: { receipt: string; rows: RecordSource[] }[];
  /**
   * The week's receipts marked 作废, by date then sheet order: never payments, their numbers no gap. `amount` is
   * what the row still carries (`0.00` as a rule; anything else was counted out with a warning).
   */
  voidedReceipts: {
    receipt: string | null;
    date: IsoDate;
    unit: string | null;
    feeType: string | null;
    amount: string;
    sheet: string;
    row: number;
  }[];
  /** Per method the handover rows name; null when the workbook has no handover sheet. */
  handoverDifference: Record<string, HandoverReport> | null;
}

const amounts = <K extends string>(sums: ReadonlyMap<K, Fen>): Record<K, string> =>
  Object.fromEntries([...sums].map(([k, fen]) => [k, fenText(fen)])) as Record<K, string>;

/**
 * Builds the report from the week's totals, its voided receipts, the receipt checks and the handover comparison
 * (null: no handover sheet).
 */
export function buildWeeklyReport(
  totals: WeekTotals,
  voided: readonly VoidedReceipt[],
  gaps: readonly ReceiptGap<unknown>[],
  duplicates: readonly DuplicateReceipt[],
  handover: readonly HandoverLine[] | null,
): WeeklyCollectionReport {
  return {
    job: "weekly-collection",
    from: totals.week.from,
    to: totals.week.to,
    byFeeType: amounts(totals.byFeeType),
    byMethod: amounts(totals.byMethod),
    byDay: amounts(totals.byDay),
    total: fenText(totals.total),
    payments: totals.payments.length,
    voided: voided.length,
    cells: totals.cells.map((c) => ({
      date: c.date,
      method: c.method,
      feeType: c.feeType,
      amount: fenText(c.fen),
    })),
    receiptGaps: gaps.map((g) => ({ prefix: g.prefix, from: g.from, to: g.to, count: g.count })),
    duplicateReceipts: duplicates.map((d) => ({ receipt: d.receipt, rows: d.rows.map((r) => ({ ...r })) })),
    voidedReceipts: voided.map((v) => ({
      receipt: v.receipt,
      date: v.date,
      unit: v.unit,
      feeType: v.feeType,
      amount: fenText(v.amountFen),
      sheet: v.source.sheet,
      row: v.source.row,
    })),
    handoverDifference:
      handover === null
        ? null
        : Object.fromEntries(
            handover.map((h) => [
              h.method,
              {
                collected: fenText(h.collectedFen),
                handedOver: fenText(h.handedOverFen),
                difference: fenText(h.differenceFen),
              },
            ]),
          ),
  };
}
