import type { BookData } from "../../table/sheetData";
import type { Issue } from "../../issues";
import type { YearMonth } from "../../values/isoDate";
import type { Category } from "../../catalog/category";
import { planDetailKey, readPlanDetail } from "../../catalog/planDetail";
import type { PlannedLine } from "./records";
import { itemKey } from "./itemKey";

/** The month's purchase plan as the inventory checks it: planned lines, each item's category, the sheet read. */
export interface MonthPlan {
  sheet: string;
  lines: PlannedLine[];
  categories: Map<string, Category>;
  issues: Issue[];
}

/**
 * The purchase plan for `month`, read from the plan detail sheet PropDesk wrote for it (the purchase-plan
 * job's output, edits included), or null when the workbook has none: receipts are then not checked
 * against a plan.
 */
export function readMonthPlan(book: BookData, month: YearMonth): MonthPlan | null {
  const sheet = book.sheets.find((s) => s.ownerKey === planDetailKey(month));
  if (sheet === undefined) return null;
  const read = readPlanDetail(sheet, book.date1904);
  const categories = new Map<string, Category>();
  for (const line of read.lines) {
    const key = itemKey(line);
    if (!categories.has(key) && line.category !== "uncategorised") categories.set(key, line.category);
  }
  return {
    sheet: sheet.name,
    lines: read.lines.map((l) => ({ item: l.item, spec: l.spec, unit: l.unit, quantity: l.quantity })),
    categories,
    issues: read.issues,
  };
}
