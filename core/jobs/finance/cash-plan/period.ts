import type { JobParams } from "../../job";
import type { WorkingCalendar } from "../../../calendar/workingCalendar";
import { addDays, addMonths, firstDayOf, monthOf } from "../../../values/isoDate";
import type { IsoDate, YearMonth } from "../../../values/isoDate";

/** The month a plan made on `today` is for: next month. @example defaultCashPlanMonth("2026-11-06") === "2026-12" */
export function defaultCashPlanMonth(today: IsoDate): YearMonth {
  return addMonths(monthOf(today), 1);
}

/**
 * The date "not yet paid" is judged at: `params.asOf` when given, else the day before the month starts,
 * or today when that is earlier (a plan made on the 6th of November for December counts the payments up to
 * the 6th; one re-made in December still counts those up to 30 November, so the plan stays the plan).
 * @example cashPlanAsOf("2026-12", { today: "2026-11-06" }) === "2026-11-06"
 */
export function cashPlanAsOf(month: YearMonth, params: Pick<JobParams, "today" | "asOf">): IsoDate {
  if (params.asOf !== undefined) return params.asOf;
  const dayBefore = addDays(firstDayOf(month), -1);
  return params.today < dayBefore ? params.today : dayBefore;
}

/** The plan's hand-in date: the 10th of the month before, moved back to a working day. */
export function cashPlanDueDate(month: YearMonth, calendar: WorkingCalendar): IsoDate {
  return calendar.deadline(`${addMonths(month, -1)}-10`);
}
