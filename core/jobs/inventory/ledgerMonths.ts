import {
  addMonths,
  firstDayOf,
  inMonthTest,
  monthOf,
  type IsoDate,
  type YearMonth,
} from "../../values/isoDate";
import type { InventoryInputs } from "./readInputs";
import type { CountLine, OpeningStock, PlannedLine, Receipt, RecordSource, StockIssue } from "./records";
import { reconcile, type Reconciliation } from "./reconcile";
import { itemKey } from "./itemKey";

/** How far back the ledger is rolled at most: a year of months before the month asked for. */
const MAX_MONTHS_BACK = 11;

/** What {@link reconcileMonths} needs besides the inputs. */
export interface LedgerMonthsArgs {
  month: YearMonth;
  countDate: IsoDate;
  /** The count date of an earlier month (its 25th moved to a working day). */
  countDateOf: (month: YearMonth) => IsoDate;
  plan: PlannedLine[] | null;
}

/**
 * The month the opening stock stands at: the month its sheet names, else the earliest month of a receipt
 * or issue up to `month` (a ledger kept all year starts from the year's opening), never more than a year
 * back, and never after `month`.
 */
export function openingMonthOf(inputs: InventoryInputs, month: YearMonth): YearMonth {
  const earliest = addMonths(month, -MAX_MONTHS_BACK);
  let start = inputs.openingMonth;
  if (start === null) {
    const from = firstDayOf(earliest);
    let first = firstDayOf(month);
    for (const movements of [inputs.receipts, inputs.issues]) {
      for (const m of movements) if (m.date < first && m.date >= from) first = m.date;
    }
    start = monthOf(first);
  }
  if (start > month) return month;
  return start < earliest ? earliest : start;
}

/**
 * Reconciles every month from the opening month through `month`, each month opening with the previous
 * month's expected closing at its closing value (the ledger rolled forward). The last entry is `month`'s;
 * only it is checked against the plan and counts without a date.
 */
export function reconcileMonths(inputs: InventoryInputs, args: LedgerMonthsArgs): Reconciliation[] {
  const start = openingMonthOf(inputs, args.month);
  const receipts = byMonth(inputs.receipts);
  const issues = byMonth(inputs.issues);
  const firstSource = start < args.month ? firstSources(inputs) : new Map<string, RecordSource>();
  const categories = openingCategories(inputs.opening);
  const out: Reconciliation[] = [];
  let opening: OpeningStock[] = inputs.opening;
  for (let m = start; m <= args.month; m = addMonths(m, 1)) {
    const last = m === args.month;
    const countDate = last ? args.countDate : args.countDateOf(m);
    const counts: CountLine[] = inputs.counts.filter((c) =>
      last ? c.date === null || c.date === countDate : c.date === countDate,
    );
    const result = reconcile({
      month: m,
      countDate,
      opening,
      receipts: receipts.get(m) ?? [],
      issues: issues.get(m) ?? [],
      counts,
      plan: last ? args.plan : null,
    });
    out.push(result);
    opening = rolledOpening(result, firstSource, categories);
  }
  return out;
}

/** The movements of each month, in their order; a ledger of one month is not copied. */
function byMonth<T extends Receipt | StockIssue>(rows: readonly T[]): Map<YearMonth, readonly T[]> {
  const first = rows[0];
  if (first === undefined) return new Map();
  const month = monthOf(first.date);
  const inMonth = inMonthTest(month);
  if (rows.every((row) => inMonth(row.date))) return new Map([[month, rows]]);
  const out = new Map<YearMonth, T[]>();
  for (const row of rows) {
    const key = monthOf(row.date);
    const list = out.get(key);
    if (list === undefined) out.set(key, [row]);
    else list.push(row);
  }
  return out;
}

function firstSources(inputs: InventoryInputs): Map<string, RecordSource> {
  const out = new Map<string, RecordSource>();
  for (const record of [...inputs.opening, ...inputs.receipts, ...inputs.issues, ...inputs.counts]) {
    const key = itemKey(record);
    if (!out.has(key)) out.set(key, record.source);
  }
  return out;
}

function openingCategories(opening: readonly OpeningStock[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const o of opening) if (o.category !== null && !out.has(itemKey(o))) out.set(itemKey(o), o.category);
  return out;
}

/** Next month's opening: every item with stock or value left, valued at its closing value (unknown cost stays unknown). */
function rolledOpening(
  month: Reconciliation,
  firstSource: ReadonlyMap<string, RecordSource>,
  categories: ReadonlyMap<string, string>,
): OpeningStock[] {
  const out: OpeningStock[] = [];
  for (const item of month.items) {
    if (item.expected === 0 && item.closingValue === 0) continue;
    const key = itemKey(item);
    out.push({
      item: item.item,
      spec: item.spec,
      unit: item.unit,
      category: categories.get(key) ?? null,
      quantity: item.expected,
      valueFen: item.unitCost === null ? null : item.closingValue,
      source: firstSource.get(key) ?? { sheet: "", row: 0 },
    });
  }
  return out;
}
