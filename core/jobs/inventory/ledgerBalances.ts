import { issue, type Issue } from "../../issues";
import { label, type Label } from "../../i18n/label";
import type { YearMonth } from "../../values/isoDate";
import { addFen, fenText, minusFen, valueAtAverageCost, ZERO_FEN, type Fen } from "../../values/money";
import { addQty, minusQty, qtyText, ZERO_QTY, type QtyE4 } from "../../values/quantity";
import { itemKey } from "./itemKey";
import type { LedgerLine } from "./ledgerLine";
import type { ItemRef } from "./records";

/** What the ledger's 结存 amount was compared with, as the amount warning names it. */
const BEFORE_ISSUES: Label = label(
  "期初加本月入库",
  "期初加本月入庫",
  "the month's opening plus its receipts",
);
const WEIGHTED_AVERAGE: Label = label(
  "月末一次加权平均",
  "月末一次加權平均",
  "the month's weighted average cost",
);

/**
 * The warnings where a 收发存 ledger's own 结存 parts from the balance its rows give, at most two per item and
 * sheet (docs/jobs/inventory.md#reconciling-the-ledgers-own-balance). Each item's rows are walked in sheet order
 * from its opening (its first balance; 0 without one):
 *
 * - the quantity after each row (opening + receipts - issues so far) is compared with every 结存数量 written, and
 *   the first that differs is `stock_balance_quantity_differs`, with both figures and the difference;
 * - the amount is compared where the job's valuation (月末一次加权平均) fixes it: before the month's first issue
 *   (the month's opening value plus its receipts' amounts, whatever the method), and at the end of a month with an
 *   issue - its first row with a 结存金额 after its last movement (else that movement's own), once the ledger goes on
 *   into the next month or writes a total row there - as the closing quantity at the month's average cost (opening value plus receipts over opening plus
 *   received quantity, rounded to the fen, as the job values the closing stock), the next month opening at that
 *   value. The first that differs is `stock_balance_amount_differs`. Amounts are not compared once the quantity has
 *   parted, nor in a month whose opening or a receipt has no amount.
 */
export function ledgerBalanceIssues(read: { lines: readonly LedgerLine[] }): Issue[] {
  const byItem = new Map<string, LedgerLine[]>();
  for (const line of read.lines) {
    const key = itemKey(line.ref);
    const lines = byItem.get(key);
    if (lines === undefined) byItem.set(key, [line]);
    else lines.push(line);
  }
  const out: Issue[] = [];
  for (const lines of byItem.values()) out.push(...itemWalk(lines));
  return out;
}

/** One item's walk through its rows (see {@link ledgerBalanceIssues}). */
function itemWalk(lines: readonly LedgerLine[]): Issue[] {
  const out: Issue[] = [];
  let quantity = ZERO_QTY;
  let month: YearMonth | null = null;
  let openingQty = ZERO_QTY;
  let openingValue: Fen | null = ZERO_FEN;
  let receivedQty = ZERO_QTY;
  let receivedValue: Fen | null = ZERO_FEN;
  let issued = false;
  /** The month's first row with a 结存金额 after its last movement, else that movement's own, when it has one. */
  let afterLast: LedgerLine | null = null;
  let lastMovement: LedgerLine | null = null;
  /** A total row (`本月合计`) came after the month's last movement: the month is closed on the sheet. */
  let closed = false;
  let quantityParted = false;
  let amountParted = false;

  const closingValue = (): Fen | null => {
    const totalQty = addQty(openingQty, receivedQty);
    if (openingValue === null || receivedValue === null || totalQty <= 0) return null;
    return valueAtAverageCost(quantity, addFen(openingValue, receivedValue), totalQty);
  };
  const checkMonthEnd = () => {
    const monthEnd = afterLast ?? lastMovement;
    if (!issued || monthEnd === null || monthEnd.balanceValue === null || quantityParted || amountParted)
      return;
    const computed = closingValue();
    if (computed === null || computed === monthEnd.balanceValue) return;
    out.push(amountDiffers(monthEnd, monthEnd.balanceValue, computed, WEIGHTED_AVERAGE));
    amountParted = true;
  };
  const closeMonth = (next: YearMonth) => {
    checkMonthEnd();
    openingValue = issued ? closingValue() : sumOrNull(openingValue, receivedValue);
    openingQty = quantity;
    receivedQty = ZERO_QTY;
    receivedValue = ZERO_FEN;
    issued = false;
    afterLast = null;
    lastMovement = null;
    closed = false;
    month = next;
  };

  for (const line of lines) {
    if (line.month !== null) {
      if (month === null) month = line.month;
      else if (line.month > month) closeMonth(line.month);
    }
    if (line.kind === "opening" && line.balance !== null) {
      quantity = line.balance;
      openingQty = line.balance;
      openingValue = line.balanceValue;
    }
    if (line.receipt !== null) {
      quantity = addQty(quantity, line.receipt.quantity);
      receivedQty = addQty(receivedQty, line.receipt.quantity);
      receivedValue = sumOrNull(receivedValue, line.receipt.amountFen);
    }
    if (line.issue !== null) {
      quantity = minusQty(quantity, line.issue.quantity);
      issued = true;
    }
    if (line.kind === "movement") {
      afterLast = null;
      lastMovement = line.balanceValue === null ? null : line;
      closed = false;
    } else {
      if (line.balanceValue !== null) afterLast ??= line;
      closed ||= line.total;
    }
    if (!quantityParted && line.balance !== null && line.balance !== quantity) {
      out.push(quantityDiffers(line, line.balance, quantity));
      quantityParted = true;
    }
    if (quantityParted || amountParted || issued || line.balanceValue === null) continue;
    const computed = sumOrNull(openingValue, receivedValue);
    if (computed !== null && computed !== line.balanceValue) {
      out.push(amountDiffers(line, line.balanceValue, computed, BEFORE_ISSUES));
      amountParted = true;
    }
  }
  if (closed) checkMonthEnd();
  return out;
}

function sumOrNull(a: Fen | null, b: Fen | null): Fen | null {
  return a === null || b === null ? null : addFen(a, b);
}

/** An item as a warning names it: its name and spec (`LED灯管 T8`). */
function itemText(ref: ItemRef): string {
  return ref.spec === "" ? ref.item : `${ref.item} ${ref.spec}`;
}

/** A difference with its sign, so the message says which way the ledger is off (`+3`, `-38.40`). */
function signed(text: string): string {
  return text.startsWith("-") || /^0(?:\.0+)?$/u.test(text) ? text : `+${text}`;
}

function quantityDiffers(line: LedgerLine, ledger: QtyE4, computed: QtyE4): Issue {
  return issue(
    "stock_balance_quantity_differs",
    "warning",
    { ...line.source, column: line.balanceColumns.quantity },
    {
      item: itemText(line.ref),
      ledger: qtyText(ledger),
      computed: qtyText(computed),
      difference: signed(qtyText(minusQty(ledger, computed))),
    },
  );
}

function amountDiffers(line: LedgerLine, ledger: Fen, computed: Fen, basis: Label): Issue {
  return issue(
    "stock_balance_amount_differs",
    "warning",
    { ...line.source, column: line.balanceColumns.amount },
    {
      item: itemText(line.ref),
      ledger: fenText(ledger),
      computed: fenText(computed),
      difference: signed(fenText(minusFen(ledger, computed))),
      basis,
    },
  );
}
