import { calendarFromSheets } from "../calendar/holidaySheet";
import { createCalendar, type WorkingCalendar } from "../calendar/workingCalendar";
import type { SheetData } from "../table/sheetData";
import type { FunctionContext } from "./functionValues";

/** Names of the sheet the functions take holidays from (after NFKC, trimmed, ignoring case and spaces). */
const HOLIDAY_SHEET_NAMES = new Set(["节假日", "節假日", "holidays", "holiday"]);

let builtIn: WorkingCalendar | undefined;

/** True for the name of a workbook's holiday sheet: `节假日`, `節假日` or `Holidays` (any case). @example isHolidaySheetName(" holidays ") === true */
export function isHolidaySheetName(name: string): boolean {
  return HOLIDAY_SHEET_NAMES.has(name.normalize("NFKC").replace(/\s+/gu, "").toLowerCase());
}

/**
 * The functions' context for a workbook: China's built-in calendar, overridden and extended by the workbook's
 * holiday sheets (those {@link isHolidaySheetName} names, read as the jobs read the 节假日 table); with none, the
 * built-in calendar (made once). @example functionContext([], false).calendar.isWorkingDay("2026-10-10") === true
 */
export function functionContext(sheets: readonly SheetData[], date1904: boolean): FunctionContext {
  const holidays = sheets.filter((sheet) => isHolidaySheetName(sheet.name));
  if (holidays.length === 0) return { calendar: (builtIn ??= createCalendar()), date1904 };
  return { calendar: calendarFromSheets(holidays, date1904).calendar, date1904 };
}
