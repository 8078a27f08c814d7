import { issue, type Issue } from "../../../issues";
import type { TableRow } from "../../../table/readTable";
import { cellOf, headerOf } from "../../../table/rowRefs";
import type { CellValue, SheetData } from "../../../table/sheetData";
import { columnNumber } from "../../../values/columnLetter";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "../../../values/isoDate";
import { parseBillingPeriod, spanBetween } from "./billingPeriod";
import { UTILITY_BILL_TABLE } from "./inputs";
import { formatMonthSpan, type MonthSpan } from "./monthSpan";
import { periodPointOfCell, type PeriodPoint } from "./periodPoint";
import { UTILITY_LABEL, type Utility } from "./utility";

/** A bill's billing period: as its row gives it, or assumed. */
export interface BillPeriod {
  period: MonthSpan;
  /** The period as the row writes it (the period cell, or start~end), null when it gives none. */
  written: string | null;
  /** True when the row gives no period that can be read, so {@link assumedPeriod} is used. */
  assumed: boolean;
  /** `utility_period_assumed` or `utility_period_unreadable` (warnings) when assumed. */
  issue: Issue | null;
}

type PeriodKey = "meterPeriod" | "periodFrom" | "periodTo";

/**
 * The period assumed for a bill that gives none: water the two months ending with the bill's month (the
 * water company reads every two months), electricity the bill's month.
 * @example assumedPeriod("water", "2026-10-20") gives { from: "2026-09", to: "2026-10" }
 */
export function assumedPeriod(utility: Utility, date: IsoDate): MonthSpan {
  const to = monthOf(date);
  return { from: utility === "water" ? addMonths(to, -1) : to, to };
}

/**
 * The billing period of one bill row: its period cell (see {@link parseBillingPeriod}), else its start and
 * end cells (months or meter-reading days, see {@link spanBetween}), the bill's month deciding a year left
 * out. A row with neither gets {@link assumedPeriod} and `utility_period_assumed`; one whose period cannot
 * be read gets it too, with `utility_period_unreadable` at that cell.
 */
export function billPeriodOf(
  sheet: SheetData,
  row: TableRow<typeof UTILITY_BILL_TABLE>,
  utility: Utility,
  date: IsoDate,
  date1904: boolean,
): BillPeriod {
  const given = givenPeriod(sheet, row, monthOf(date), date1904);
  if (given?.span) return { period: given.span, written: given.written, assumed: false, issue: null };
  const period = assumedPeriod(utility, date);
  const assumed = { utility: UTILITY_LABEL[utility], period: formatMonthSpan(period) };
  if (given === null) {
    const at = cellOf(row, row.columns.meterPeriod === undefined ? "periodFrom" : "meterPeriod");
    return {
      period,
      written: null,
      assumed: true,
      issue: issue("utility_period_assumed", "warning", at, { ...assumed, date }),
    };
  }
  const at = cellOf(row, given.failed);
  const header = headerOf(row, UTILITY_BILL_TABLE, given.failed);
  return {
    period,
    written: given.written,
    assumed: true,
    issue: issue("utility_period_unreadable", "warning", at, { ...assumed, header, value: given.written }),
  };
}

/**
 * The period a row writes - its period cell, else its start and end cells - with the months read from it
 * (null when they cannot be) and the cell to blame then; null when the row writes none.
 */
function givenPeriod(
  sheet: SheetData,
  row: TableRow<typeof UTILITY_BILL_TABLE>,
  near: YearMonth,
  date1904: boolean,
): { span: MonthSpan | null; written: string; failed: PeriodKey } | null {
  const { meterPeriod, periodFrom, periodTo } = row.values;
  const pointOf = (key: PeriodKey): PeriodPoint | null => {
    const cell = rawCell(sheet, row, key);
    return periodPointOfCell(cell.value, cell.numberFormat, date1904);
  };
  if (meterPeriod !== null) {
    const point =
      typeof rawCell(sheet, row, "meterPeriod").value === "number" ? pointOf("meterPeriod") : null;
    return {
      span: point === null ? parseBillingPeriod(meterPeriod, near) : singleMonth(point, near),
      written: endText(point, meterPeriod),
      failed: "meterPeriod",
    };
  }
  if (periodFrom === null && periodTo === null) return null;
  const start = periodFrom === null ? null : pointOf("periodFrom");
  const end = periodTo === null ? null : pointOf("periodTo");
  return {
    span: start === null || end === null ? null : spanBetween(start, end, near),
    written: `${endText(start, periodFrom)}~${endText(end, periodTo)}`,
    failed: start === null ? "periodFrom" : "periodTo",
  };
}

/** A period cell holding a number: a month is that month; a single day is no period. */
function singleMonth(point: PeriodPoint, near: YearMonth): MonthSpan | null {
  return point.day === null ? spanBetween(point, point, near) : null;
}

/** An end as ISO text (`2026-09`, `2026-08-21`; a serial shows as its date), else the cell's own text. */
function endText(point: PeriodPoint | null, text: string | null): string {
  if (point === null || point.year === null) return text ?? "";
  const month = `${String(point.year).padStart(4, "0")}-${String(point.month).padStart(2, "0")}`;
  return point.day === null ? month : `${month}-${String(point.day).padStart(2, "0")}`;
}

/** The cell of a row's period column as the sheet holds it, with its number format (a typed month is a serial). */
function rawCell(
  sheet: SheetData,
  row: TableRow<typeof UTILITY_BILL_TABLE>,
  key: PeriodKey,
): { value: CellValue; numberFormat: string | undefined } {
  const letter = row.columns[key];
  if (letter === undefined) return { value: null, numberFormat: undefined };
  const r = row.row - sheet.origin.row;
  const c = columnNumber(letter) - sheet.origin.column;
  return { value: sheet.values[r]?.[c] ?? null, numberFormat: sheet.numberFormats?.[r]?.[c] };
}
