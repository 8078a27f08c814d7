import { issue } from "../issues";
import type { Issue } from "../issues";
import { datesOfMonth, fromDayNumber, isIsoDate, isYearMonth, toDayNumber } from "../values/isoDate";
import type { IsoDate, YearMonth } from "../values/isoDate";
import { CHINA_COVERED_YEARS, CHINA_DAYS } from "./chinaHolidays";
import { FESTIVAL_YEARS } from "./festivalDates";
import { hasStatutoryDays, statutoryDay, statutoryDaysOf, type StatutoryDay } from "./statutoryDays";

/**
 * What a day is: an ordinary working day, a weekend, a statutory holiday (法定节假日: a day off the law
 * names), another day off (`holiday`: the rest of a holiday arrangement, or the office's own day off),
 * or a weekend day declared working (调休上班).
 */
export type DayKind = "workday" | "weekend" | "statutory" | "holiday" | "makeup_workday";

/**
 * One row of a workbook's 节假日 sheet: it replaces the built-in entry for its date. `statutory` (法定) is a
 * statutory day off, `holiday` (休) a day off, `workday` (班) a working day; a `holiday` on a day the law
 * names stays statutory.
 */
export interface DayOverride {
  date: IsoDate;
  kind: "statutory" | "holiday" | "workday";
  name?: string;
}

/** China's working-day calendar (built-in data plus a workbook's overrides); immutable, lookups O(1). */
export interface WorkingCalendar {
  /** Monday-Friday, minus holidays, plus make-up working days. @example isWorkingDay("2026-10-10") === true (make-up Saturday) */
  isWorkingDay(date: IsoDate): boolean;
  /** The kind of a day. @example dayKind("2026-10-03") === "statutory"; dayKind("2026-10-05") === "holiday" */
  dayKind(date: IsoDate): DayKind;
  /** A statutory day (300% overtime): a statutory day off, or a day the law names that the office declared working. @example isStatutory("2026-10-05") === false */
  isStatutory(date: IsoDate): boolean;
  /** The Chinese name of the holiday a day off or a statutory day belongs to; undefined on any other day. @example holidayName("2026-10-01") === "国庆节" */
  holidayName(date: IsoDate): string | undefined;
  /** The date itself when it is a working day, else the last working day before it. @example lastWorkingDayOnOrBefore("2026-10-04") === "2026-09-30" */
  lastWorkingDayOnOrBefore(date: IsoDate): IsoDate;
  /** Adds n working days (n may be negative; the start day is not counted; n = 0 returns the date). @example addWorkingDays("2026-09-30", 1) === "2026-10-08" */
  addWorkingDays(date: IsoDate, n: number): IsoDate;
  /** The working days of a month in order. @example workingDaysIn("2026-10").length === 18 */
  workingDaysIn(month: YearMonth): IsoDate[];
  /** A due date moved back to the last working day on or before it. @example deadline("2026-10-25") === "2026-10-23" */
  deadline(date: IsoDate): IsoDate;
  /** Years from `from` to `to` (inclusive, either order) with neither built-in data nor overrides. @example uncoveredYears("2026-12-01", "2027-01-31") → [2027] */
  uncoveredYears(from: IsoDate, to: IsoDate): number[];
  /**
   * One `calendar_year_not_covered` warning per uncovered year (such a year is treated as weekends-only), and
   * one `calendar_statutory_unknown` per covered year whose statutory days are not known (outside 2000-2050)
   * and not listed as 法定 by the overrides.
   */
  coverageIssues(from: IsoDate, to: IsoDate): Issue[];
}

/** Days without a working day after which a search gives up (a calendar of nothing but holidays). */
const MAX_SEARCH_DAYS = 3660;

interface Entry {
  readonly kind: DayKind;
  readonly name: string | undefined;
}

/**
 * Builds the calendar from the built-in data and a workbook's overrides (the last override for a date wins).
 * @example createCalendar([{ date: "2026-11-30", kind: "holiday", name: "公司周年庆" }]).isWorkingDay("2026-11-30") === false
 */
export function createCalendar(overrides: readonly DayOverride[] = []): WorkingCalendar {
  const entries = new Map<number, Entry>();
  for (const [date, day] of CHINA_DAYS) {
    const dayNumber = toDayNumber(date);
    entries.set(dayNumber, entryFor(date, dayNumber, day.kind, day.nameZh));
  }
  // A day the law names is a day off even where no arrangement lists it (a year not yet published, 2027).
  for (const law of lawNamedDays()) {
    const dayNumber = toDayNumber(law.date);
    if (!entries.has(dayNumber)) entries.set(dayNumber, { kind: "statutory", name: law.nameZh });
  }
  const coveredYears = new Set(CHINA_COVERED_YEARS);
  const statutoryListed = new Set<number>();
  for (const override of overrides) {
    const dayNumber = dayNumberOf(override.date);
    const builtIn = CHINA_DAYS.get(override.date);
    const given = override.name?.trim();
    const dayOff = override.kind !== "workday";
    const name =
      given ||
      (builtIn !== undefined && (builtIn.kind === "holiday") === dayOff ? builtIn.nameZh : undefined);
    entries.set(dayNumber, entryFor(override.date, dayNumber, override.kind, name));
    coveredYears.add(yearOf(override.date));
    if (override.kind === "statutory") statutoryListed.add(yearOf(override.date));
  }

  const working = (dayNumber: number): boolean => {
    const kind = entries.get(dayNumber)?.kind;
    return kind === undefined ? !isWeekend(dayNumber) : kind === "workday" || kind === "makeup_workday";
  };
  const kindOf = (date: IsoDate): DayKind => {
    const dayNumber = dayNumberOf(date);
    return entries.get(dayNumber)?.kind ?? (isWeekend(dayNumber) ? "weekend" : "workday");
  };
  const lastWorkingDayOnOrBefore = (date: IsoDate): IsoDate => {
    const start = dayNumberOf(date);
    for (let back = 0; back <= MAX_SEARCH_DAYS; back++) {
      if (working(start - back)) return back === 0 ? date : fromDayNumber(start - back);
    }
    throw new RangeError(`no working day in the ${MAX_SEARCH_DAYS} days up to ${date}`);
  };
  const uncoveredYears = (from: IsoDate, to: IsoDate): number[] => {
    const [a, b] = [yearOf(from), yearOf(to)];
    const out: number[] = [];
    for (let year = Math.min(a, b); year <= Math.max(a, b); year++)
      if (!coveredYears.has(year)) out.push(year);
    return out;
  };

  return Object.freeze({
    isWorkingDay: (date: IsoDate) => working(dayNumberOf(date)),
    dayKind: kindOf,
    isStatutory: (date: IsoDate) =>
      entries.get(dayNumberOf(date))?.kind === "statutory" || statutoryDay(date) !== undefined,
    holidayName: (date: IsoDate) => {
      const entry = entries.get(dayNumberOf(date));
      if (entry?.kind === "holiday" || entry?.kind === "statutory") return entry.name;
      return statutoryDay(date)?.nameZh;
    },
    lastWorkingDayOnOrBefore,
    addWorkingDays: (date: IsoDate, n: number) => {
      if (!Number.isSafeInteger(n))
        throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
      let dayNumber = dayNumberOf(date);
      const step = n < 0 ? -1 : 1;
      let remaining = Math.abs(n);
      if (remaining === 0) return date;
      let idle = 0;
      while (remaining > 0) {
        dayNumber += step;
        if (working(dayNumber)) {
          remaining--;
          idle = 0;
        } else if (++idle > MAX_SEARCH_DAYS) {
          throw new RangeError(
            `no working day in the ${MAX_SEARCH_DAYS} days after ${fromDayNumber(dayNumber)}`,
          );
        }
      }
      return fromDayNumber(dayNumber);
    },
    workingDaysIn: (month: YearMonth) => {
      if (!isYearMonth(month)) throw new RangeError(`not a YYYY-MM month: ${month}`);
      return datesOfMonth(month).filter((date) => working(toDayNumber(date)));
    },
    deadline: lastWorkingDayOnOrBefore,
    uncoveredYears,
    coverageIssues: (from: IsoDate, to: IsoDate) => {
      const uncovered = uncoveredYears(from, to);
      const [a, b] = [yearOf(from), yearOf(to)];
      const unknown: number[] = [];
      for (let year = Math.min(a, b); year <= Math.max(a, b); year++)
        if (coveredYears.has(year) && !hasStatutoryDays(year) && !statutoryListed.has(year))
          unknown.push(year);
      return [
        ...uncovered.map((year) => issue("calendar_year_not_covered", "warning", {}, { year })),
        ...unknown.map((year) => issue("calendar_statutory_unknown", "warning", {}, { year })),
      ];
    },
  });
}

let lawDays: readonly StatutoryDay[] | undefined;

/**
 * Every day the law names (2000-2050), computed once: unlisted ones are statutory days off (chinese-days leaves out
 * Saturday 2012-06-23, and lists no year before its arrangement is published).
 */
function lawNamedDays(): readonly StatutoryDay[] {
  if (lawDays === undefined) {
    const days: StatutoryDay[] = [];
    for (let year = FESTIVAL_YEARS.first; year <= FESTIVAL_YEARS.last; year++)
      days.push(...(statutoryDaysOf(year) ?? []));
    lawDays = days;
  }
  return lawDays;
}

/** A listed day's entry: a day off is statutory when listed so or when the law names it. */
function entryFor(
  date: IsoDate,
  dayNumber: number,
  kind: DayOverride["kind"],
  name: string | undefined,
): Entry {
  if (kind === "workday") return { kind: isWeekend(dayNumber) ? "makeup_workday" : "workday", name };
  const law = statutoryDay(date);
  if (kind === "statutory" || law !== undefined) return { kind: "statutory", name: name ?? law?.nameZh };
  return { kind: "holiday", name };
}

function isWeekend(dayNumber: number): boolean {
  const day = (((dayNumber + 4) % 7) + 7) % 7;
  return day === 0 || day === 6;
}

function dayNumberOf(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return toDayNumber(date);
}

function yearOf(date: IsoDate): number {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return Number(date.slice(0, 4));
}
