import type { Issue } from "../../../issues";
import type { JobParams } from "../../job";
import { calendarFromSheets, HOLIDAY_TABLE } from "../../../calendar/holidaySheet";
import type { WorkingCalendar } from "../../../calendar/workingCalendar";
import { locateInputs } from "../../../table/locateInputs";
import type { BookData } from "../../../table/sheetData";
import { COLLECTION_TABLES } from "../../collection/inputs";
import { readCollectionInputs, type CollectionInputs } from "../../collection/readInputs";
import { ClerkNotes } from "../../collection/clerkNotes";
import { SPENDING_TABLE } from "./inputs";
import type { SpendingItem } from "./records";
import { readSpending } from "./readSpending";

/** Every table the cash plan reads, in the order they are read. */
export const CASH_PLAN_TABLES = [SPENDING_TABLE, ...COLLECTION_TABLES, HOLIDAY_TABLE] as const;

/** The cash plan's inputs: the collection records, the clerk's notes, the spending plan and the calendar. */
export interface CashPlanInputs {
  collection: CollectionInputs;
  /** The clerk's notes per unit and fee type, as the receivables list reads them (follow-up sheet and earlier list). */
  notes: ClerkNotes;
  spending: SpendingItem[];
  project: string | null;
  calendar: WorkingCalendar;
  /** Locating, reading and calendar issues, each once. */
  issues: Issue[];
}

/**
 * Reads a workbook for the cash plan. The sheets are placed once among all the plan's tables; the
 * collection tables are then read by the collection job's own reader (given those placements), so the
 * charges, payments and follow-up notes mean exactly what they mean to the collection job.
 */
export function readCashPlanInputs(book: BookData, params: Pick<JobParams, "inputSheets">): CashPlanInputs {
  const found = locateInputs(book, CASH_PLAN_TABLES, params.inputSheets);
  const placed: Record<string, string[]> = {};
  for (const spec of [...COLLECTION_TABLES, HOLIDAY_TABLE]) {
    const names = (found.byRole.get(spec.role) ?? []).map((s) => s.name);
    if (names.length > 0) placed[spec.role] = names;
  }
  const collection = readCollectionInputs(book, { inputSheets: placed });
  const locating = new Set(collection.found.issues);
  const { calendar, issues: calendarIssues } = calendarFromSheets(
    found.byRole.get(HOLIDAY_TABLE.role) ?? [],
    book.date1904,
  );
  const spending = readSpending(found.byRole.get(SPENDING_TABLE.role) ?? [], book.date1904);
  const notes = new ClerkNotes(
    collection.followUps,
    book.sheets.filter((s) => s.ownerKey !== undefined),
    book.date1904,
  );
  return {
    collection,
    notes,
    spending: spending.items,
    project: spending.project,
    calendar,
    issues: [
      ...found.issues,
      ...collection.issues.filter((i) => !locating.has(i)),
      ...calendarIssues,
      ...spending.issues,
    ],
  };
}
