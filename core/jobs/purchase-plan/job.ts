import type { Issue } from "../../issues";
import type { JobDefinition, JobParams, JobResult } from "../job";
import type { PlacedSheets } from "../../table/placedSheets";
import { addMonths, type IsoDate, type YearMonth } from "../../values/isoDate";
import { calendarFromSheets } from "../../calendar/holidaySheet";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { REQUEST_TABLE } from "../../catalog/requestTable";
import { readRequests } from "./readRequests";
import { consolidate } from "./consolidate";
import { lineIssues, totalTooLarge } from "./lineIssues";
import { orderDepartments } from "./departments";
import { buildReport, type PurchasePlanReport } from "./report";
import { planSheet } from "./planSheet";
import { planDetailKey } from "../../catalog/planDetail";
import { detailSheet } from "./detailSheet";
import { PLAN_TEXT } from "./texts";
import { fillText } from "../../i18n/plural";
import { groupedAmount } from "../../values/groupedAmount";
import { defaultPlanMonth, PURCHASE_PLAN_DECLARATION } from "./declaration";

export { defaultPlanMonth } from "./declaration";

/** The plan's due date: the 5th of the month before the plan month, moved back to a working day. */
export function planDueDate(month: YearMonth, calendar: WorkingCalendar): IsoDate {
  return calendar.deadline(`${addMonths(month, -1)}-05`);
}

/** Runs the purchase plan on the request sheets placed in a workbook: pure and deterministic. */
export function runPurchasePlan(placed: PlacedSheets, params: JobParams): JobResult<PurchasePlanReport> {
  const { lang } = params;
  const { date1904 } = placed.book;
  const month = params.month ?? defaultPlanMonth(params.today);
  const { calendar, issues: calendarIssues } = calendarFromSheets(placed.sheets(HOLIDAY_TABLE), date1904);
  const requests = readRequests(placed.sheets(REQUEST_TABLE), date1904, month);
  const tooLarge: Issue[] = [];
  const lines = consolidate(requests.lines, (sources) => tooLarge.push(...totalTooLarge(sources)));
  const dueDate = planDueDate(month, calendar);
  const departments = orderDepartments(requests.lines.map((l) => l.department));
  const issues = [
    ...calendarIssues,
    ...calendar.coverageIssues(dueDate, dueDate),
    ...requests.issues,
    ...tooLarge,
    ...lineIssues(lines),
  ];
  const report = buildReport({ month, dueDate, project: requests.project, departments, lines });
  const sheets = [
    planSheet({
      month,
      dueDate,
      project: requests.project,
      departments,
      lines,
      lang,
      key: `purchase-plan/plan/${month}`,
    }),
    detailSheet({ month, project: requests.project, lines, lang, key: planDetailKey(month) }),
  ];
  return { report, sheets, issues };
}

/** The purchase plan job (物资采购申请计划): its declaration, its run and its summary. */
export const PURCHASE_PLAN_JOB: JobDefinition<PurchasePlanReport> = {
  ...PURCHASE_PLAN_DECLARATION,
  run: runPurchasePlan,
  summarize(report, lang) {
    return [
      fillText(PLAN_TEXT.summaryLines[lang], {
        month: report.month,
        lines: report.lines.length,
        departments: report.departments.length,
        amount: groupedAmount(report.totals.amount),
        due: report.dueDate,
      }),
    ];
  },
};
