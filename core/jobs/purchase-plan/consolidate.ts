import { Dec } from "../../values/decimal";
import { normalizeKey } from "../../values/text";
import { CATEGORIES, type Category } from "./category";
import type { RequestLine } from "./requestLine";

/** One line of the plan: the requests for one (category, item, spec, unit), summed. */
export interface PlanLine {
  category: Category;
  /** First-seen spellings (in reading order: sheets as given, rows top to bottom). */
  item: string;
  spec: string;
  unit: string;
  quantity: Dec;
  /** Sum of the source amounts, or null when a source has no price. */
  amount: Dec | null;
  /** The common quoted price, or amount / quantity rounded to the fen when prices differ; null without amount. */
  unitPrice: Dec | null;
  /** Departments quoted different prices. */
  pricesDiffer: boolean;
  /** Quantity per department. */
  departments: Map<string, Dec>;
  /** The request rows it was made from, in reading order. */
  sources: RequestLine[];
}

const collator = new Intl.Collator("zh-CN");

/** Orders text the way a Chinese clerk expects (pinyin), with code points breaking ties so the order is total. */
export function compareText(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** The key lines consolidate on: category plus item, spec and unit after NFKC, white space and case folding. */
export function lineKey(line: Pick<RequestLine, "category" | "item" | "spec" | "unit">): string {
  return `${line.category}\u0001${normalizeKey(line.item)}\u0001${normalizeKey(line.spec)}\u0001${normalizeKey(line.unit)}`;
}

/**
 * Consolidates request rows into plan lines on (category, item, spec, unit) after normalisation -
 * nothing fuzzier. Lines come out by category, then item, spec and unit in pinyin order, so the
 * plan does not depend on the order of the input rows or sheets.
 */
export function consolidate(requests: readonly RequestLine[]): PlanLine[] {
  const byKey = new Map<string, PlanLine & { sortKey: string[] }>();
  for (const request of requests) {
    const key = lineKey(request);
    let line = byKey.get(key);
    if (!line) {
      line = {
        category: request.category,
        item: request.item,
        spec: request.spec,
        unit: request.unit,
        quantity: new Dec(0),
        amount: new Dec(0),
        unitPrice: null,
        pricesDiffer: false,
        departments: new Map(),
        sources: [],
        sortKey: [normalizeKey(request.item), normalizeKey(request.spec), normalizeKey(request.unit)],
      };
      byKey.set(key, line);
    }
    line.quantity = line.quantity.plus(request.quantity);
    line.amount = line.amount === null || request.amount === null ? null : line.amount.plus(request.amount);
    line.departments.set(request.department, (line.departments.get(request.department) ?? new Dec(0)).plus(request.quantity));
    line.sources.push(request);
  }
  const lines = [...byKey.values()];
  for (const line of lines) settlePrice(line);
  const order = new Map(CATEGORIES.map((c, i) => [c, i]));
  lines.sort(
    (a, b) =>
      (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) ||
      compareText(a.sortKey[0]!, b.sortKey[0]!) ||
      compareText(a.sortKey[1]!, b.sortKey[1]!) ||
      compareText(a.sortKey[2]!, b.sortKey[2]!),
  );
  return lines.map(({ sortKey: _sortKey, ...line }) => line);
}

function settlePrice(line: PlanLine): void {
  if (line.amount === null) return;
  let common: Dec | null = null;
  let same = true;
  for (const source of line.sources) {
    const price = source.unitPrice ?? source.amount!.div(source.quantity);
    if (common === null) common = price;
    else if (!price.eq(common)) {
      same = false;
      break;
    }
  }
  if (same) {
    line.unitPrice = common;
    return;
  }
  line.pricesDiffer = true;
  line.unitPrice = line.quantity.isZero() ? null : line.amount.div(line.quantity).toDecimalPlaces(2);
}
