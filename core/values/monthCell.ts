import type { CellValue } from "./cellValue";
import { excelErrorOf } from "./cellError";
import { parseDateCell } from "./dateCell";
import type { DateCellContext } from "./dateCell";
import { monthOf } from "./isoDate";
import type { YearMonth } from "./isoDate";
import { cellParamText } from "./numberText";
import { fail, ok } from "./parsed";
import type { Parsed } from "./parsed";

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
