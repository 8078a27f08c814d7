import { hasStatutoryDays } from "../calendar/statutoryDays";
import type { WorkingCalendar } from "../calendar/workingCalendar";
import { fromDayNumber, toDayNumber, type IsoDate } from "../values/isoDate";
import {
  dateArg,
  functionError,
  isFunctionError,
  serialArg,
  wholeDaysArg,
  type FunctionArg,
  type FunctionContext,
  type FunctionResult,
} from "./functionValues";

/** More working days than there are days from 1900 to 9999: WORKDAY cannot land on a date with them. */
const MAX_WORKING_DAYS = 3_000_000;

/** What HOLIDAYCLASS gives: stable codes in every language, so a formula can compare them. */
export type HolidayClass = "workday" | "restday" | "statutory";

/**
 * PROPDESK.ISWORKDAY(date): TRUE on a working day (Monday-Friday, less holidays, plus make-up working days).
 * @example isWorkdayFunction(ctx, ["2026-10-10"]) === true (a make-up Saturday)
 */
export function isWorkdayFunction(context: FunctionContext, args: readonly FunctionArg[]): FunctionResult {
  const date = dateArg(args[0], context.date1904);
  return isFunctionError(date) ? date : context.calendar.isWorkingDay(date);
}

/**
 * PROPDESK.WORKDAY(start, days): the serial of the date `days` working days after `start`, like Excel's WORKDAY
 * (the start is not counted, days are truncated toward zero, 0 gives the start itself, negative goes back);
 * `#NUM!` when that date is outside the workbook's date system. @example WORKDAY("2026-09-30", 1) is 2026-10-08
 */
export function workdayFunction(context: FunctionContext, args: readonly FunctionArg[]): FunctionResult {
  const start = dateArg(args[0], context.date1904);
  if (isFunctionError(start)) return start;
  const days = wholeDaysArg(args[1]);
  if (isFunctionError(days)) return days;
  if (Math.abs(days) > MAX_WORKING_DAYS) return functionError("#NUM!");
  let end: IsoDate;
  try {
    end = context.calendar.addWorkingDays(start, days);
  } catch (error) {
    if (error instanceof RangeError) return functionError("#NUM!");
    throw error;
  }
  return serialArg(end, context.date1904);
}

/**
 * PROPDESK.NETWORKDAYS(start, end): the working days from start to end, both counted, like Excel's NETWORKDAYS:
 * negative when end is before start. @example NETWORKDAYS("2026-10-01", "2026-10-31") === 18
 */
export function networkdaysFunction(context: FunctionContext, args: readonly FunctionArg[]): FunctionResult {
  const start = dateArg(args[0], context.date1904);
  if (isFunctionError(start)) return start;
  const end = dateArg(args[1], context.date1904);
  if (isFunctionError(end)) return end;
  return end < start
    ? -countWorkingDays(context.calendar, end, start)
    : countWorkingDays(context.calendar, start, end);
}

/**
 * PROPDESK.DEADLINE(date): the serial of the due date, moved back to the last working day before it when it falls
 * on a rest day or a holiday (DOMAIN's rule for every deadline). @example DEADLINE("2026-10-04") is 2026-09-30
 */
export function deadlineFunction(context: FunctionContext, args: readonly FunctionArg[]): FunctionResult {
  const date = dateArg(args[0], context.date1904);
  if (isFunctionError(date)) return date;
  let due: IsoDate;
  try {
    due = context.calendar.deadline(date);
  } catch (error) {
    if (error instanceof RangeError) return functionError("#NUM!");
    throw error;
  }
  return serialArg(due, context.date1904);
}

/**
 * PROPDESK.HOLIDAYCLASS(date): `statutory` on a day the law names (300% overtime, even where the office declared it
 * working), else `workday` on a working day (150%), else `restday` (a weekend or another day off, 200%).
 * @example HOLIDAYCLASS("2026-10-03") === "statutory"; HOLIDAYCLASS("2026-10-05") === "restday"
 */
export function holidayClassFunction(context: FunctionContext, args: readonly FunctionArg[]): FunctionResult {
  const date = dateArg(args[0], context.date1904);
  if (isFunctionError(date)) return date;
  return holidayClass(context.calendar, date);
}

/** The overtime class of a date (see {@link holidayClassFunction}). */
export function holidayClass(calendar: WorkingCalendar, date: IsoDate): HolidayClass {
  if (calendar.isStatutory(date)) return "statutory";
  return calendar.isWorkingDay(date) ? "workday" : "restday";
}

/**
 * The working days from `from` to `to` (`from` <= `to`), both counted. A year without built-in data, overrides or
 * days the law names is weekdays only and is counted by arithmetic, so a span of centuries costs little.
 */
function countWorkingDays(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
  const last = toDayNumber(to);
  let count = 0;
  for (let day = toDayNumber(from); day <= last;) {
    const year = Number(fromDayNumber(day).slice(0, 4));
    const yearEnd = Math.min(last, toDayNumber(`${year}-12-31`));
    if (weekdaysOnly(calendar, year)) count += weekdaysBetween(day, yearEnd);
    else for (let d = day; d <= yearEnd; d++) if (calendar.isWorkingDay(fromDayNumber(d))) count++;
    day = yearEnd + 1;
  }
  return count;
}

/** True when a year of the calendar is Monday-Friday only: no listed day, no override, no day the law names. */
function weekdaysOnly(calendar: WorkingCalendar, year: number): boolean {
  const first = `${year}-01-01`;
  return !hasStatutoryDays(year) && calendar.uncoveredYears(first, first).length === 1;
}

/** Monday-Friday days from day number `a` to `b`, both counted. */
function weekdaysBetween(a: number, b: number): number {
  const weeks = Math.floor((b - a + 1) / 7);
  let count = weeks * 5;
  for (let d = a + weeks * 7; d <= b; d++) {
    const weekday = (((d + 4) % 7) + 7) % 7;
    if (weekday !== 0 && weekday !== 6) count++;
  }
  return count;
}
