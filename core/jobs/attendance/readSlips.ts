import { issue, type Issue } from "../../issues";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { readTable } from "../../table/readTable";
import { cellOf, headerOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import type { Dec } from "../../values/decimal";
import {
  addDays,
  firstDayOf,
  lastDayOf,
  toDayNumber,
  type IsoDate,
  type YearMonth,
} from "../../values/isoDate";
import type { EmployeeIndex } from "./employeeIndex";
import { LEAVE_TABLE } from "./inputs";
import { leaveTypeOf } from "./marks";
import type { LeaveSlip } from "./records";
import { namesPeople } from "./rowCells";

/** Slips longer than this are not checked against their 天数 (no office writes a slip for ten years). */
const MAX_CHECKED_DAYS = 3660;

/** How a slip's 天数 reads against its dates: the day taken only in half, or a mismatch. */
export interface SlipDays {
  halfDay: IsoDate | null;
  /** The working days between the dates, when 天数 says something else. */
  mismatch: number | null;
}

/**
 * Reads a slip's 天数 against its dates: the working days (or the calendar days, as 产假 and 婚假 are often
 * written) between them mean whole days; half a day fewer than the working days means the last working day
 * is taken in half (0.5 on a one-day slip, 2.5 over three days); anything else is a mismatch and the
 * working days count. @example slipDays("2026-10-12", "2026-10-12", new Dec("0.5"), calendar).halfDay === "2026-10-12"
 */
export function slipDays(
  start: IsoDate,
  end: IsoDate,
  days: Dec | null,
  calendar: WorkingCalendar,
): SlipDays {
  const span = toDayNumber(end) - toDayNumber(start) + 1;
  if (days === null || span > MAX_CHECKED_DAYS) return { halfDay: null, mismatch: null };
  let working = 0;
  let lastWorking: IsoDate | null = null;
  for (let i = 0; i < span; i++) {
    const date = addDays(start, i);
    if (calendar.isWorkingDay(date)) {
      working++;
      lastWorking = date;
    }
  }
  if (days.eq(working) || days.eq(span)) return { halfDay: null, mismatch: null };
  if (lastWorking !== null && days.eq(working - 0.5)) return { halfDay: lastWorking, mismatch: null };
  return { halfDay: null, mismatch: working };
}

/** What {@link readSlips} needs besides the sheets. */
export interface SlipsContext {
  month: YearMonth;
  date1904: boolean;
  employees: EmployeeIndex;
  calendar: WorkingCalendar;
}

/**
 * Reads the leave slips that touch the month (slips wholly in other months are left to them). A missing
 * end date means a one-day slip; an end before the start and an unknown leave type are errors.
 */
export function readSlips(
  sheets: readonly SheetData[],
  ctx: SlipsContext,
): { slips: LeaveSlip[]; issues: Issue[] } {
  const slips: LeaveSlip[] = [];
  const issues: Issue[] = [];
  const monthStart = firstDayOf(ctx.month);
  const monthEnd = lastDayOf(ctx.month);
  for (const sheet of sheets) {
    const read = readTable(sheet, LEAVE_TABLE, { date1904: ctx.date1904, near: ctx.month });
    issues.push(...read.issues);
    if (!namesPeople(read, issues)) continue;
    for (const row of read.rows) {
      const { type: typeText, start, days, reason } = row.values;
      if (typeText === null || start === null) continue;
      const end = row.values.end ?? start;
      if (end >= start && (end < monthStart || start > monthEnd)) continue;
      const type = leaveTypeOf(typeText);
      if (type === null) {
        issues.push(issue("unknown_leave_type", "error", cellOf(row, "type"), { value: typeText }));
        continue;
      }
      if (end < start) {
        issues.push(
          issue("end_before_start", "error", cellOf(row, "end"), {
            header: headerOf(row, LEAVE_TABLE, "end"),
            value: end,
            startHeader: headerOf(row, LEAVE_TABLE, "start"),
            start,
          }),
        );
        continue;
      }
      const employee = ctx.employees.resolve(row.values.id, row.values.name, row, issues);
      if (employee === null) continue;
      const checked = slipDays(start, end, days, ctx.calendar);
      if (checked.mismatch !== null) {
        issues.push(
          issue("leave_days_mismatch", "warning", cellOf(row, "days"), {
            days: days?.toString() ?? "",
            counted: checked.mismatch,
          }),
        );
      }
      slips.push({
        employee,
        type,
        start,
        end,
        days,
        halfDay: checked.halfDay,
        reason,
        source: cellOf(row, "start"),
      });
    }
  }
  return { slips, issues };
}
