import type { JobParams, JobResult } from "../job";
import type { BookData } from "../../table/sheetData";
import { sortIssues, type Issue } from "../../issues";
import { createCalendar } from "../../calendar/workingCalendar";
import { consolidate } from "./consolidate";
import { lineIssues, totalTooLarge } from "./lineIssues";
import { buildReport, type PurchasePlanReport } from "./report";
import { planSheet } from "./planSheet";
import { detailSheet } from "./detailSheet";
import { defaultPlanMonth, planDueDate } from "./job";
import { readRequests } from "./readRequests";
import { readPlanDetail, planDetailKey } from "../../catalog/planDetail";
import { placeAlone } from "../../table/placedSheets";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { REQUEST_TABLE } from "../../catalog/requestTable";
import type { RequestLine } from "../../catalog/requestLine";
import type { YearMonth } from "../../values/isoDate";
import { PLAN_TEXT } from "./texts";

/** One project's workbook, named by its file for when it names no project itself. */
export interface ProjectBook {
  fileName: string;
  book: BookData;
}

/** The company report: the plan report with one quantity column per project. */
export type CompanyPlanReport = Omit<PurchasePlanReport, "job" | "departments"> & {
  job: "company-plan";
  projects: string[];
};

/**
 * Consolidates several projects' plans into the company plan for General Affairs: the same operation
 * one level up, each project taking a department's place. A project's plan is read from the plan
 * detail sheet PropDesk wrote for the month; a workbook without one has its requests consolidated first. A
 * workbook with neither is named in `withoutPlan` (the hosts refuse the run).
 */
export function runCompanyPlan(
  projects: readonly ProjectBook[],
  params: JobParams,
): JobResult<CompanyPlanReport> & { withoutPlan: string[] } {
  const { lang } = params;
  const month = params.month ?? defaultPlanMonth(params.today);
  const requests: RequestLine[] = [];
  const issues: Issue[] = [];
  const names: string[] = [];
  const withoutPlan: string[] = [];
  for (const project of projects) {
    const detail = project.book.sheets.find((s) => s.ownerKey === planDetailKey(month));
    const read = detail
      ? { ...readPlanDetail(detail, project.book.date1904), found: true }
      : planFromRequests(project, month);
    if (!read.found) withoutPlan.push(project.fileName);
    let name = read.project ?? project.fileName;
    while (names.includes(name)) name = `${name}′`;
    names.push(name);
    issues.push(
      ...read.issues.map((i) =>
        i.sheet === undefined ? i : { ...i, sheet: `[${project.fileName}]${i.sheet}` },
      ),
    );
    for (const line of read.lines) {
      requests.push({
        ...line,
        department: name,
        source: { sheet: `[${project.fileName}]${line.source.sheet}`, row: line.source.row },
      });
    }
  }
  const lines = consolidate(requests, (sources) => issues.push(...totalTooLarge(sources)));
  issues.push(...lineIssues(lines));
  const dueDate = planDueDate(month, createCalendar());
  const base = buildReport({ month, dueDate, project: null, departments: names, lines });
  const { job: _job, departments: _d, ...rest } = base;
  const report: CompanyPlanReport = { job: "company-plan", ...rest, projects: names };
  const sheets = [
    planSheet({
      month,
      dueDate,
      project: PLAN_TEXT.company[lang],
      departments: names,
      lines,
      lang,
      key: `company-plan/plan/${month}`,
      name: PLAN_TEXT.companySheet[lang],
      title: PLAN_TEXT.companyTitle[lang],
      groupLabel: PLAN_TEXT.projectsGroup[lang],
    }),
    detailSheet({
      month,
      project: PLAN_TEXT.company[lang],
      lines,
      lang,
      key: `company-plan/detail/${month}`,
      name: PLAN_TEXT.companyDetailSheet[lang],
      linkSources: false,
      departmentHeader: PLAN_TEXT.project[lang],
    }),
  ];
  // Not a registered job (it reads several workbooks, not one): no registry sorts its issues, so it does.
  return { report, sheets, issues: sortIssues(issues), withoutPlan };
}

/** A project's plan from its requests; its workbook is placed on its own (a separate file, not a job's input). */
function planFromRequests(
  project: ProjectBook,
  month: YearMonth,
): {
  lines: RequestLine[];
  issues: Issue[];
  project: string | null;
  found: boolean;
} {
  const placed = placeAlone(project.book, [REQUEST_TABLE, HOLIDAY_TABLE]);
  const sheets = placed.sheets(REQUEST_TABLE);
  const read = readRequests(sheets, project.book.date1904, month);
  return {
    lines: read.lines,
    issues: [...placed.issues, ...read.issues],
    project: read.project,
    found: sheets.length > 0,
  };
}
