import type { JobDefinition, JobParams, JobResult } from "../job";
import type { BookData } from "../../table/sheetData";
import { sortIssues } from "../../issues";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "../../values/isoDate";
import { locateInputs } from "../../table/locateInputs";
import { calendarFromSheets, HOLIDAY_TABLE } from "../../calendar/holidaySheet";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { REQUEST_TABLE } from "./inputs";
import { readRequests } from "./readRequests";
import { consolidate } from "./consolidate";
import { lineIssues } from "./lineIssues";
import { orderDepartments } from "./departments";
import { buildReport, type PurchasePlanReport } from "./report";
import { planSheet } from "./planSheet";
import { planDetailKey } from "./readPlanDetail";
import { detailSheet } from "./detailSheet";
import { PLAN_TEXT } from "./texts";
import { purchasePlanDemo } from "./demo";

/** The month a plan made on `today` is for: next month. */
export function defaultPlanMonth(today: IsoDate): YearMonth {
  return addMonths(monthOf(today), 1);
}

/** The plan's due date: the 5th of the month before the plan month, moved back to a working day. */
export function planDueDate(month: YearMonth, calendar: WorkingCalendar): IsoDate {
  return calendar.deadline(`${addMonths(month, -1)}-05`);
}

/** Runs the purchase plan on a workbook: pure and deterministic for its inputs. */
export function runPurchasePlan(book: BookData, params: JobParams): JobResult<PurchasePlanReport> {
  const { lang } = params;
  const month = params.month ?? defaultPlanMonth(params.today);
  const found = locateInputs(book, [REQUEST_TABLE, HOLIDAY_TABLE], params.inputSheets);
  const { calendar, issues: calendarIssues } = calendarFromSheets(
    found.byRole.get(HOLIDAY_TABLE.role) ?? [],
    book.date1904,
  );
  const requests = readRequests(found.byRole.get(REQUEST_TABLE.role) ?? [], book.date1904);
  const lines = consolidate(requests.lines);
  const dueDate = planDueDate(month, calendar);
  const departments = orderDepartments(requests.lines.map((l) => l.department));
  const issues = sortIssues(
    [
      ...found.issues,
      ...calendarIssues,
      ...calendar.coverageIssues(dueDate, dueDate),
      ...requests.issues,
      ...lineIssues(lines),
    ],
    book.sheets.map((s) => s.name),
  );
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

/** The purchase plan job (物资采购申请计划), as hosts see it. */
export const PURCHASE_PLAN_JOB: JobDefinition<PurchasePlanReport> = {
  id: "purchase-plan",
  title: PLAN_TEXT.jobTitle,
  description: PLAN_TEXT.jobDescription,
  inputs: [REQUEST_TABLE, HOLIDAY_TABLE],
  period: "month",
  defaultPeriod: defaultPlanMonth,
  run: runPurchasePlan,
  summarize(report, lang) {
    return [
      PLAN_TEXT.summaryLines[lang]
        .replace("{month}", report.month)
        .replace("{lines}", String(report.lines.length))
        .replace("{departments}", String(report.departments.length))
        .replace("{amount}", report.totals.amount)
        .replace("{due}", report.dueDate),
    ];
  },
  demo: purchasePlanDemo,
};
