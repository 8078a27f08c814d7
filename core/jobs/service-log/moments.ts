import type { CellValue } from "../../values/cellValue";
import { yearResolver, type YearResolver } from "../../values/dateCell";
import { fromDayNumber, isoFromParts, toDayNumber, type IsoDate, type YearMonth } from "../../values/isoDate";
import { clockText } from "../../values/clockTime";
import { memoize } from "../../values/memo";
import { DAY_MINUTES, readMomentCell, type Moment } from "../../values/moment";

export { DAY_MINUTES };

/**
 * A moment as the job counts time: whole minutes since 1970-01-01 00:00 (day number x 1440 + minutes of the day),
 * so durations and deadlines are plain subtraction and comparison.
 */
export type Stamp = number;

/** The stamp of a date at a time of day (minutes after midnight). @example stampOf("2026-11-05", 570) */
export function stampOf(date: IsoDate, minutes: number): Stamp {
  return toDayNumber(date) * DAY_MINUTES + minutes;
}

/** The date of a stamp. */
export function dateOfStamp(stamp: Stamp): IsoDate {
  return fromDayNumber(Math.floor(stamp / DAY_MINUTES));
}

/** A stamp as `2026-11-05 09:30`. */
export function stampText(stamp: Stamp): string {
  const day = Math.floor(stamp / DAY_MINUTES);
  return `${dayText(day)} ${clockText(stamp - day * DAY_MINUTES)}`;
}

/** The ISO date of a day number, remembered: a list's stamps share few days. */
const dayText = memoize(fromDayNumber);

/** What a time cell holds: a time of day only, a date only, or both; null when it is none of them. */
export type MomentRead =
  | { kind: "time"; minutes: number }
  | { kind: "date"; date: IsoDate }
  | { kind: "datetime"; date: IsoDate; minutes: number };

/** How {@link readMoment} reads dates: the workbook's date system and the month a year-less date lies nearest. */
export interface MomentContext {
  date1904: boolean;
  years: YearResolver;
}

/** A moment context for a month (year-less dates take the year nearest it). */
export function momentContext(date1904: boolean, near: YearMonth): MomentContext {
  return { date1904, years: yearResolver({ near }) };
}

/**
 * A response or completion cell as it may be typed (see `readMomentCell`, which the table reader's time columns
 * use): an Excel time, a date serial, a date-time serial, or text - a time (`9:30`, `09:30:00`, `上午9点半`,
 * `下午3点`), a date (`2026-11-26`, `11月26日`, `11-26`) or a date and a time (`2026-11-26 15:00`, `11月26日15:30`,
 * `11-26 下午3点`). Null when it is none of them (`25:00`, `明天`).
 * @example readMoment("上午9点半", ctx) → { kind: "time", minutes: 570 }
 */
export function readMoment(value: CellValue, ctx: MomentContext): MomentRead | null {
  const moment = readMomentCell(value, ctx.date1904, ctx.years);
  if (moment === null) return null;
  switch (moment.kind) {
    case "time":
      return { kind: "time", minutes: moment.minutes };
    case "date":
      return { kind: "date", date: fromDayNumber(moment.day) };
    case "datetime":
      return { kind: "datetime", date: fromDayNumber(moment.day), minutes: moment.minutes };
  }
}

/**
 * The stamp of a moment read from a record's response or completion cell, the record received at `start`: a time
 * alone is on the record's day, or the next day when it is earlier than the time received (an evening call
 * answered at 08:00 was answered the next morning); a date alone is the end of that day (23:59: the register
 * does not say when, so only the day counts).
 * @example momentStamp({ kind: "time", minutes: 480 }, stampOf("2026-11-05", 1260)) === stampOf("2026-11-06", 480)
 */
export function momentStamp(read: MomentRead, start: Stamp): Stamp {
  switch (read.kind) {
    case "time":
      return stampAfter({ kind: "time", day: 0, minutes: read.minutes }, start);
    case "date":
      return stampAfter({ kind: "date", day: toDayNumber(read.date), minutes: 0 }, start);
    case "datetime":
      return stampAfter({ kind: "datetime", day: toDayNumber(read.date), minutes: read.minutes }, start);
  }
}

/**
 * {@link momentStamp} of a moment as the table reader gives it (its date a day number). A date typed without its year
 * (`12月31日`) is put in the year nearest the start, so last December's sheet read in a later run keeps its year.
 */
export function stampAfter(moment: Moment, start: Stamp): Stamp {
  if (moment.yearless === true && moment.kind !== "time")
    return stampAfter(nearestYear(moment, start), start);
  switch (moment.kind) {
    case "time": {
      const sameDay = Math.floor(start / DAY_MINUTES) * DAY_MINUTES + moment.minutes;
      return sameDay < start ? sameDay + DAY_MINUTES : sameDay;
    }
    case "date":
      return moment.day * DAY_MINUTES + DAY_MINUTES - 1;
    case "datetime":
      return moment.day * DAY_MINUTES + moment.minutes;
  }
}

/** A year-less moment moved by whole years to the date nearest the start (29 February kept only in a leap year). */
function nearestYear(moment: Moment, start: Stamp): Moment {
  const startDay = Math.floor(start / DAY_MINUTES);
  const date = fromDayNumber(moment.day);
  const startYear = Number(dateOfStamp(start).slice(0, 4));
  let best = moment.day;
  for (const year of [startYear - 1, startYear, startYear + 1]) {
    const iso = isoFromParts(year, Number(date.slice(5, 7)), Number(date.slice(8, 10)));
    if (iso === null) continue;
    const day = toDayNumber(iso);
    if (Math.abs(day - startDay) < Math.abs(best - startDay)) best = day;
  }
  return { kind: moment.kind, day: best, minutes: moment.minutes };
}
