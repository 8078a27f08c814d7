import type { CellValue } from "./cellValue";
import { excelErrorOf } from "./cellError";
import { minutesOfDay } from "./clockTime";
import { parseDateCell, parseYearlessDate, type YearResolver } from "./dateCell";
import { daysInMonth, toDayNumber } from "./isoDate";
import { memoize } from "./memo";
import { numberText } from "./numberText";
import { fail, ok, type Parsed } from "./parsed";

/** Minutes in a day. */
export const DAY_MINUTES = 1440;

/**
 * What a time cell gives: a time of day alone, a date alone, or a date and a time of day; the date as a day number
 * (days since 1970-01-01), so a moment is plain integer arithmetic.
 */
export interface Moment {
  readonly kind: "time" | "date" | "datetime";
  /** The day number of the date; 0 for a time alone. */
  readonly day: number;
  /** Minutes after midnight; 0 for a date alone. */
  readonly minutes: number;
  /** True when the date was typed without its year (`11月26日`): its year was guessed, a reader may place it better. */
  readonly yearless?: true;
}

/** A time column's cell: what it holds (its text trimmed, or its number) and the moment read from it, or null. */
export interface TimeCell {
  readonly value: string | number;
  readonly moment: Moment | null;
}

/** The text of a time cell as an issue's `value` shows it (a number by the 15-significant-digit rule). */
export function timeCellText(cell: TimeCell): string {
  return typeof cell.value === "number" ? numberText(cell.value) : cell.value;
}

/** Day number of serial 0 in the 1900 system for serials from 61 on (1899-12-30), and in the 1904 system. */
const EPOCH_1900 = toDayNumber("1899-12-30");
const EPOCH_1904 = toDayNumber("1904-01-01");
const LAST_DAY = toDayNumber("9999-12-31");

/** The day number of an Excel serial's date (as `excelSerialToIso` reads it), or null when it names none. */
function serialDay(serial: number, date1904: boolean): number | null {
  const whole = Math.floor(serial);
  if (whole === 60 && !date1904) return null;
  const day = date1904 ? EPOCH_1904 + whole : EPOCH_1900 + whole + (whole < 60 ? 1 : 0);
  const first = date1904 ? EPOCH_1904 : EPOCH_1900 + 2;
  return day < first || day > LAST_DAY ? null : day;
}

/**
 * A number in a time cell: an Excel time (a fraction under 1), a date serial (whole), or a date-time serial (with a
 * fraction: one rounding up to the next midnight is that midnight); null when negative or no date.
 */
export function numberMoment(value: number, date1904: boolean): Moment | null {
  if (!Number.isFinite(value) || value < 0) return null;
  if (value < 1) {
    const minutes = Math.floor(Math.round(value * 86_400) / 60);
    return { kind: "time", day: 0, minutes: minutes >= DAY_MINUTES ? 0 : minutes };
  }
  const day = serialDay(value, date1904);
  if (day === null) return null;
  if (Number.isInteger(value)) return { kind: "date", day, minutes: 0 };
  const minutes = Math.floor(Math.round((value - Math.floor(value)) * 86_400) / 60);
  if (minutes >= DAY_MINUTES) return { kind: "datetime", day: day + 1, minutes: 0 };
  return { kind: "datetime", day, minutes };
}

/**
 * A cell as a time column may hold it: an Excel time, a date serial or a date-time serial, or text - a time (`9:30`,
 * `09:30:00`, `上午9点半`, `下午3点`), a date (`2026-11-26`, `11月26日`, `11-26`) or a date and a time
 * (`2026-11-26 15:00`, `11月26日15:30`, `11-26 下午3点`), year-less dates taking their year from `years`. Null when
 * it is none of them (`25:00`, `明天`).
 * @example readMomentCell("上午9点半", false, years) → { kind: "time", day: 0, minutes: 570 }
 */
export function readMomentCell(value: CellValue, date1904: boolean, years: YearResolver): Moment | null {
  if (value === null || typeof value === "boolean") return null;
  if (typeof value === "number") return numberMoment(value, date1904);
  const quick = quickMoment(value);
  if (quick !== undefined) return quick;
  const text = value.normalize("NFKC").trim();
  if (text === "") return null;
  const split = splitDateTime(text);
  if (split !== null) {
    const date = dateText(split.date, date1904, years);
    const minutes = date === null ? null : minutesOfDay(split.time);
    if (date !== null && minutes !== null)
      return withYear({ kind: "datetime", day: date.day, minutes }, date);
  }
  const date = dateText(text, date1904, years);
  if (date !== null) return withYear({ kind: "date", day: date.day, minutes: 0 }, date);
  if (/^\d{4}/u.test(text)) return null;
  const minutes = minutesOfDay(text);
  return minutes === null ? null : { kind: "time", day: 0, minutes };
}

/** Two ASCII digits at `i` as a number, or -1. */
function digits2(text: string, i: number): number {
  const a = text.charCodeAt(i) - 48;
  const b = text.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

/**
 * The common shapes read by character codes: `9:30`, `09:30`, `09:30:00`, `2026-11-05 09:30` (and `:ss`);
 * undefined for anything else (the full reading decides), null for an hour or minute out of range.
 */
function quickMoment(text: string): Moment | null | undefined {
  const n = text.length;
  let day = 0;
  let dated = false;
  let i = 0;
  if (n >= 15 && text.charCodeAt(4) === 45 && text.charCodeAt(7) === 45 && text.charCodeAt(10) === 32) {
    const y = digits2(text, 0) * 100 + digits2(text, 2);
    const m = digits2(text, 5);
    const d = digits2(text, 8);
    if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return undefined;
    day = civilDay(y, m, d);
    dated = true;
    i = 11;
  }
  const rest = n - i;
  let hour: number;
  let at: number;
  if (rest >= 4 && text.charCodeAt(i + 1) === 58) {
    hour = text.charCodeAt(i) - 48;
    if (hour < 0 || hour > 9) return undefined;
    at = i + 2;
  } else if (rest >= 5 && text.charCodeAt(i + 2) === 58) {
    hour = digits2(text, i);
    if (hour < 0) return undefined;
    at = i + 3;
  } else return undefined;
  const minute = digits2(text, at);
  if (minute < 0) return undefined;
  if (at + 2 !== n) {
    if (at + 5 !== n || text.charCodeAt(at + 2) !== 58) return undefined;
    const second = digits2(text, at + 3);
    if (second < 0 || second > 59) return undefined;
  }
  if (hour > 23 || minute > 59) return dated ? undefined : null;
  const minutes = hour * 60 + minute;
  return dated ? { kind: "datetime", day, minutes } : { kind: "time", day: 0, minutes };
}

/** The day number of a real date (year, month 1-12, day), by arithmetic: no Date, no string. */
function civilDay(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** The text split where a date gives way to a time: at the last white space or `T`, or after 日 / 号. */
function splitDateTime(text: string): { date: string; time: string } | null {
  for (let i = text.length - 1; i > 0; i--) {
    const c = text[i]!;
    if (c === " " || c === "\t" || c === "\u3000" || (c === "T" && /\d/u.test(text[i - 1]!))) {
      return { date: text.slice(0, i).trim(), time: text.slice(i + 1).trim() };
    }
  }
  for (let i = 0; i < text.length - 1; i++) {
    const c = text[i]!;
    if (c === "日" || c === "号" || c === "號")
      return { date: text.slice(0, i + 1), time: text.slice(i + 1) };
  }
  return null;
}

/** The day number of a text that is a date alone (with or without its year, said), else null. */
function dateText(
  text: string,
  date1904: boolean,
  years: YearResolver,
): { day: number; yearless: boolean } | null {
  if (!/\d/u.test(text)) return null;
  const full = parseDateCell(text, { date1904 });
  if (full.ok && full.value !== null && !/[:点时]/u.test(text))
    return { day: toDayNumber(full.value), yearless: false };
  const yearless = parseYearlessDate(text, years);
  return yearless !== null && yearless.ok && !/[:点时]/u.test(text)
    ? { day: toDayNumber(yearless.value), yearless: true }
    : null;
}

/** A moment marked year-less when its date was. */
function withYear(moment: Moment, date: { yearless: boolean }): Moment {
  return date.yearless ? { ...moment, yearless: true } : moment;
}

/** How a table reads a time column's cells: in full (as a text cell, then its moment), or a clean cell quickly. */
export interface TimeCellReader {
  /**
   * The cell read like a text cell (empty: null; an Excel error: `cell_error`; longer than the column allows:
   * `text_too_long`), then its moment; a cell that is no moment is still read (its moment null).
   */
  read(value: CellValue): Parsed<TimeCell | null>;
  /** A plain text (neither empty nor padded, within the column's length), remembered: texts repeat a lot. */
  text(text: string): TimeCell;
  /**
   * A number whose text fits the column (finite, 0 or from 1e-6 to below 1e15, the column taking 23 characters or
   * more); undefined for any other, which goes to {@link read}.
   */
  number(value: number): TimeCell | undefined;
}

/** A {@link TimeCellReader} for a column of `maxLength` characters, in a workbook's date system. */
export function timeCellReader(maxLength: number, date1904: boolean, years: YearResolver): TimeCellReader {
  const text = memoize((t: string): TimeCell => ({ value: t, moment: readMomentCell(t, date1904, years) }));
  const times = memoize((n: number): TimeCell => ({ value: n, moment: numberMoment(n, date1904) }));
  const number = (n: number): TimeCell =>
    // times of day repeat (one a minute); date-times mostly do not
    n < 1 ? times(n) : { value: n, moment: numberMoment(n, date1904) };
  const quickNumbers = maxLength >= 23;
  return {
    text,
    number(n) {
      if (!quickNumbers || !Number.isFinite(n)) return undefined;
      const size = Math.abs(n);
      return n === 0 || (size >= 1e-6 && size < 1e15) ? number(n) : undefined;
    },
    read(v) {
      if (v === null) return ok(null);
      const error = excelErrorOf(v);
      if (error !== null) return fail("cell_error", { value: error });
      if (typeof v === "number" && !Number.isFinite(v)) return fail("not_a_number", { value: String(v) });
      const shown = (
        typeof v === "string" ? v : typeof v === "number" ? numberText(v) : v ? "TRUE" : "FALSE"
      ).trim();
      if (shown === "") return ok(null);
      if (shown.length > maxLength) {
        const length = [...shown].length;
        if (length > maxLength) return fail("text_too_long", { length, max: maxLength });
      }
      if (typeof v === "number") return ok(number(v));
      return ok(typeof v === "string" ? text(shown) : { value: shown, moment: null });
    },
  };
}
