import type { WorkingCalendar } from "../../calendar/workingCalendar";
import type { IsoDate, YearMonth } from "../../values/isoDate";

/** The month's stock-count date: the 25th, moved back to the last working day on or before it (DOMAIN.md 2). */
export function defaultCountDate(month: YearMonth, calendar: WorkingCalendar): IsoDate {
  return calendar.deadline(`${month}-25`);
}
