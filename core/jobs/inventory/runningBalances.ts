import type { IsoDate } from "../../values/isoDate";
import { addQty, minusQty, type QtyE4 } from "../../values/quantity";
import type { RecordSource } from "./records";
import { compareSource } from "./sourceOrder";

/** An item's running balance through the month, as {@link walkBalances} keeps it. */
export interface RunningBalance {
  /** The balance after the last date walked (starts at the opening quantity). */
  balance: QtyE4;
  /** The balance at the end of the count date (the last date walked on or before it). */
  bookAtCount: QtyE4;
  /** The balance was below zero after the last date the item moved. */
  negative: boolean;
  /** The walk's number of the last date the item moved (-1 before the first). */
  movedOn: number;
  /** The lowest source among that date's issues of the item. */
  dayFirstIssue: RecordSource | null;
}

/** A receipt or issue as the walk reads it. */
export interface DatedMovement {
  date: IsoDate;
  quantity: QtyE4;
  source: RecordSource;
}

/** Called when an item's balance goes below zero at the end of a date: the date and that date's first issue. */
export type OnNegative<B> = (item: B, date: IsoDate, firstIssue: RecordSource | null) => void;

/**
 * Walks the month's movements date by date (each date: receipts, then issues) over all items at once, in one
 * pass over the movements; `receiptItems[n]` is the item of `receipts[n]` (likewise issues). Leaves each item's
 * balance and balance at the count date, and reports each time a balance goes below zero. The result does not
 * depend on the order of rows within a date.
 */
export function walkBalances<B extends RunningBalance>(
  receipts: readonly DatedMovement[],
  receiptItems: readonly B[],
  issues: readonly DatedMovement[],
  issueItems: readonly B[],
  countDate: IsoDate,
  onNegative: OnNegative<B>,
): void {
  const receiptOrder = dateOrder(receipts);
  const issueOrder = dateOrder(issues);
  const moved: B[] = [];
  let r = 0;
  let i = 0;
  for (let day = 0; r < receipts.length || i < issues.length; day++) {
    const nextReceipt = r < receipts.length ? at(receipts, receiptOrder, r).date : null;
    const nextIssue = i < issues.length ? at(issues, issueOrder, i).date : null;
    const date =
      nextReceipt === null || (nextIssue !== null && nextIssue < nextReceipt)
        ? (nextIssue as IsoDate)
        : nextReceipt;
    moved.length = 0;
    for (; r < receipts.length; r++) {
      const n = receiptOrder === null ? r : (receiptOrder[r] as number);
      const receipt = receipts[n] as DatedMovement;
      if (receipt.date !== date) break;
      const item = receiptItems[n] as B;
      markMoved(item, day, moved);
      item.balance = addQty(item.balance, receipt.quantity);
    }
    for (; i < issues.length; i++) {
      const n = issueOrder === null ? i : (issueOrder[i] as number);
      const issue = issues[n] as DatedMovement;
      if (issue.date !== date) break;
      const item = issueItems[n] as B;
      markMoved(item, day, moved);
      item.balance = minusQty(item.balance, issue.quantity);
      const first = item.dayFirstIssue;
      if (first === null || compareSource(issue.source, first) < 0) item.dayFirstIssue = issue.source;
    }
    const counted = date <= countDate;
    for (const item of moved) {
      if (counted) item.bookAtCount = item.balance;
      if (item.balance < 0 && !item.negative) onNegative(item, date, item.dayFirstIssue);
      item.negative = item.balance < 0;
    }
  }
}

/** Notes that an item moved on the walk's `day`, listing it once per day. */
function markMoved<B extends RunningBalance>(item: B, day: number, moved: B[]): void {
  if (item.movedOn === day) return;
  item.movedOn = day;
  item.dayFirstIssue = null;
  moved.push(item);
}

function at(rows: readonly DatedMovement[], order: Int32Array | null, n: number): DatedMovement {
  return rows[order === null ? n : (order[n] as number)] as DatedMovement;
}

/** The rows' indexes in date order, keeping row order within a date; null when the rows are in date order already. */
function dateOrder(rows: readonly DatedMovement[]): Int32Array | null {
  let sorted = true;
  for (let n = 1; n < rows.length && sorted; n++)
    sorted = (rows[n] as DatedMovement).date >= (rows[n - 1] as DatedMovement).date;
  if (sorted) return null;
  const order = Array.from(rows.keys()).sort((x, y) => {
    const a = (rows[x] as DatedMovement).date;
    const b = (rows[y] as DatedMovement).date;
    return a < b ? -1 : a > b ? 1 : x - y;
  });
  return Int32Array.from(order);
}
