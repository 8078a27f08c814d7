import type { Issue } from "../../../issues";
import { readTable } from "../../../table/readTable";
import { sourceOf } from "../../../table/rowRefs";
import type { SheetData } from "../../../table/sheetData";
import { normalizeHeader } from "../../../values/text";
import { PROJECT_LABELS, SPENDING_TABLE } from "./inputs";
import type { SpendingItem } from "./records";

/** The spending plan's rows, the issues found reading them, and the project named above a table. */
export interface SpendingRead {
  items: SpendingItem[];
  issues: Issue[];
  project: string | null;
}

/**
 * Reads the spending-plan sheets: every accepted row becomes an item whatever its date (the job keeps the
 * plan month's); a zero or negative amount is an error (`not_positive`, declared on {@link SPENDING_TABLE})
 * and the row is left out.
 */
export function readSpending(sheets: readonly SheetData[], date1904: boolean): SpendingRead {
  const items: SpendingItem[] = [];
  const issues: Issue[] = [];
  let project: string | null = null;
  for (const sheet of sheets) {
    const read = readTable(sheet, SPENDING_TABLE, { date1904 });
    issues.push(...read.issues);
    project ??= projectOf(read.labels);
    for (const row of read.rows) {
      const { department, purpose, amount, date, remarks } = row.values;
      if (department === null || amount === null || date === null) continue;
      items.push({
        department,
        purpose,
        date,
        fen: amount,
        remarks,
        source: sourceOf(row),
      });
    }
  }
  return { items, issues, project };
}

/** The project named by a `项目：` label above a table, or null. */
export function projectOf(labels: ReadonlyMap<string, string>): string | null {
  for (const key of PROJECT_LABELS) {
    const value = labels.get(normalizeHeader(key));
    if (value !== undefined) return value;
  }
  return null;
}
