import type { CellValue } from "./cellValue";
import { excelErrorOf } from "./cellError";
import { excelSerialToIso } from "./excelSerial";
import { isoFromParts, isYearMonth } from "./isoDate";
import type { IsoDate, YearMonth } from "./isoDate";
import { cellParamText } from "./numberText";
import { fail, ok } from "./parsed";
import type { Parsed } from "./parsed";
import { isTrimSpace } from "./trim";

/** How a date cell is read: the workbook's date system and, when known, the cell's number format. */
export interface DateCellContext {
  date1904: boolean;
  numberFormat?: string;
}

const TIME_SUFFIX = /(?:T|(?<!\s)\s+|(?<=[日号號]))(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/u;
const YEAR_FIRST = /^(?<year>\d{4})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})$/u;
const CHINESE = /^(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})[日号號]?$/u;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/u;
const YEAR_LAST = /^(\d{1,2})([-/.])(\d{1,2})\2(\d{2}|\d{4})$/u;
const FIRST_YEAR = 1900;
const LAST_COMPACT_YEAR = 2999;

/**
 * A date cell: a number is an Excel serial (or a yyyymmdd integer such as 20261205); text may be
 * `2026-12-05`, `2026/12/5`, `2026.12.05`, `2026年12月5日` (or 号), `20261205`, each with an optional time.
 * Day-month orders that cannot be told apart (`5/12/2026`) are `ambiguous_date`, never a guess.
 */
export function parseDateCell(v: CellValue, ctx: DateCellContext): Parsed<IsoDate | null> {
  if (v === null) return ok(null);
  const error = excelErrorOf(v);
  if (error !== null) return fail("cell_error", { value: error });
  const value = cellParamText(v);
  if (typeof v === "boolean") return fail("not_a_date", { value });
  if (typeof v === "number") {
    const compact = Number.isInteger(v) ? compactDate(String(v)) : null;
    if (compact !== null) return ok(compact);
    const serial = excelSerialToIso(v, ctx.date1904);
    return serial.ok ? serial : fail(serial.problem.code, { value });
  }
  const text = v.normalize("NFKC").trim();
  if (text === "") return ok(null);
  return parseDateText(text, value);
}

function parseDateText(text: string, value: string): Parsed<IsoDate | null> {
  let datePart = text;
  const time = TIME_SUFFIX.exec(text);
  if (time !== null) {
    if (!isTimeOfDay(Number(time[1]), Number(time[2]), Number(time[3] ?? "0")))
      return fail("not_a_date", { value });
    datePart = text.slice(0, time.index);
  }
  datePart = datePart.replace(/\s+/gu, "");
  const iso = yearFirstDate(datePart);
  if (iso !== null) return ok(iso);
  const yearLast = YEAR_LAST.exec(datePart);
  if (yearLast !== null && eitherOrderIsADate(yearLast)) return fail("ambiguous_date", { value });
  return fail("not_a_date", { value });
}

function yearFirstDate(text: string): IsoDate | null {
  const parts = (YEAR_FIRST.exec(text) ?? CHINESE.exec(text))?.groups;
  if (parts === undefined) return compactDate(text);
  const year = Number(parts["year"]);
  return year >= FIRST_YEAR ? isoFromParts(year, Number(parts["month"]), Number(parts["day"])) : null;
}

function compactDate(digits: string): IsoDate | null {
  const m = COMPACT.exec(digits);
  if (m === null) return null;
  const year = Number(m[1]);
  if (year < FIRST_YEAR || year > LAST_COMPACT_YEAR) return null;
  return isoFromParts(year, Number(m[2]), Number(m[3]));
}

function eitherOrderIsADate(m: RegExpExecArray): boolean {
  const a = Number(m[1]);
  const b = Number(m[3]);
  const yearText = m[4] ?? "";
  const year = yearText.length === 2 ? 2000 + Number(yearText) : Number(yearText);
  return isoFromParts(year, b, a) !== null || isoFromParts(year, a, b) !== null;
}

function isTimeOfDay(hours: number, minutes: number, seconds: number): boolean {
  return hours <= 23 && minutes <= 59 && seconds <= 59;
}

/** Where a year-less date or month (`12月3日`, `11月`) takes its year from; see {@link yearResolver}. */
export interface YearHint {
  /** The year a title line above the table gives (`2026年12月物资入库明细`). */
  year?: number;
  /** The job's period: without a title year, the year that puts the value nearest this month is taken. */
  near?: YearMonth;
}

/**
 * A year-less date or month with its year supplied ({@link parseYearlessDate}, `parseYearlessMonth`), or why no
 * year could be. Results are shared between cells: never change one.
 *
 * - `ok: true`: `yearSupplied` is false when the title's year was used (nothing to report) and true when it is
 *   the year nearest the period (a note for the reader to report); `ambiguous` is true when that nearest year is
 *   unclear, the value lying five or six months from the period, so the year before or after is nearly as near.
 * - `ok: false` (always `ambiguous`): `no_year` when there is neither a title year nor a period; `day_first` for
 *   `25/12`, written day first (see {@link parseYearlessDate}).
 */
export type YearlessRead<T> =
  | { readonly ok: true; readonly value: T; readonly yearSupplied: boolean; readonly ambiguous: boolean }
  | { readonly ok: false; readonly ambiguous: true; readonly reason: "no_year" | "day_first" };

/** Months from the period at which the nearest year is unclear (the other year is at most 7 away). */
const UNCLEAR_MONTHS = 5;
const NO_YEAR: YearlessRead<never> = Object.freeze({ ok: false, ambiguous: true, reason: "no_year" });
const DAY_FIRST: YearlessRead<never> = Object.freeze({ ok: false, ambiguous: true, reason: "day_first" });

/**
 * The year source of one sheet (or one run), made once by {@link yearResolver} and handed to every
 * {@link parseYearlessDate} / `parseYearlessMonth` call; it keeps each result it gives, so a sheet's repeated
 * dates cost a lookup and no allocation.
 */
export class YearResolver {
  /** The title's year, or null. */
  readonly year: number | null;
  /** The period as a month count (year x 12 + month - 1), or null. */
  readonly near: number | null;
  private readonly dates = new Map<number, YearlessRead<IsoDate> | null>();
  private readonly months = new Map<number, YearlessRead<YearMonth>>();

  constructor(hint: YearHint) {
    const { year, near } = hint;
    if (year !== undefined && !(Number.isInteger(year) && year >= FIRST_YEAR && year <= 9999))
      throw new RangeError(`yearResolver: ${String(year)} is not a year`);
    if (near !== undefined && !isYearMonth(near))
      throw new RangeError(`yearResolver: ${JSON.stringify(near)} is not a month`);
    this.year = year ?? null;
    this.near = near === undefined ? null : Number(near.slice(0, 4)) * 12 + Number(near.slice(5, 7)) - 1;
  }

  /** Month `month` (1-12) with its year; shared results. */
  month(month: number): YearlessRead<YearMonth> {
    let read = this.months.get(month);
    if (read === undefined) {
      const pick = this.pick(month);
      read =
        pick === null
          ? NO_YEAR
          : Object.freeze({
              ok: true,
              value: `${String(pick.year).padStart(4, "0")}-${String(month).padStart(2, "0")}`,
              yearSupplied: pick.supplied,
              ambiguous: pick.ambiguous,
            } as const);
      this.months.set(month, read);
    }
    return read;
  }

  /** Day `day` of month `month` with its year, or null when that year has no such day (2月29日); shared results. */
  date(month: number, day: number): YearlessRead<IsoDate> | null {
    const key = month * 32 + day;
    let read = this.dates.get(key);
    if (read === undefined) {
      const ofMonth = this.month(month);
      if (!ofMonth.ok) read = ofMonth;
      else {
        const iso = isoFromParts(Number(ofMonth.value.slice(0, 4)), month, day);
        read = iso === null ? null : Object.freeze({ ...ofMonth, value: iso });
      }
      this.dates.set(key, read);
    }
    return read;
  }

  private pick(month: number): { year: number; supplied: boolean; ambiguous: boolean } | null {
    if (this.year !== null) return { year: this.year, supplied: false, ambiguous: false };
    if (this.near === null) return null;
    const nearYear = Math.floor(this.near / 12);
    const diff = month - 1 - (this.near % 12);
    // The nearest of the period's year and the years either side; at six months either way, the earlier.
    const year = diff >= 6 ? nearYear - 1 : diff < -6 ? nearYear + 1 : nearYear;
    const distance = Math.abs(year * 12 + month - 1 - this.near);
    return { year, supplied: true, ambiguous: distance >= UNCLEAR_MONTHS };
  }
}

/** The year source for one sheet's year-less cells: the title's year, else the year nearest the job's period. */
export function yearResolver(hint: YearHint): YearResolver {
  return new YearResolver(hint);
}

/** Separators of a year-less date: 月 (then an optional 日 / 号 / 號), or `-`, `/`, `.` (half or full width). */
const MONTH_MARK = 0x6708; // 月
const DAY_MARKS = [0x65e5, 0x53f7, 0x865f]; // 日 号 號
const NUMERIC_SEPARATORS = [0x2d, 0x2f, 0x2e, 0xff0d, 0xff0f, 0xff0e];

/**
 * A date written without a year - `12月3日`, `12月3号`, `12月3`, `12-03`, `12/3`, `12.3` (full-width digits,
 * spaces and a time of day allowed) - with the year a {@link YearResolver} supplies: the title's year, else the
 * year that puts it nearest the job's period (a December date for a January period is the December before),
 * said in the result; see {@link YearlessRead}. Numbers are read month first, as in `2026-12-03` with the year
 * left out; one written day first (`25/12`: only the day-month reading is a date) is never guessed, as year-last
 * dates are not: `day_first`. Null when the text is no such date, or names no real day of the year taken
 * (`13月1日`, `2月30日`): the caller reports it as it reports any text that is not a date. Reads the text by
 * character codes and returns the resolver's kept results: no allocation once a date has been seen.
 * @example parseYearlessDate("12月3日", yearResolver({ near: "2027-01" })) gives 2026-12-03, yearSupplied
 */
export function parseYearlessDate(text: string, years: YearResolver): YearlessRead<IsoDate> | null {
  const end = textEnd(text);
  let i = skipSpaces(text, 0, end);
  const first = readNumber(text, i, end);
  if (first < 0) return null;
  i = skipSpaces(text, first >> 8, end);
  const sep = text.charCodeAt(i);
  const byMonthMark = sep === MONTH_MARK;
  if (!byMonthMark && !NUMERIC_SEPARATORS.includes(sep)) return null;
  i = skipSpaces(text, i + 1, end);
  const second = readNumber(text, i, end);
  if (second < 0) return null;
  i = skipSpaces(text, second >> 8, end);
  if (byMonthMark && DAY_MARKS.includes(text.charCodeAt(i))) i = skipSpaces(text, i + 1, end);
  if (i < end && !isTimeOfDayAt(text, i, end)) return null;
  const a = first & 0xff;
  const b = second & 0xff;
  if (!byMonthMark && a > 12) return b >= 1 && b <= 12 && a <= 31 ? DAY_FIRST : null;
  if (a < 1 || a > 12 || b < 1 || b > 31) return null;
  return years.date(a, b);
}

/** The index after the text's last character that is not white space. */
function textEnd(text: string): number {
  let end = text.length;
  while (end > 0 && isTrimSpace(text.charCodeAt(end - 1))) end--;
  return end;
}

function skipSpaces(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isTrimSpace(text.charCodeAt(i))) i++;
  return i;
}

/** A digit's value (ASCII or full width), or -1. */
function digitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0xff10 && c <= 0xff19) return c - 0xff10;
  return -1;
}

/** One or two digits at `from`, packed as (index after them) << 8 | value; -1 when there are none or more. */
function readNumber(text: string, from: number, end: number): number {
  const d1 = from < end ? digitAt(text, from) : -1;
  if (d1 < 0) return -1;
  const d2 = from + 1 < end ? digitAt(text, from + 1) : -1;
  if (d2 < 0) return ((from + 1) << 8) | d1;
  if (from + 2 < end && digitAt(text, from + 2) >= 0) return -1;
  return ((from + 2) << 8) | (d1 * 10 + d2);
}

/** True when the text from `from` to `end` is a time of day `H:MM` or `H:MM:SS` (half- or full-width colon). */
function isTimeOfDayAt(text: string, from: number, end: number): boolean {
  const hours = readNumber(text, from, end);
  if (hours < 0 || (hours & 0xff) > 23) return false;
  let i = hours >> 8;
  if (i === end) return false;
  for (let part = 0; part < 2 && i < end; part++) {
    const colon = text.charCodeAt(i);
    if (colon !== 0x3a && colon !== 0xff1a) return false;
    const n = readNumber(text, i + 1, end);
    if (n < 0 || n >> 8 !== i + 3 || (n & 0xff) > 59) return false;
    i = n >> 8;
  }
  return i === end;
}
