import type { WorkingCalendar } from "../calendar/workingCalendar";
import type { Lang } from "../i18n/label";
import { parseDateCell } from "../values/dateCell";
import { isoToExcelSerial } from "../values/excelSerial";
import type { IsoDate } from "../values/isoDate";
import { decFromNumber, decFromText } from "../values/numberText";

/** An argument as Excel hands it to a custom function: a number (dates as serials), text, a boolean, or nothing. */
export type FunctionArg = string | number | boolean | null | undefined;

/** The errors PropDesk's functions give: `#VALUE!` for an argument of the wrong kind, `#NUM!` for one out of range. */
export type FunctionErrorCode = "#VALUE!" | "#NUM!";

/** A worksheet error as a value, so a text result can never be mistaken for one. */
export interface FunctionError {
  readonly error: FunctionErrorCode;
}

/** What a worksheet function gives: a value Excel shows, or an error. */
export type FunctionResult = string | number | boolean | FunctionError;

/** What every function works with: the working calendar (built in, or the workbook's) and the date system. */
export interface FunctionContext {
  readonly calendar: WorkingCalendar;
  readonly date1904: boolean;
}

/** A worksheet function over its arguments (in declaration order). */
export type WorksheetFunction = (context: FunctionContext, args: readonly FunctionArg[]) => FunctionResult;

/** The error of a code. @example functionError("#NUM!").error === "#NUM!" */
export function functionError(code: FunctionErrorCode): FunctionError {
  return { error: code };
}

/** True for a {@link FunctionError}. */
export function isFunctionError(value: unknown): value is FunctionError {
  return typeof value === "object" && value !== null && "error" in value;
}

/** True for an argument that holds nothing: omitted, an empty cell, or blank text. */
export function isEmptyArg(value: FunctionArg): boolean {
  return value === null || value === undefined || (typeof value === "string" && value.trim() === "");
}

/**
 * A date argument: a serial (a fraction's time dropped; `20261010` read as yyyymmdd) or date text as the jobs read it
 * (`2026-10-10`, `2026/10/10`, `2026年10月10日`); `#VALUE!` for anything else, an empty one included.
 * @example dateArg(46305, false) === "2026-10-10"
 */
export function dateArg(value: FunctionArg, date1904: boolean): IsoDate | FunctionError {
  if (value === undefined || isEmptyArg(value)) return functionError("#VALUE!");
  const parsed = parseDateCell(value, { date1904 });
  return parsed.ok && parsed.value !== null ? parsed.value : functionError("#VALUE!");
}

/**
 * A whole number of days, truncated toward zero as Excel truncates WORKDAY's days: a number, or numeric text; an
 * empty one is 0; `#VALUE!` for a boolean or text that is no number. @example wholeDaysArg(-2.7) === -2
 */
export function wholeDaysArg(value: FunctionArg): number | FunctionError {
  if (value === null || value === undefined || isEmptyArg(value)) return 0;
  if (typeof value === "boolean") return functionError("#VALUE!");
  const exact = typeof value === "number" ? decFromNumber(value) : decFromText(value, false);
  if (exact === null) return functionError("#VALUE!");
  const whole = exact.trunc();
  return whole.abs().gt(Number.MAX_SAFE_INTEGER) ? functionError("#NUM!") : whole.toNumber() + 0;
}

/**
 * A language argument: `zh-CN` when omitted; `zh-CN`/`zh`/`zh-Hans`, `zh-TW`/`zh-HK`/`zh-Hant`, or `en`/`en-US`
 * (any case, `_` for `-`); `#VALUE!` for anything else. @example langArg("zh-hk") === "zh-TW"
 */
export function langArg(value: FunctionArg): Lang | FunctionError {
  if (isEmptyArg(value)) return "zh-CN";
  if (typeof value !== "string") return functionError("#VALUE!");
  const [language = "", ...subtags] = value.trim().toLowerCase().replace(/_/g, "-").split("-");
  if (language === "en") return "en";
  if (language !== "zh") return functionError("#VALUE!");
  const traditional = subtags.some((tag) => ["hant", "tw", "hk", "mo"].includes(tag));
  return traditional ? "zh-TW" : "zh-CN";
}

/** The serial of a date in the workbook's date system, or `#NUM!` for a date the system cannot hold. */
export function serialArg(date: IsoDate, date1904: boolean): number | FunctionError {
  try {
    return isoToExcelSerial(date, date1904);
  } catch (error) {
    if (error instanceof RangeError) return functionError("#NUM!");
    throw error;
  }
}
