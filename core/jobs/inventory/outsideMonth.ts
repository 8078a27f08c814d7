import { issue, type CellLocation, type Issue } from "../../issues";
import { firstDayOf, lastDayOf, type YearMonth } from "../../values/isoDate";
import type { Receipt, RecordSource, StockIssue } from "./records";

/**
 * One warning per sheet for receipts and issues the ledger leaves out: dated after the month (perhaps a
 * mistyped date) or before the month of the opening stock. Each names the earliest such row. `tables`: the
 * receipts and the issues.
 */
export function movementsOutside(
  tables: readonly (readonly (Receipt | StockIssue)[])[],
  openingMonth: YearMonth,
  month: YearMonth,
  dateColumns: ReadonlyMap<string, string>,
): Issue[] {
  const groups = new Map<string, { code: "after" | "before"; count: number; first: Receipt | StockIssue }>();
  const from = firstDayOf(openingMonth);
  const through = lastDayOf(month);
  const count = (code: "after" | "before", m: Receipt | StockIssue): void => {
    const key = `${code}\u0000${m.source.sheet}`;
    const seen = groups.get(key);
    if (seen === undefined) groups.set(key, { code, count: 1, first: m });
    else {
      seen.count += 1;
      const earlier =
        m.date < seen.first.date || (m.date === seen.first.date && m.source.row < seen.first.source.row);
      if (earlier) seen.first = m;
    }
  };
  for (const table of tables) {
    for (const m of table)
      if (m.date < from || m.date > through) count(m.date > through ? "after" : "before", m);
  }
  return [...groups.values()].map(({ code, count, first }) =>
    issue(
      code === "after" ? "movements_after_month" : "movements_before_opening",
      "warning",
      dateCell(first.source, dateColumns),
      { count, month, opening: openingMonth, date: first.date },
    ),
  );
}

/** A row's date cell, by its sheet's date column (`dateColumns`, as the inventory's inputs give them); column A when unknown. */
export function dateCell(source: RecordSource, dateColumns: ReadonlyMap<string, string>): CellLocation {
  return { sheet: source.sheet, row: source.row, column: dateColumns.get(source.sheet) ?? "A" };
}
