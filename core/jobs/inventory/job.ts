import type { JobDefinition, JobParams, JobResult } from "../job";
import type { PlacedSheets } from "../../table/placedSheets";
import { calendarFromSheets } from "../../calendar/holidaySheet";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { firstDayOf, monthOf, type YearMonth } from "../../values/isoDate";
import { fenFromText, fenNumber } from "../../values/money";
import { OPENING_TABLE } from "./inputs";
import { readInventoryInputs } from "./readInputs";
import { readMonthPlan } from "./monthPlan";
import { itemCategories } from "./itemCategories";
import { openingMonthOf, reconcileMonths } from "./ledgerMonths";
import { movementsOutside } from "./outsideMonth";
import { countsAfterToday, defaultCountDate, runCountDate } from "./countDate";
import { openingMonthAssumed } from "./openingMonth";
import { buildInventoryReport, type InventoryReport } from "./report";
import { ledgerSheet } from "./ledgerSheet";
import { stockListSheet } from "./stockListSheet";
import { exceptionsSheet } from "./exceptionsSheet";
import { isQuarterEnd, quarterSheet } from "./quarterSheet";
import { INVENTORY_TEXT } from "./texts";
import { fillText } from "../../i18n/plural";
import { groupedAmount } from "../../values/groupedAmount";
import { INVENTORY_DECLARATION } from "./declaration";

/** The month a run reconciles: `month`, else the count date's month, else the month of `today`. */
export function inventoryMonth(params: JobParams): YearMonth {
  return params.month ?? monthOf(params.countDate ?? params.today);
}

/**
 * Runs the inventory job: the month's ledger rolled forward from the opening stock, valued at the
 * monthly weighted average, compared with the count (on the date given, else the date the count sheet
 * gives, else the 25th or the working day before it, never after today); the ledger, the stock list, the
 * exceptions and, in a quarter's last month, the quarterly ledger.
 */
export function runInventory(placed: PlacedSheets, params: JobParams): JobResult<InventoryReport> {
  const { lang } = params;
  const { book } = placed;
  const month = inventoryMonth(params);
  const inputs = readInventoryInputs(placed, month);
  const calendar = calendarFromSheets(placed.sheets(HOLIDAY_TABLE), book.date1904);
  const countDateOf = (m: YearMonth) => defaultCountDate(m, calendar.calendar);
  const countDate = params.countDate ?? runCountDate(inputs.counts, month, params.today, calendar.calendar);
  const openingMonth = openingMonthOf(inputs, month);
  const openingSheets = placed.sheets(OPENING_TABLE).map((s) => s.name);
  const plan = readMonthPlan(book, month);
  const months = reconcileMonths(inputs, {
    month,
    countDate,
    countDateOf,
    plan: plan?.lines ?? null,
  });
  const current = months[months.length - 1];
  if (current === undefined) throw new Error("reconcileMonths returns the month asked for");
  const categoryOf = itemCategories(inputs, plan?.categories ?? null);
  const sheets = [
    ledgerSheet(current, categoryOf, lang),
    stockListSheet(current, categoryOf, lang),
    exceptionsSheet(current, lang),
  ];
  if (isQuarterEnd(month)) sheets.push(quarterSheet(months, categoryOf, lang));
  const issues = [
    ...inputs.issuesFound,
    ...calendar.issues,
    ...calendar.calendar.coverageIssues(firstDayOf(month), countDate),
    ...(plan?.issues ?? []),
    ...(inputs.openingMonth === null ? openingMonthAssumed(openingSheets, openingMonth) : []),
    ...movementsOutside([inputs.receipts, inputs.issues], openingMonth, month, inputs.dateColumns),
    ...countsAfterToday(inputs.counts, month, params.today, countDate, inputs.dateColumns),
  ];
  return { report: buildInventoryReport(current, lang), sheets, issues };
}

/** The inventory job (物资台账 / 库存物资清单): its declaration, its run, its summary and chart. */
export const INVENTORY_JOB: JobDefinition<InventoryReport> = {
  ...INVENTORY_DECLARATION,
  run: runInventory,
  summarize(report, lang) {
    return [
      fillText(INVENTORY_TEXT.summary[lang], {
        month: report.month,
        items: report.items.length,
        closing: groupedAmount(report.totals.closingValue),
        countDate: report.countDate,
        variance: groupedAmount(report.totals.varianceValue),
        exceptions: report.exceptions.length,
      }),
    ];
  },
  charts(report, lang) {
    const yuan = (text: string) => fenNumber(fenFromText(text));
    return [
      {
        title: INVENTORY_TEXT.valueChart[lang],
        unit: "money",
        bars: [
          { label: INVENTORY_TEXT.opening[lang], value: yuan(report.totals.openingValue) },
          { label: INVENTORY_TEXT.received[lang], value: yuan(report.totals.receivedValue) },
          { label: INVENTORY_TEXT.issued[lang], value: yuan(report.totals.issuedValue) },
          { label: INVENTORY_TEXT.closing[lang], value: yuan(report.totals.closingValue) },
        ],
      },
    ];
  },
};
