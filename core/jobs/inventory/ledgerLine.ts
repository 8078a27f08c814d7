import type { YearMonth } from "../../values/isoDate";
import type { Fen } from "../../values/money";
import type { QtyE4 } from "../../values/quantity";
import type { ItemRef, OpeningStock, Receipt, RecordSource, StockIssue } from "./records";

/**
 * What a row of a 收发存 ledger is to the running balance: the item's `opening` (its first row, a balance before
 * any receipt or issue: `上月结转`, `期初`), a `movement` (a receipt, an issue, or both), or a `balance` only
 * (a later `上月结转` or `承前页`, a total row such as `本月合计`, a month-end cost posting with amounts only).
 */
export type LedgerLineKind = "opening" | "movement" | "balance";

/** One row of a 收发存 ledger as read: its item, what it moves, and the balance the office wrote on it. */
export interface LedgerLine {
  source: RecordSource;
  ref: ItemRef;
  kind: LedgerLineKind;
  /** A total row (`本月合计`, `本年累计`, `本页合计`): its balance closes the month it ends, it opens nothing. */
  total: boolean;
  /** The month the row belongs to: a movement's date's; an opening's the month it opens; null when undated. */
  month: YearMonth | null;
  /** The opening stock an opening row gives (null for a balance of 0, or when another row opens the item). */
  opening: OpeningStock | null;
  receipt: Receipt | null;
  issue: StockIssue | null;
  /** The 结存 the office wrote: quantity, and amount (its 金额, else quantity x 单价); null where blank. */
  balance: QtyE4 | null;
  balanceValue: Fen | null;
  /** Column letters of the 结存 quantity and amount (or what the amount was worked out from), for an issue about them. */
  balanceColumns: { quantity: string; amount: string };
  /** Column letter of the voucher number (凭证号); the row's key column when the sheet has none. */
  slipColumn: string;
  /** Column letter of the date (日期); the row's key column when the sheet has none. */
  dateColumn: string;
}
