/** A calendar date as `YYYY-MM-DD` (no time, no zone). */
export type IsoDate = string;

/** A calendar month as `YYYY-MM`. */
export type YearMonth = string;

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 for an ISO date. @example toDayNumber("1970-01-02") === 1 */
export function toDayNumber(iso: IsoDate): number {
  const [y, m, d] = splitIso(iso);
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

/** The ISO date of a day number (days since 1970-01-01). */
export function fromDayNumber(day: number): IsoDate {
  const date = new Date(day * MS_PER_DAY);
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

/** Builds an ISO date from parts, or null when the parts name no real date (2026-02-30). */
export function isoFromParts(year: number, month: number, day: number): IsoDate | null {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return null;
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
    return null;
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** The date `days` days after `iso` (negative goes back). */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Day of the week, 0 = Sunday .. 6 = Saturday. @example weekday("2026-11-29") === 0 */
export function weekday(iso: IsoDate): number {
  return (((toDayNumber(iso) + 4) % 7) + 7) % 7;
}

/** Number of days in a month of a year (Gregorian). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The month an ISO date falls in. @example monthOf("2026-12-05") === "2026-12" */
export function monthOf(iso: IsoDate): YearMonth {
  return iso.slice(0, 7);
}

/** True when a date falls in a month, without cutting a new string. @example isInMonth("2026-11-05", "2026-11") */
export function isInMonth(iso: IsoDate, month: YearMonth): boolean {
  return iso.startsWith(month);
}

/**
 * {@link isInMonth} for one month over many dates, answered once per run of equal dates (a ledger is kept in
 * date order, so most dates repeat the one before).
 */
export function inMonthTest(month: YearMonth): (iso: IsoDate) => boolean {
  let last: IsoDate | null = null;
  let inside = false;
  return (iso) => {
    if (iso !== last) {
      last = iso;
      inside = isInMonth(iso, month);
    }
    return inside;
  };
}

/** First day of a month. */
export function firstDayOf(month: YearMonth): IsoDate {
  return `${month}-01`;
}

/** Last day of a month. @example lastDayOf("2026-02") === "2026-02-28" */
export function lastDayOf(month: YearMonth): IsoDate {
  const [y, m] = splitMonth(month);
  return `${month}-${pad(daysInMonth(y, m), 2)}`;
}

/** The month `n` months after `month`. @example addMonths("2026-12", 1) === "2027-01" */
export function addMonths(month: YearMonth, n: number): YearMonth {
  const [y, m] = splitMonth(month);
  const index = y * 12 + (m - 1) + n;
  return `${pad(Math.floor(index / 12), 4)}-${pad((index % 12) + 1, 2)}`;
}

/** Every date of a month in order. */
export function datesOfMonth(month: YearMonth): IsoDate[] {
  const [y, m] = splitMonth(month);
  const out: IsoDate[] = [];
  for (let d = 1; d <= daysInMonth(y, m); d++) out.push(`${month}-${pad(d, 2)}`);
  return out;
}

/** True for a well-formed, real `YYYY-MM-DD`. */
export function isIsoDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m !== null && isoFromParts(Number(m[1]), Number(m[2]), Number(m[3])) === text;
}

/** True for a well-formed `YYYY-MM`. */
export function isYearMonth(text: string): boolean {
  const m = /^(\d{4})-(\d{2})$/.exec(text);
  return m !== null && Number(m[1]) >= 1 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function splitIso(iso: IsoDate): [number, number, number] {
  return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
}

function splitMonth(month: YearMonth): [number, number] {
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, "0");
}
