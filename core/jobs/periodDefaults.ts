import { label, type Label } from "../i18n/label";
import { issue, type Issue } from "../issues";
import { addMonths, lastDayOf, monthOf, type IsoDate, type YearMonth } from "../values/isoDate";

/** The month before the month of `today`: what a sheet handed in by the 10th describes. @example previousMonth("2026-12-04") === "2026-11" */
export function previousMonth(today: IsoDate): YearMonth {
  return addMonths(monthOf(today), -1);
}

/**
 * The as-of date a period is judged at when none is given: its last day, or today when that is earlier
 * (no default lies after today). @example defaultAsOf("2026-12", "2026-12-04") === "2026-12-04"
 */
export function defaultAsOf(lastMonth: YearMonth, today: IsoDate): IsoDate {
  const last = lastDayOf(lastMonth);
  return today < last ? today : last;
}

/** The date parameters a person may give that describe a day (so one after today describes the future). */
export type DatedParam = "asOf" | "countDate";

const DATED_PARAM_LABEL: Readonly<Record<DatedParam, Label>> = {
  asOf: label("截止日期", "截止日期", "The as-of date"),
  countDate: label("盘点日期", "盤點日期", "The count date"),
};

/**
 * A warning for each date a person gave that lies after today: allowed (planning, a re-run with a typed
 * date), but every figure for the days after today is about what has not happened yet.
 */
export function datesAfterToday(params: { today: IsoDate } & Partial<Record<DatedParam, IsoDate>>): Issue[] {
  const out: Issue[] = [];
  for (const param of ["asOf", "countDate"] as const) {
    const date = params[param];
    if (date !== undefined && date > params.today)
      out.push(
        issue(
          "date_after_today",
          "warning",
          {},
          { date, today: params.today, what: DATED_PARAM_LABEL[param] },
        ),
      );
  }
  return out;
}
