import { issue, type CellLocation, type Issue } from "../../issues";
import { normalizeKey } from "../../values/text";
import { formatPrice } from "./formatPrice";
import type { PlanLine } from "./consolidate";
import type { RequestLine } from "../../catalog/requestLine";
import { qtyText } from "../../values/quantity";

const MAX_LISTED = 5;

/**
 * Warnings about consolidated lines: different quoted prices, requests without a price (the line then
 * has no amount), and one item and spec requested in different units (kept as separate lines). A warning about
 * the line's rows together names the item cell of one of them; one about a row without a price, its price cell.
 */
export function lineIssues(lines: readonly PlanLine[]): Issue[] {
  const issues: Issue[] = [];
  const units = new Map<string, PlanLine[]>();
  for (const line of lines) {
    const first = line.sources[0]!;
    if (line.pricesDiffer) {
      const prices = [
        ...new Set(line.sources.filter((s) => s.unitPrice !== null).map((s) => formatPrice(s.unitPrice!))),
      ];
      issues.push(
        issue("price_differs", "warning", requestCell(first, "item"), {
          item: line.item,
          prices: prices.join(" / "),
        }),
      );
    }
    if (line.amount === null) {
      // each row named by its price cell, as a location reads (`综合申请!G4`)
      const missing = line.sources
        .filter((s) => s.amount === null)
        .map((s) => `${s.source.sheet}!${s.columns.unitPrice}${s.source.row}`);
      const rows =
        missing.slice(0, MAX_LISTED).join(", ") +
        (missing.length > MAX_LISTED ? ` … (${missing.length})` : "");
      const at = requestCell(
        line.sources.find((s) => s.amount === null)!,
        "unitPrice",
      );
      issues.push(issue("price_missing", "warning", at, { item: line.item, rows }));
    }
    const key = `${line.category}\u0001${normalizeKey(line.item)}\u0001${normalizeKey(line.spec)}`;
    units.set(key, [...(units.get(key) ?? []), line]);
  }
  for (const group of units.values()) {
    if (group.length < 2) continue;
    const at = requestCell(group[1]!.sources[0]!, "item");
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
  return sources.map((s) =>
    issue("value_too_large", "error", requestCell(s, "quantity"), {
      header: s.quantityHeader,
      value: qtyText(s.quantity),
      field: "quantity",
    }),
  );
}

/** A request row's cell in one of its {@link RequestLine.columns}. */
function requestCell(request: RequestLine, key: keyof RequestLine["columns"]): CellLocation {
  return { sheet: request.source.sheet, row: request.source.row, column: request.columns[key] };
}
