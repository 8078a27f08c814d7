import type { JobDefinition, JobParams, JobResult } from "../job";
import type { PlacedSheets } from "../../table/placedSheets";
import { fillText } from "../../i18n/plural";
import { DUTY_ROSTER_DECLARATION } from "./declaration";
import { defaultDutyRosterMonth, nightRosterDueDate } from "./period";
import { readDutyRosterInputs } from "./readInputs";
import { buildDutyRosterReport, type DutyRosterReport } from "./report";
import { makeRosters } from "./roster";
import { holidaySheet, nightSheet } from "./sheets";
import { issue } from "../../issues";
import { DUTY_ROSTER_TEXT as T } from "./texts";
import type { SheetSpec } from "../../sheets/sheetSpec";

/**
 * Makes the rosters of `params.month` (default next month): the holiday duty roster of the holidays beginning in
 * the month (no sheet when it has none) and the engineering night roster of each of its nights.
 */
export function runDutyRoster(placed: PlacedSheets, params: JobParams): JobResult<DutyRosterReport> {
  const month = params.month ?? defaultDutyRosterMonth(params.today);
  const inputs = readDutyRosterInputs(placed, month);
  const { calendar, staff } = inputs;
  const rosters = makeRosters(month, {
    staff,
    leave: inputs.leave,
    history: inputs.history,
    settings: inputs.settings,
    calendar,
    arrangements: inputs.holidays.arrangements,
  });
  const nightDue = nightRosterDueDate(month, calendar);
  const sheets: SheetSpec[] = [];
  if (rosters.holiday.holidays.length > 0) sheets.push(holidaySheet(rosters, staff, params.lang));
  if (rosters.night !== null) sheets.push(nightSheet(rosters, staff, nightDue, calendar, params.lang));
  const earlier = inputs.holidays.earlier.map((a) =>
    issue(
      "duty_holiday_earlier",
      "info",
      {},
      {
        holiday: a.names.join("、") || T.aHoliday,
        first: a.first,
        last: a.last,
        month: a.first.slice(0, 7),
      },
    ),
  );
  return {
    report: buildDutyRosterReport(rosters, staff, inputs.holidays.earlier, nightDue),
    sheets,
    issues: [
      ...inputs.issues,
      ...earlier,
      ...rosters.issues,
      ...calendar.coverageIssues(nightDue, inputs.span.to),
    ],
  };
}

/** The duty roster job (节假日值班表 and 工程部夜值排班表): its declaration, its run and its summary. */
export const DUTY_ROSTER_JOB: JobDefinition<DutyRosterReport> = {
  ...DUTY_ROSTER_DECLARATION,
  run: runDutyRoster,
  summarize(report, lang) {
    const lines: string[] = [];
    if (report.holidays.length === 0) lines.push(fillText(T.summaryNoHoliday[lang], { month: report.month }));
    else {
      const holidays = report.holidays
        .map((h) =>
          fillText(T.summaryHolidayItem[lang], { name: h.name, first: h.first, last: h.last, due: h.due }),
        )
        .join(lang === "en" ? "; " : "；");
      const slots = report.slots.filter((s) => s.duty !== "night").length;
      lines.push(
        fillText(T.summaryHoliday[lang], {
          month: report.month,
          holidays,
          slots,
          vacant: report.vacant.holiday,
        }),
      );
    }
    const nights = report.nights;
    if (nights === null) lines.push(fillText(T.summaryNoEngineer[lang], { month: report.month }));
    else {
      const counts = nights.counts.map((c) => c.nights);
      const low = Math.min(...counts);
      const high = Math.max(...counts);
      lines.push(
        fillText(T.summaryNight[lang], {
          month: report.month,
          nights: report.slots.filter((s) => s.duty === "night").length,
          engineers: nights.counts.length,
          range: low === high ? String(low) : `${low}～${high}`,
          vacant: report.vacant.night,
          due: nights.due,
        }),
      );
    }
    return lines;
  },
};
