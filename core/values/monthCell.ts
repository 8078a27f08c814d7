import type { CellValue } from "./cellValue";
import { excelErrorOf } from "./cellError";
import { parseDateCell, parseYearlessDate } from "./dateCell";
import type { DateCellContext, YearlessRead, YearResolver } from "./dateCell";
import { monthOf } from "./isoDate";
import type { YearMonth } from "./isoDate";
import { cellParamText } from "./numberText";
import { fail, ok } from "./parsed";
import type { Parsed } from "./parsed";
import { isTrimSpace } from "./trim";

const MONTH_TEXT =
  /^(?<year>\d{4})(?:[-/.](?<month>\d{1,2})|年(?<cnMonth>\d{1,2})月份?|(?<compactMonth>\d{2}))$/u;
const FIRST_YEAR = 1900;
const LAST_YEAR = 9999;
const YYYYMM_LOW = 190000;
const YYYYMM_HIGH = 299999;

/**
 * A month cell: `2026-12`, `2026/12`, `2026.12`, `2026年12月`, `2026年12月份`, `202612` (text or number),
 * or any date (text or serial) -> its month; else `not_a_month`. @example parseMonthCell(202612, ctx) gives "2026-12"
 */
export function parseMonthCell(v: CellValue, ctx: DateCellContext): Parsed<YearMonth | null> {
  if (v === null) return ok(null);
  const error = excelErrorOf(v);
  if (error !== null) return fail("cell_error", { value: error });
  const value = cellParamText(v);
  if (typeof v === "boolean") return fail("not_a_month", { value });
  if (typeof v === "number") {
    if (Number.isInteger(v) && v >= YYYYMM_LOW && v <= YYYYMM_HIGH) {
      const month = monthFrom(Math.floor(v / 100), v % 100);
      return month === null ? fail("not_a_month", { value }) : ok(month);
    }
  } else {
    const text = v.normalize("NFKC").replace(/\s+/gu, "");
    if (text === "") return ok(null);
    const parts = MONTH_TEXT.exec(text)?.groups;
    if (parts !== undefined) {
      const month = monthFrom(
        Number(parts["year"]),
        Number(parts["month"] ?? parts["cnMonth"] ?? parts["compactMonth"]),
      );
      return month === null ? fail("not_a_month", { value }) : ok(month);
    }
  }
  const date = parseDateCell(v, ctx);
  if (date.ok) return ok(date.value === null ? null : monthOf(date.value));
  const code = date.problem.code;
  return fail(code === "ambiguous_date" || code === "fake_leap_day" ? code : "not_a_month", { value });
}

function monthFrom(year: number, month: number): YearMonth | null {
  if (!Number.isInteger(year) || !Number.isInteger(month)) return null;
  if (year < FIRST_YEAR || year > LAST_YEAR || month < 1 || month > 12) return null;
  return `${String(year)}-${String(month).padStart(2, "0")}`;
}

/**
 * A month written without a year - `11月`, `11月份` (full-width digits and spaces allowed), or a year-less date
 * such as `12月3日` (its month) - with the year a {@link YearResolver} supplies, as {@link parseYearlessDate}
 * says: the title's year, else the year nearest the job's period, with `yearSupplied` and `ambiguous` set as
 * there. Null when the text is no such month. Returns the resolver's kept results: no allocation once a month has
 * been seen. @example parseYearlessMonth("11月", yearResolver({ year: 2026 })) gives "2026-11"
 */
export function parseYearlessMonth(text: string, years: YearResolver): YearlessRead<YearMonth> | null {
  const month = monthOnly(text);
  if (month === 0) return null;
  if (month > 0) return years.month(month);
  const date = parseYearlessDate(text, years);
  return date === null || !date.ok ? date : years.month(Number(date.value.slice(5, 7)));
}

const MONTH_MARK = 0x6708; // 月
const PORTION_MARK = 0x4efd; // 份

/** The month of `11月` / `11月份` (1-12); 0 for such text naming no month (`13月`); -1 for any other text. */
function monthOnly(text: string): number {
  let i = 0;
  let end = text.length;
  while (i < end && isTrimSpace(text.charCodeAt(i))) i++;
  while (end > i && isTrimSpace(text.charCodeAt(end - 1))) end--;
  let month = 0;
  let digits = 0;
  for (; i < end && digits < 3; i++, digits++) {
    const c = text.charCodeAt(i);
    const d = c >= 0x30 && c <= 0x39 ? c - 0x30 : c >= 0xff10 && c <= 0xff19 ? c - 0xff10 : -1;
    if (d < 0) break;
    month = month * 10 + d;
  }
  if (digits === 0 || digits > 2) return -1;
  while (i < end && isTrimSpace(text.charCodeAt(i))) i++;
  if (text.charCodeAt(i) !== MONTH_MARK) return -1;
  i++;
  if (i < end && text.charCodeAt(i) === PORTION_MARK) i++;
  if (i !== end) return -1;
  return month >= 1 && month <= 12 ? month : 0;
}
