import type { Dec } from "../../values/decimal";
import { fen, unitPriceOf, type Fen } from "../../values/money";
import { qtyE4, type QtyE4 } from "../../values/quantity";
import { normalizeKey } from "../../values/text";
import { compareText } from "../../values/compareText";
import { CATEGORIES, type Category } from "../../catalog/category";
import type { RequestLine } from "../../catalog/requestLine";

/** One line of the plan: the requests for one (category, item, spec, unit), summed. */
export interface PlanLine {
  category: Category;
  /** First-seen spellings, in source order (sheet names in pinyin order, then rows), so shuffling sheets changes nothing. */
  item: string;
  spec: string;
  unit: string;
  quantity: QtyE4;
  /** Sum of the source amounts, or null when a source has no price. */
  amount: Fen | null;
  /** The common quoted price, or amount / quantity rounded to the fen when prices differ; null without amount. */
  unitPrice: Dec | null;
  /** Departments quoted different prices. */
  pricesDiffer: boolean;
  /** Quantity per department. */
  departments: Map<string, QtyE4>;
  /** The request rows it was made from, by source: sheet names in pinyin order, then rows. */
  sources: RequestLine[];
}

/** The key lines consolidate on: category plus item, spec and unit after NFKC, white space and case folding. */
export function lineKey(line: Pick<RequestLine, "category" | "item" | "spec" | "unit">): string {
  return `${line.category}\u0001${normalizeKey(line.item)}\u0001${normalizeKey(line.spec)}\u0001${normalizeKey(line.unit)}`;
}

interface Group {
  first: RequestLine;
  sources: RequestLine[];
}

/** One spelling of an item as typed (category, spec, unit) and its group; other spellings of the same item text chained. */
interface Spelling {
  category: Category;
  spec: string;
  unit: string;
  group: Group;
  next: Spelling | undefined;
}

/**
 * Consolidates request rows into plan lines on (category, item, spec, unit) after normalisation -
 * nothing fuzzier. Lines come out by category, then item, spec and unit in pinyin order, so the
 * plan does not depend on the order of the input rows or sheets. A line whose total is beyond exact
 * arithmetic is left out and its request rows given to `tooLarge`.
 */
export function consolidate(
  requests: readonly RequestLine[],
  tooLarge: (sources: readonly RequestLine[]) => void = () => undefined,
): PlanLine[] {
  const groups = new Map<string, Group>();
  const bySpelling = new Map<string, Spelling>();
  for (const request of inSourceOrder(requests)) {
    const first = bySpelling.get(request.item);
    let spelling = first;
    while (
      spelling !== undefined &&
      (spelling.category !== request.category ||
        spelling.spec !== request.spec ||
        spelling.unit !== request.unit)
    )
      spelling = spelling.next;
    let group = spelling?.group;
    if (group === undefined) {
      const key = lineKey(request);
      group = groups.get(key);
      if (!group) groups.set(key, (group = { first: request, sources: [] }));
      const { category, spec, unit } = request;
      bySpelling.set(request.item, { category, spec, unit, group, next: first });
    }
    group.sources.push(request);
  }
  const lines: PlanLine[] = [];
  for (const group of groups.values()) {
    const line = sumGroup(group);
    if (line === null) tooLarge(group.sources);
    else lines.push(line);
  }
  const order = new Map(CATEGORIES.map((c, i) => [c, i]));
  const sortKey = (l: PlanLine) =>
    [normalizeKey(l.item), normalizeKey(l.spec), normalizeKey(l.unit)] as const;
  const keys = new Map(lines.map((l) => [l, sortKey(l)]));
  lines.sort((a, b) => {
    const x = keys.get(a)!;
    const y = keys.get(b)!;
    return (
      (order.get(a.category) ?? 0) - (order.get(b.category) ?? 0) ||
      compareText(x[0], y[0]) ||
      compareText(x[1], y[1]) ||
      compareText(x[2], y[2])
    );
  });
  return lines;
}

/**
 * The requests in source order: sheet names in pinyin order, then rows. Requests read sheet by sheet are
 * already in row order within each sheet, so only the sheets' runs are reordered; anything else is sorted.
 */
function inSourceOrder(requests: readonly RequestLine[]): readonly RequestLine[] {
  const names = [...new Set(requests.map((r) => r.source.sheet))].sort(compareText);
  const rank = new Map(names.map((name, i) => [name, i]));
  const runs: { rank: number; start: number; end: number }[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < requests.length; i++) {
    const { sheet, row } = requests[i]!.source;
    const last = runs[runs.length - 1];
    if (last && requests[last.start]!.source.sheet === sheet) {
      if (row < requests[i - 1]!.source.row) return sortedBySource(requests, rank);
      last.end = i + 1;
      continue;
    }
    if (seen.has(sheet)) return sortedBySource(requests, rank);
    seen.add(sheet);
    runs.push({ rank: rank.get(sheet)!, start: i, end: i + 1 });
  }
  if (runs.every((run, i) => i === 0 || runs[i - 1]!.rank < run.rank)) return requests;
  return runs.sort((a, b) => a.rank - b.rank).flatMap((run) => requests.slice(run.start, run.end));
}

function sortedBySource(requests: readonly RequestLine[], rank: Map<string, number>): RequestLine[] {
  return [...requests].sort(
    (a, b) => rank.get(a.source.sheet)! - rank.get(b.source.sheet)! || a.source.row - b.source.row,
  );
}

function sumGroup({ first, sources }: Group): PlanLine | null {
  const sums = sumGroupValues(sources);
  if (sums === null) return null;
  const line: PlanLine = {
    category: first.category,
    item: first.item,
    spec: first.spec,
    unit: first.unit,
    quantity: sums.quantity,
    amount: sums.amount,
    unitPrice: null,
    pricesDiffer: false,
    departments: sums.departments,
    sources,
  };
  settlePrice(line);
  return line;
}

interface Sums {
  quantity: QtyE4;
  amount: Fen | null;
  departments: Map<string, QtyE4>;
}

/**
 * The line's sums, exact in integers: quantities in ten-thousandths and amounts in fen; null when a sum is
 * beyond exact integers (beyond 900 billion units or 90 trillion yuan: a figure typed in the wrong column).
 */
function sumGroupValues(sources: readonly RequestLine[]): Sums | null {
  let quantity = 0;
  let amount: number | null = 0;
  const departments = new Map<string, { quantity: number }>();
  for (const s of sources) {
    quantity += s.quantity;
    const department = departments.get(s.department);
    if (department === undefined) departments.set(s.department, { quantity: s.quantity });
    else department.quantity += s.quantity;
    amount = amount === null || s.amount === null ? null : amount + s.amount;
  }
  const exact = (n: number | null) => n === null || Number.isSafeInteger(n);
  if (!exact(quantity) || !exact(amount) || ![...departments.values()].every((d) => exact(d.quantity)))
    return null;
  return {
    quantity: qtyE4(quantity),
    amount: amount === null ? null : fen(amount),
    departments: new Map([...departments].map(([d, q]) => [d, qtyE4(q.quantity)])),
  };
}

function settlePrice(line: PlanLine): void {
  if (line.amount === null) return;
  let common: Dec | null = null;
  let same = true;
  for (const source of line.sources) {
    const price = source.unitPrice ?? unitPriceOf(source.amount!, source.quantity);
    if (common === null) common = price;
    else if (price !== common && !price.eq(common)) {
      same = false;
      break;
    }
  }
  if (same) {
    line.unitPrice = common;
    return;
  }
  line.pricesDiffer = true;
  line.unitPrice = line.quantity === 0 ? null : unitPriceOf(line.amount, line.quantity).toDecimalPlaces(2);
}
