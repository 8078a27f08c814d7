import type { Issue } from "../../../issues";
import { readTable } from "../../../table/readTable";
import { sourceOf } from "../../../table/rowRefs";
import type { SheetData } from "../../../table/sheetData";
import type { YearMonth } from "../../../values/isoDate";
import { SPENDING_TABLE } from "./inputs";
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
 * and the row is left out. A date without a year (`12月10日`) takes the title's, else the one nearest `near`
 * (the plan month); the department and project may come from the lines above the table ({@link SPENDING_TABLE}).
 */
export function readSpending(
  sheets: readonly SheetData[],
  date1904: boolean,
  near?: YearMonth,
): SpendingRead {
  const items: SpendingItem[] = [];
  const issues: Issue[] = [];
  let project: string | null = null;
  for (const sheet of sheets) {
    const read = readTable(sheet, SPENDING_TABLE, near === undefined ? { date1904 } : { date1904, near });
    issues.push(...read.issues);
    project ??= read.context["project"] ?? null;
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
