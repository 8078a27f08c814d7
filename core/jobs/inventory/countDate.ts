import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { issue, type Issue } from "../../issues";
import { firstDayOf, lastDayOf, monthOf, type IsoDate, type YearMonth } from "../../values/isoDate";
import type { CountLine } from "./records";
import { dateCell } from "./outsideMonth";

/** The month's stock-count date: the 25th, moved back to the last working day on or before it (docs/jobs/inventory.md#count-date). */
export function defaultCountDate(month: YearMonth, calendar: WorkingCalendar): IsoDate {
  return calendar.deadline(`${month}-25`);
}

/**
 * The count date a run takes when none is asked for: the count sheet's date in the month, else the 25th
 * rule, and never a day after `today` in a month begun by today (today instead). A month wholly after today
 * has no such limit. @example runCountDate([], "2026-12", "2026-12-04", calendar) === "2026-12-04"
 */
export function runCountDate(
  counts: readonly CountLine[],
  month: YearMonth,
  today: IsoDate,
  calendar: WorkingCalendar,
): IsoDate {
  const limit = latestDay(month, today);
  const rule = defaultCountDate(month, calendar);
  return countSheetDate(counts, month, limit) ?? (rule > limit ? limit : rule);
}

/**
 * The count date a month's count sheet gives: the latest date its rows carry inside the month up to `through`
 * (a store counted on the 24th writes the 24th), or null when no row is dated in the month by then.
 */
export function countSheetDate(
  counts: readonly CountLine[],
  month: YearMonth,
  through: IsoDate = lastDayOf(month),
): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const c of counts) {
    if (c.date === null || monthOf(c.date) !== month || c.date > through) continue;
    if (latest === null || c.date > latest) latest = c.date;
  }
  return latest;
}

/**
 * One warning per count sheet for its rows dated in the month after `today` (a count that has not happened
 * yet), other than those on the count date itself; each names the earliest such row.
 */
export function countsAfterToday(
  counts: readonly CountLine[],
  month: YearMonth,
  today: IsoDate,
  countDate: IsoDate,
  dateColumns: ReadonlyMap<string, string>,
): Issue[] {
  const limit = latestDay(month, today);
  const bySheet = new Map<string, { count: number; date: IsoDate; row: number }>();
  for (const { date, source } of counts) {
    if (date === null || date <= limit || date === countDate || monthOf(date) !== month) continue;
    const seen = bySheet.get(source.sheet);
    if (seen === undefined) bySheet.set(source.sheet, { count: 1, date, row: source.row });
    else {
      seen.count += 1;
      if (date < seen.date || (date === seen.date && source.row < seen.row))
        Object.assign(seen, { date, row: source.row });
    }
  }
  return [...bySheet].map(([sheet, { count, date, row }]) =>
    issue("count_after_today", "warning", dateCell({ sheet, row }, dateColumns), { count, today, date }),
  );
}

/** The last day a default may take in `month`: today in a month begun by today, else the month's last day. */
function latestDay(month: YearMonth, today: IsoDate): IsoDate {
  const last = lastDayOf(month);
  return today >= firstDayOf(month) && today < last ? today : last;
}
