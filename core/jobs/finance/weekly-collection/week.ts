import { issue, type Issue } from "../../../issues";
import { addDays, weekday, type IsoDate } from "../../../values/isoDate";

const WEDNESDAY = 3;

/** The week of the weekly collection list: Thursday `from` to Wednesday `to`. */
export interface CollectionWeek {
  from: IsoDate;
  to: IsoDate;
}

/** The latest Wednesday on or before a date. @example latestWednesday("2026-11-20") === "2026-11-18" */
export function latestWednesday(date: IsoDate): IsoDate {
  return addDays(date, -((weekday(date) - WEDNESDAY + 7) % 7));
}

/** The week ending on a Wednesday: the Thursday six days before it to that Wednesday. */
export function weekEnding(wednesday: IsoDate): CollectionWeek {
  return { from: addDays(wednesday, -6), to: wednesday };
}

/** The seven dates of a week, Thursday first. */
export function datesOfWeek(week: CollectionWeek): IsoDate[] {
  return Array.from({ length: 7 }, (_, i) => addDays(week.from, i));
}

/**
 * The week a run covers: the one ending on `weekEnd` (the CLI's `--week-ending`) or, without it, on the
 * latest Wednesday on or before `today`. A `weekEnd` that is not a Wednesday is moved back to the latest
 * Wednesday on or before it - the last whole week by then - with a warning (`week_end_not_wednesday`).
 */
export function chooseWeek(
  weekEnd: IsoDate | undefined,
  today: IsoDate,
): { week: CollectionWeek; issues: Issue[] } {
  const wanted = weekEnd ?? today;
  const used = latestWednesday(wanted);
  const issues =
    weekEnd !== undefined && used !== weekEnd
      ? [issue("week_end_not_wednesday", "warning", {}, { date: weekEnd, used })]
      : [];
  return { week: weekEnding(used), issues };
}
