import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { monthOf, type IsoDate, type YearMonth } from "../../values/isoDate";
import type { CountLine } from "./records";

/** The month's stock-count date: the 25th, moved back to the last working day on or before it (DOMAIN.md 2). */
export function defaultCountDate(month: YearMonth, calendar: WorkingCalendar): IsoDate {
  return calendar.deadline(`${month}-25`);
}

/**
 * The count date a month's count sheet gives: the latest date its rows carry inside the month (a store counted
 * on the 24th writes the 24th), or null when no row is dated in the month.
 */
export function countSheetDate(counts: readonly CountLine[], month: YearMonth): IsoDate | null {
  let latest: IsoDate | null = null;
  for (const c of counts) {
    if (c.date !== null && monthOf(c.date) === month && (latest === null || c.date > latest)) latest = c.date;
  }
  return latest;
}
