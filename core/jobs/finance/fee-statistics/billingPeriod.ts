import { addMonths, isoFromParts, toDayNumber, type YearMonth } from "../../../values/isoDate";
import type { MonthSpan } from "./monthSpan";
import { foldPeriodText, parsePeriodPoint, type PeriodPoint } from "./periodPoint";

/** Marks between the two ends of a range that are never part of a date (`-` may be either, so it is tried). */
const RANGE_MARKS = /[~〜至到—–―]/gu;
/** Days in an average month, for counting the months a run of meter-reading days stands for. */
const DAYS_PER_MONTH = 365.25 / 12;

/**
 * The months a bill's billing period (抄表期间/计费期间) covers, from its text: a month (`2026-10`,
 * `2026年10月`, `202610`), a range of months (`2026-09~2026-10`, `2026-09至2026-10`, `2026.09-2026.10`,
 * `2026年9-10月`, `2026年9月-10月`, `2026年11月-2027年1月`) or a range of meter-reading days
 * (`2026-08-21~2026-10-20`, see {@link spanBetween}). A year left out (`9-10月`) is the one that puts the
 * period's end nearest `near`, the bill's month. Null when the text is none of these, names a single day,
 * or ends before it starts.
 * @example parseBillingPeriod("2026年9-10月", "2026-10") gives { from: "2026-09", to: "2026-10" }
 */
export function parseBillingPeriod(text: string, near: YearMonth): MonthSpan | null {
  const s = foldPeriodText(text).replace(RANGE_MARKS, "~");
  const single = parsePeriodPoint(s);
  if (single !== null) return single.day === null ? spanBetween(single, single, near) : null;
  const ends = s.split("~");
  if (ends.length === 2) return range(ends[0]!, ends[1]!, near);
  if (ends.length > 2) return null;
  for (let i = s.indexOf("-"); i > 0; i = s.indexOf("-", i + 1)) {
    const span = range(s.slice(0, i), s.slice(i + 1), near);
    if (span !== null) return span;
  }
  return null;
}

/**
 * The months from one end of a billing period to the other. Two days (meter readings) stand for the
 * months ending with the end day's month, as many as the days span (days / 30.44, rounded, at least
 * one): a bill is named for the month its meter is read in, as residents' charges are, so 08-21 to 10-20
 * is September and October and 09-11 to 10-10 is October. Otherwise each end is its month. A missing year
 * is the start's (the next when the end would come before the start), the end's for a start, or, when
 * neither gives one, the year that puts the end nearest `near`. Null when the end is before the start or
 * a day does not exist.
 */
export function spanBetween(start: PeriodPoint, end: PeriodPoint, near: YearMonth): MonthSpan | null {
  const endYear =
    end.year ??
    (start.year === null ? nearestYear(end.month, near) : start.year + (before(end, start) ? 1 : 0));
  const startYear = start.year ?? endYear - (before(end, start) ? 1 : 0);
  if (start.day !== null && end.day !== null) {
    const first = isoFromParts(startYear, start.month, start.day);
    const last = isoFromParts(endYear, end.month, end.day);
    if (first === null || last === null || last < first) return null;
    const days = toDayNumber(last) - toDayNumber(first) + 1;
    const months = Math.max(1, Math.round(days / DAYS_PER_MONTH));
    const to = last.slice(0, 7);
    return { from: addMonths(to, 1 - months), to };
  }
  const from = yearMonth(startYear, start.month);
  const to = yearMonth(endYear, end.month);
  return from <= to ? { from, to } : null;
}

function range(left: string, right: string, near: YearMonth): MonthSpan | null {
  const start = parsePeriodPoint(left);
  const end = start === null ? null : parsePeriodPoint(right);
  return start === null || end === null ? null : spanBetween(start, end, near);
}

/** True when `a` comes before `b` within a year (a month without a day is its start). */
function before(a: PeriodPoint, b: PeriodPoint): boolean {
  return a.month < b.month || (a.month === b.month && (a.day ?? 0) < (b.day ?? 0));
}

/** The year that puts `month` nearest `near` (the earlier on a tie). */
function nearestYear(month: number, near: YearMonth): number {
  const year = Number(near.slice(0, 4));
  const index = year * 12 + Number(near.slice(5, 7));
  let best = year - 1;
  for (const y of [year, year + 1])
    if (Math.abs(y * 12 + month - index) < Math.abs(best * 12 + month - index)) best = y;
  return best;
}

function yearMonth(year: number, month: number): YearMonth {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}`;
}
