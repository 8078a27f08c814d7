import type { WorkingCalendar } from "../../calendar/workingCalendar";
import {
  addDays,
  addMonths,
  datesOfMonth,
  firstDayOf,
  lastDayOf,
  monthOf,
  type IsoDate,
  type YearMonth,
} from "../../values/isoDate";

/** The month a roster made on `today` is for: next month (the night roster is due by the 30th). @example defaultDutyRosterMonth("2026-11-20") === "2026-12" */
export function defaultDutyRosterMonth(today: IsoDate): YearMonth {
  return addMonths(monthOf(today), 1);
}

/** The night roster's hand-in date: the 30th of the month before (its last day in February), moved back to a working day. */
export function nightRosterDueDate(month: YearMonth, calendar: WorkingCalendar): IsoDate {
  const before = addMonths(month, -1);
  const last = lastDayOf(before);
  const thirtieth = `${before}-30`;
  return calendar.deadline(last < thirtieth ? last : thirtieth);
}

/** One holiday arrangement: a run of consecutive days off (statutory or holiday), and when its roster is due. */
export interface HolidayArrangement {
  /** The holiday's names over its days, in order (`国庆节`; `中秋、国庆节` for a run of two). */
  names: string[];
  first: IsoDate;
  last: IsoDate;
  days: IsoDate[];
  /** The working day before the first day off: the duty roster is handed in then. */
  due: IsoDate;
}

/** Longest run of days off looked at (no arrangement is longer). */
const MAX_RUN = 60;

/** True for a day off of a holiday arrangement (a statutory day off or another holiday day off, not a plain weekend). */
export function isHolidayDayOff(calendar: WorkingCalendar, date: IsoDate): boolean {
  const kind = calendar.dayKind(date);
  return kind === "statutory" || kind === "holiday";
}

/**
 * The holiday arrangements of a month: every run of consecutive days off (statutory or holiday days, not plain
 * weekends) whose first day lies in the month, with all its days (a holiday that runs into the next month is
 * rostered whole, once); and the runs that began in the month before and reach into this one (rostered with
 * that month). @example holidaysOf("2026-10", createCalendar()).arrangements[0] // 国庆节 2026-10-01..07, due 2026-09-30
 */
export function holidaysOf(
  month: YearMonth,
  calendar: WorkingCalendar,
): { arrangements: HolidayArrangement[]; earlier: HolidayArrangement[] } {
  const arrangements: HolidayArrangement[] = [];
  const earlier: HolidayArrangement[] = [];
  const monthStart = firstDayOf(month);
  const dates = datesOfMonth(month);
  let i = 0;
  while (i < dates.length) {
    const date = dates[i]!;
    if (!isHolidayDayOff(calendar, date)) {
      i++;
      continue;
    }
    let first = date;
    for (let back = 0; back < MAX_RUN && isHolidayDayOff(calendar, addDays(first, -1)); back++)
      first = addDays(first, -1);
    const days: IsoDate[] = [];
    for (let d = first; days.length < MAX_RUN && isHolidayDayOff(calendar, d); d = addDays(d, 1))
      days.push(d);
    const last = days[days.length - 1]!;
    const names: string[] = [];
    for (const day of days) {
      const name = calendar.holidayName(day);
      if (name !== undefined && !names.includes(name)) names.push(name);
    }
    const arrangement = {
      names,
      first,
      last,
      days,
      due: calendar.lastWorkingDayOnOrBefore(addDays(first, -1)),
    };
    (first < monthStart ? earlier : arrangements).push(arrangement);
    while (i < dates.length && dates[i]! <= last) i++;
  }
  return { arrangements, earlier };
}
