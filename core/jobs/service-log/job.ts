import type { JobDefinition, JobParams, JobResult } from "../job";
import type { PlacedSheets } from "../../table/placedSheets";
import { defaultAsOf, previousMonth } from "../periodDefaults";
import { firstDayOf } from "../../values/isoDate";
import { percentOf } from "../../values/rate";
import { fillText } from "../../i18n/plural";
import { readServiceInputs } from "./readInputs";
import { tallyService } from "./tally";
import { buildServiceReport, type ServiceLogReport } from "./report";
import { monthlySheet, openItemsSheet } from "./sheets";
import { readOpenNotes } from "./openNotes";
import { SERVICE_LOG_TEXT as T } from "./texts";
import { SERVICE_LOG_DECLARATION } from "./declaration";

/**
 * Runs the service log for `params.month` (default last month) at `params.asOf` (default the month's last day, or
 * today when earlier): the monthly report, the open-items list with the clerk's notes carried over, the issues.
 */
export function runServiceLog(placed: PlacedSheets, params: JobParams): JobResult<ServiceLogReport> {
  const month = params.month ?? previousMonth(params.today);
  const asOf = params.asOf ?? defaultAsOf(month, params.today);
  const inputs = readServiceInputs(placed, month);
  const figures = tallyService(inputs.records, {
    month,
    asOf,
    limits: inputs.limits,
    calendar: inputs.calendar,
  });
  const { book } = placed;
  const notes = readOpenNotes(
    book.sheets.filter((s) => s.ownerKey !== undefined),
    asOf,
    book.date1904,
  );
  const first = inputs.records.reduce((min, r) => (r.date < min ? r.date : min), firstDayOf(month));
  return {
    report: buildServiceReport(figures),
    sheets: [monthlySheet(figures, inputs.limits, params.lang), openItemsSheet(figures, notes, params.lang)],
    issues: [...inputs.issues, ...inputs.calendar.coverageIssues(first, asOf)],
  };
}

/** The service-log job (客服台账 / 报修投诉统计): its declaration, its run, its summary and its chart. */
export const SERVICE_LOG_JOB: JobDefinition<ServiceLogReport> = {
  ...SERVICE_LOG_DECLARATION,
  run: runServiceLog,
  summarize(report, lang) {
    const t = report.totals;
    return [
      fillText(T.summary[lang], {
        month: report.month,
        asOf: report.asOf,
        received: t.received,
        closed: t.closed,
        open: t.open,
        responded: t.respondedOnTime,
        completed: t.completedOnTime,
        rate: percentOf(t.satisfactionRate),
        openItems: report.openItems.length,
        overdue: report.openItems.filter((i) => i.overdue).length,
        repeats: report.repeatComplaints.length,
      }),
    ];
  },
  charts(report, lang) {
    return [
      {
        title: T.typeChart[lang],
        unit: "count",
        bars: report.byType.map((t) => ({ label: t.type, value: t.received })),
      },
    ];
  },
};
