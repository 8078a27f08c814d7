import { issue, type Issue } from "../../issues";
import { normalizeKey } from "../../values/text";
import { formatPrice } from "./formatPrice";
import type { PlanLine } from "./consolidate";
import type { RequestLine } from "../../catalog/requestLine";
import { REQUEST_TABLE } from "../../catalog/requestTable";
import { columnOf } from "../../table/declaration";
import { qtyText } from "../../values/quantity";

const MAX_LISTED = 5;

/**
 * Warnings about consolidated lines: different quoted prices, requests without a price (the line then
 * has no amount), and one item and spec requested in different units (kept as separate lines).
 */
export function lineIssues(lines: readonly PlanLine[]): Issue[] {
  const issues: Issue[] = [];
  const units = new Map<string, PlanLine[]>();
  for (const line of lines) {
    const first = line.sources[0]!.source;
    if (line.pricesDiffer) {
      const prices = [
        ...new Set(line.sources.filter((s) => s.unitPrice !== null).map((s) => formatPrice(s.unitPrice!))),
      ];
      issues.push(issue("price_differs", "warning", first, { item: line.item, prices: prices.join(" / ") }));
    }
    if (line.amount === null) {
      const missing = line.sources
        .filter((s) => s.amount === null)
        .map((s) => `${s.source.sheet}!${s.source.row}`);
      const rows =
        missing.slice(0, MAX_LISTED).join(", ") +
        (missing.length > MAX_LISTED ? ` … (${missing.length})` : "");
      const at = line.sources.find((s) => s.amount === null)!.source;
      issues.push(issue("price_missing", "warning", at, { item: line.item, rows }));
    }
    const key = `${line.category}\u0001${normalizeKey(line.item)}\u0001${normalizeKey(line.spec)}`;
    units.set(key, [...(units.get(key) ?? []), line]);
  }
  for (const group of units.values()) {
    if (group.length < 2) continue;
    const at = group[1]!.sources[0]!.source;
    issues.push(
      issue("unit_mismatch", "warning", at, {
        item: group[0]!.item,
        units: group.map((l) => l.unit || "—").join(" / "),
      }),
    );
  }
  return issues;
}

/**
 * Errors for the request rows of a line whose total is beyond exact arithmetic (a barcode typed as a
 * quantity, say): each row is named, and the line is left out of the plan.
 */
export function totalTooLarge(sources: readonly RequestLine[]): Issue[] {
  const header = columnOf(REQUEST_TABLE, "quantity").label;
  return sources.map((s) =>
    issue("value_too_large", "error", s.source, { header, value: qtyText(s.quantity), field: "quantity" }),
  );
}
