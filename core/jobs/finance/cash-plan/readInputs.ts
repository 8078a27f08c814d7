import type { Issue } from "../../../issues";
import { calendarFromSheets } from "../../../calendar/holidaySheet";
import { HOLIDAY_TABLE } from "../../../calendar/holidayTable";
import type { WorkingCalendar } from "../../../calendar/workingCalendar";
import type { PlacedSheets } from "../../../table/placedSheets";
import type { IsoDate, YearMonth } from "../../../values/isoDate";
import { COLLECTION_TABLES } from "../../../receivables/inputs";
import { readCollectionInputs, type CollectionInputs } from "../../../receivables/readInputs";
import { ClerkNotes } from "../../../receivables/clerkNotes";
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
  /** Reading and calendar issues. */
  issues: Issue[];
}

/**
 * Reads a workbook for the cash plan: the collection tables by the receivables reader (so the charges,
 * payments and follow-up notes mean exactly what they mean to the collection job), the spending plan and the
 * calendar, from the sheets the registry placed. Dates and months without a year take the one nearest `near`
 * (the plan month) when no title gives it; a month-wide fee ledger's undated amounts are taken as paid by `asOf`.
 */
export function readCashPlanInputs(placed: PlacedSheets, near?: YearMonth, asOf?: IsoDate): CashPlanInputs {
  const { book } = placed;
  const collection = readCollectionInputs(placed, near, asOf);
  const { calendar, issues: calendarIssues } = calendarFromSheets(
    placed.sheets(HOLIDAY_TABLE),
    book.date1904,
  );
  const spending = readSpending(placed.sheets(SPENDING_TABLE), book.date1904, near);
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
    issues: [...collection.issues, ...calendarIssues, ...spending.issues],
  };
}
