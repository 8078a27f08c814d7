import type { CellValue } from "./cellValue";
import { excelErrorOf } from "./cellError";
import { excelSerialToIso } from "./excelSerial";
import { isoFromParts } from "./isoDate";
import type { IsoDate } from "./isoDate";
import { cellParamText } from "./numberText";
import { fail, ok } from "./parsed";
import type { Parsed } from "./parsed";

/** How a date cell is read: the workbook's date system and, when known, the cell's number format. */
export interface DateCellContext {
  date1904: boolean;
  numberFormat?: string;
}

const TIME_SUFFIX = /(?:T|\s+|(?<=[日号號]))(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?$/u;
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
