import type { Dec } from "../../values/decimal";
import type { IsoDate, YearMonth } from "../../values/isoDate";
import { firstDayOf, inMonthTest } from "../../values/isoDate";
import {
  addFen,
  fen,
  fenText,
  lineAmount,
  minusFen,
  unitPriceOf,
  valueAtAverageCost,
  ZERO_FEN,
  type Fen,
} from "../../values/money";
import { addQty, minusQty, qtyText, ZERO_QTY, type QtyE4 } from "../../values/quantity";
import { normalizeKey } from "../../values/text";
import { isBlankText } from "../../values/trim";
import { compareText } from "../../values/compareText";
import { itemKey, ItemIndex } from "./itemKey";
import { walkBalances, type RunningBalance } from "./runningBalances";
import { compareSource } from "./sourceOrder";
import { takeFigures } from "../../table/exactSums";
import type {
  CountLine,
  ItemRef,
  OpeningStock,
  PlannedLine,
  Receipt,
  RecordSource,
  StockIssue,
} from "./records";

/** What the reconciliation reads: the month's sheets as records, and the month's plan when a plan sheet is present. */
export interface ReconcileInput {
  month: YearMonth;
  countDate: IsoDate;
  opening: readonly OpeningStock[];
  receipts: readonly Receipt[];
  issues: readonly StockIssue[];
  counts: readonly CountLine[];
  plan: readonly PlannedLine[] | null;
}

/** One item's ledger line for the month: quantities in ten-thousandths, values in fen. */
export interface ItemReconciliation extends ItemRef {
  opening: QtyE4;
  received: QtyE4;
  issued: QtyE4;
  expected: QtyE4;
  bookAtCount: QtyE4;
  counted: QtyE4 | null;
  variance: QtyE4 | null;
  unitCost: Dec | null;
  openingValue: Fen;
  receivedValue: Fen;
  issuedValue: Fen;
  closingValue: Fen;
  varianceValue: Fen | null;
  /** The counted quantity valued at the unit cost, rounded to the fen; null when not counted or the cost is unknown. */
  countedValue: Fen | null;
}

/** The kinds of exception the reconciliation reports (findings about the stock, not input problems). */
export type InventoryExceptionCode =
  | "negative_balance"
  | "unsigned_issue"
  | "rejected_receipt"
  | "unplanned_receipt"
  | "emergency_purchase"
  | "over_plan"
  | "count_without_ledger"
  | "not_counted"
  | "unknown_cost";

/**
 * The figures each exception carries (as shown text: dates, quantities, amounts); the 库存异常 sheet and the
 * report explain each in a line. These are findings about the stock - a section of the report with its own
 * codes - not input problems, which are issues.
 */
export interface InventoryExceptionParams {
  negative_balance: { date: string; balance: string };
  unsigned_issue: { date: string; missing: "taker" | "approver" | "taker,approver"; slip?: string };
  rejected_receipt: { date: string; quantity: string; returnBy?: string; slip?: string };
  unplanned_receipt: { date: string; quantity: string; amount?: string };
  emergency_purchase: { date: string; quantity: string; amount?: string };
  over_plan: { date: string; planned: string; received: string; excess: string };
  count_without_ledger: { counted: string };
  not_counted: { bookAtCount: string };
  unknown_cost: {
    reason:
      "no_opening_no_receipts" | "opening_value_missing" | "receipt_amount_missing" | "no_stock_to_value";
  };
}

/** An exception: the item (first-seen spelling), the row it points at and the figures that explain it. */
export interface InventoryException<C extends InventoryExceptionCode = InventoryExceptionCode> {
  code: C;
  item: ItemRef;
  sheet: string;
  row: number;
  params: Readonly<InventoryExceptionParams[C]> & Readonly<Record<string, string | undefined>>;
}

/** Sums of the item values in fen; varianceValue sums the items whose variance has a value. */
export interface ReconciliationTotals {
  openingValue: Fen;
  receivedValue: Fen;
  issuedValue: Fen;
  closingValue: Fen;
  varianceValue: Fen;
}

/** The month's reconciliation: items in pinyin order, totals and exceptions. */
export interface Reconciliation {
  month: YearMonth;
  countDate: IsoDate;
  items: ItemReconciliation[];
  totals: ReconciliationTotals;
  exceptions: InventoryException[];
}

/** An amount under this many fen bought outside the plan is an allowed emergency purchase (500.00 yuan). */
const EMERGENCY_LIMIT_FEN = fen(50_000);

const CODE_RANK: Record<InventoryExceptionCode, number> = {
  negative_balance: 0,
  unsigned_issue: 1,
  rejected_receipt: 2,
  unplanned_receipt: 3,
  emergency_purchase: 4,
  over_plan: 5,
  count_without_ledger: 6,
  not_counted: 7,
  unknown_cost: 8,
};

interface Acc extends RunningBalance {
  ref: ItemRef;
  /** The item's first row (lowest sheet and row) in the first input it appears in: opening, receipts, issues, count. */
  first: RecordSource;
  firstPhase: number;
  inLedger: boolean;
  opening: QtyE4;
  openingValue: Fen | null;
  openingSource: RecordSource | null;
  received: QtyE4;
  receivedValue: Fen;
  receivedValueKnown: boolean;
  issued: QtyE4;
  /** How many of the month's receipts were accepted. */
  receiptCount: number;
  /** The accepted receipts themselves, kept only when there is a plan to check them against. */
  acceptedReceipts: Receipt[];
  counted: QtyE4 | null;
}

/**
 * Reconciles a month of stock per item key (docs/jobs/inventory.md#reconciliation): expected closing, book balance on the count date,
 * variance against the count, monthly weighted average valuation (closing valued, issues by difference) and
 * the exceptions. Only receipts and issues dated inside the month count; the result does not depend on the
 * order of rows within a day.
 */
export function reconcile(input: ReconcileInput): Reconciliation {
  const { month, countDate } = input;
  const accs = new ItemIndex<Acc>();
  const found: { key: string; exception: InventoryException }[] = [];
  let phase = 0;
  const acc = (ref: ItemRef, source: RecordSource): Acc => {
    let a = accs.find(ref);
    if (!a) accs.add(ref, (a = newAcc(ref, source, phase)));
    else if (a.firstPhase === phase && compareSource(source, a.first) < 0) a.first = source;
    return a;
  };
  const flag: Flag = (code, ref, source, params) => {
    const exception: InventoryException = {
      code,
      item: pickRef(ref),
      sheet: source.sheet,
      row: source.row,
      params,
    };
    found.push({ key: itemKey(ref), exception });
  };

  for (const o of input.opening) {
    const a = acc(o, o.source);
    a.inLedger = true;
    a.opening = addQty(a.opening, o.quantity);
    if (a.openingSource === null || compareSource(o.source, a.openingSource) < 0) a.openingSource = o.source;
    a.openingValue =
      a.openingValue === null || o.valueFen === null ? null : addFen(a.openingValue, o.valueFen);
  }

  phase = 1;
  const monthReceipts: Receipt[] = [];
  const receiptItems: Acc[] = [];
  const inMonth = inMonthTest(month);
  for (const r of input.receipts) {
    if (!inMonth(r.date)) continue;
    if (!r.accepted) {
      const params: InventoryExceptionParams["rejected_receipt"] = {
        date: r.date,
        quantity: qtyText(r.quantity),
      };
      if (r.returnBy !== null) params.returnBy = r.returnBy;
      if (r.slip !== null) params.slip = r.slip;
      flag("rejected_receipt", r, r.source, params);
      continue;
    }
    const a = acc(r, r.source);
    a.inLedger = true;
    a.received = addQty(a.received, r.quantity);
    const amount = receiptAmount(r);
    if (amount === null) a.receivedValueKnown = false;
    else a.receivedValue = addFen(a.receivedValue, amount);
    a.receiptCount += 1;
    if (input.plan !== null) a.acceptedReceipts.push(r);
    monthReceipts.push(r);
    receiptItems.push(a);
  }

  phase = 2;
  const monthIssues: StockIssue[] = [];
  const issueItems: Acc[] = [];
  for (const s of input.issues) {
    if (!inMonth(s.date)) continue;
    const a = acc(s, s.source);
    a.inLedger = true;
    a.issued = addQty(a.issued, s.quantity);
    monthIssues.push(s);
    issueItems.push(a);
    if (s.signaturesKept !== false && (blank(s.taker) || blank(s.approver))) {
      const missing = blank(s.taker) ? (blank(s.approver) ? "taker,approver" : "taker") : "approver";
      const params: InventoryExceptionParams["unsigned_issue"] = { date: s.date, missing };
      if (s.slip !== null) params.slip = s.slip;
      flag("unsigned_issue", s, s.source, params);
    }
  }

  phase = 3;
  const countSources = new Map<Acc, RecordSource>();
  for (const c of input.counts) {
    if (c.date !== null && c.date !== countDate) continue;
    const a = acc(c, c.source);
    a.counted = addQty(a.counted ?? ZERO_QTY, c.quantity);
    const seen = countSources.get(a);
    if (seen === undefined || compareSource(c.source, seen) < 0) countSources.set(a, c.source);
  }

  for (const a of accs.byKey.values()) {
    a.balance = a.opening;
    a.bookAtCount = a.opening;
    a.negative = a.opening < 0;
    if (a.negative && a.openingSource !== null) {
      flag("negative_balance", a.ref, a.openingSource, {
        date: firstDayOf(month),
        balance: qtyText(a.opening),
      });
    }
  }
  walkBalances(monthReceipts, receiptItems, monthIssues, issueItems, countDate, (a, date, firstIssue) =>
    flag("negative_balance", a.ref, firstIssue ?? a.first, { date, balance: qtyText(a.balance) }),
  );

  const planned = input.plan === null ? null : plannedByKey(input.plan);

  const items: ItemReconciliation[] = [];
  for (const [key, a] of accs.byKey) {
    const line = settle(a);
    items.push(line);
    if (planned !== null) checkPlan(a, planned.get(key), flag);
    const countSource = countSources.get(a);
    if (!a.inLedger && countSource !== undefined) {
      flag("count_without_ledger", a.ref, countSource, { counted: qtyText(a.counted ?? ZERO_QTY) });
    }
    if (a.inLedger && a.counted === null && line.bookAtCount !== 0) {
      flag("not_counted", a.ref, a.first, { bookAtCount: qtyText(line.bookAtCount) });
    }
    if (a.inLedger && line.unitCost === null) {
      flag("unknown_cost", a.ref, a.first, unknownCostParams(a));
    }
  }

  const sortKeys = new Map(
    items.map((i) => [i, [normalizeKey(i.item), normalizeKey(i.spec), normalizeKey(i.unit)]]),
  );
  const part = (line: ItemReconciliation, n: number): string => sortKeys.get(line)?.[n] ?? "";
  items.sort(
    (x, y) =>
      compareText(part(x, 0), part(y, 0)) ||
      compareText(part(x, 1), part(y, 1)) ||
      compareText(part(x, 2), part(y, 2)),
  );
  const rank = new Map(items.map((line, n) => [itemKey(line), n]));
  const rankOf = (key: string): number => rank.get(key) ?? items.length;
  found.sort(
    (x, y) =>
      rankOf(x.key) - rankOf(y.key) ||
      CODE_RANK[x.exception.code] - CODE_RANK[y.exception.code] ||
      compareSource(x.exception, y.exception) ||
      compareText(x.exception.params["date"] ?? "", y.exception.params["date"] ?? ""),
  );
  const exceptions = found.map((f) => f.exception);

  return { month, countDate, items, totals: sumTotals(items), exceptions };
}

function newAcc(ref: ItemRef, source: RecordSource, phase: number): Acc {
  return {
    ref: pickRef(ref),
    first: source,
    firstPhase: phase,
    inLedger: false,
    opening: ZERO_QTY,
    openingValue: ZERO_FEN,
    openingSource: null,
    received: ZERO_QTY,
    receivedValue: ZERO_FEN,
    receivedValueKnown: true,
    issued: ZERO_QTY,
    receiptCount: 0,
    acceptedReceipts: [],
    counted: null,
    balance: ZERO_QTY,
    bookAtCount: ZERO_QTY,
    negative: false,
    movedOn: -1,
    dayFirstIssue: null,
  };
}

function pickRef(ref: ItemRef): ItemRef {
  return { item: ref.item, spec: ref.spec, unit: ref.unit };
}

function blank(s: string | null): boolean {
  return s === null || isBlankText(s);
}

function receiptAmount(r: Receipt): Fen | null {
  if (r.amountFen !== null) return r.amountFen;
  return r.unitPrice === null ? null : lineAmount(r.quantity, r.unitPrice);
}

type Flag = <C extends InventoryExceptionCode>(
  code: C,
  ref: ItemRef,
  source: RecordSource,
  params: InventoryExceptionParams[C],
) => void;

/** The item's ledger line: quantities from the walk, valued at the monthly weighted average. */
function settle(a: Acc): ItemReconciliation {
  const bookAtCount = a.bookAtCount;
  const expected = minusQty(addQty(a.opening, a.received), a.issued);
  const variance = a.counted === null ? null : minusQty(a.counted, bookAtCount);
  const openingValue = a.openingValue ?? ZERO_FEN;
  const receivedValue = a.receivedValue;
  const totalQty = addQty(a.opening, a.received);
  const totalValue = addFen(openingValue, receivedValue);
  const costed = a.inLedger && a.openingValue !== null && a.receivedValueKnown && totalQty > 0;
  const at = (q: QtyE4 | null): Fen | null =>
    q === null || !costed ? null : valueAtAverageCost(q, totalValue, totalQty);
  const closing = at(expected);
  const varianceAt = at(variance);
  const countedAt = at(a.counted);
  // far more issued or counted than the stock held values an item beyond what a line may hold, or beyond the run's
  // exact sums: its cost is then unknown (an unknown_cost exception), as without a price
  const known =
    costed &&
    closing !== null &&
    (variance === null || varianceAt !== null) &&
    (a.counted === null || countedAt !== null) &&
    takeFigures(Math.abs(closing) + Math.abs(varianceAt ?? 0) + Math.abs(countedAt ?? 0), 0);
  const unitCost = known ? unitPriceOf(totalValue, totalQty) : null;
  const closingValue = known ? closing : ZERO_FEN;
  const varianceValue = known ? varianceAt : null;
  const countedValue = known ? countedAt : null;
  return {
    item: a.ref.item,
    spec: a.ref.spec,
    unit: a.ref.unit,
    opening: a.opening,
    received: a.received,
    issued: a.issued,
    expected,
    bookAtCount,
    counted: a.counted,
    variance,
    unitCost,
    openingValue,
    receivedValue,
    issuedValue: minusFen(totalValue, closingValue),
    closingValue,
    varianceValue,
    countedValue,
  };
}

function plannedByKey(plan: readonly PlannedLine[]): Map<string, QtyE4> {
  const out = new Map<string, QtyE4>();
  for (const p of plan) {
    const key = itemKey(p);
    out.set(key, addQty(out.get(key) ?? ZERO_QTY, p.quantity));
  }
  return out;
}

/** Unplanned / emergency receipts for items outside the plan, over_plan for receipts above the planned quantity. */
function checkPlan(a: Acc, planned: QtyE4 | undefined, flag: Flag): void {
  const receipts = [...a.acceptedReceipts].sort((x, y) =>
    x.date < y.date ? -1 : x.date > y.date ? 1 : compareSource(x.source, y.source),
  );
  if (planned === undefined) {
    for (const r of receipts) {
      const amount = receiptAmount(r);
      const params: InventoryExceptionParams["unplanned_receipt"] = {
        date: r.date,
        quantity: qtyText(r.quantity),
      };
      if (amount !== null) params.amount = fenText(amount);
      const emergency = amount !== null && amount < EMERGENCY_LIMIT_FEN;
      flag(emergency ? "emergency_purchase" : "unplanned_receipt", r, r.source, params);
    }
    return;
  }
  let running = ZERO_QTY;
  for (const r of receipts) {
    running = addQty(running, r.quantity);
    if (running > planned) {
      flag("over_plan", a.ref, r.source, {
        date: r.date,
        planned: qtyText(planned),
        received: qtyText(a.received),
        excess: qtyText(minusQty(a.received, planned)),
      });
      return;
    }
  }
}

function unknownCostParams(a: Acc): InventoryExceptionParams["unknown_cost"] {
  if (addQty(a.opening, a.received) <= 0 && a.openingSource === null && a.receiptCount === 0) {
    return { reason: "no_opening_no_receipts" };
  }
  if (a.openingValue === null) return { reason: "opening_value_missing" };
  if (!a.receivedValueKnown) return { reason: "receipt_amount_missing" };
  return { reason: "no_stock_to_value" };
}

function sumTotals(items: readonly ItemReconciliation[]): ReconciliationTotals {
  const t: ReconciliationTotals = {
    openingValue: ZERO_FEN,
    receivedValue: ZERO_FEN,
    issuedValue: ZERO_FEN,
    closingValue: ZERO_FEN,
    varianceValue: ZERO_FEN,
  };
  for (const i of items) {
    t.openingValue = addFen(t.openingValue, i.openingValue);
    t.receivedValue = addFen(t.receivedValue, i.receivedValue);
    t.issuedValue = addFen(t.issuedValue, i.issuedValue);
    t.closingValue = addFen(t.closingValue, i.closingValue);
    t.varianceValue = addFen(t.varianceValue, i.varianceValue ?? ZERO_FEN);
  }
  return t;
}
