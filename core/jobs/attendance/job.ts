import type { JobDefinition, JobParams, JobResult } from "../job";
import type { PlacedSheets } from "../../table/placedSheets";
import { issue } from "../../issues";
import { missingInputParams } from "../../table/nearestSheet";
import { CLOCK_TABLE, GRID_TABLE, STATUS_TABLE } from "./inputs";
import { Dec } from "../../values/decimal";
import { readAttendanceInputs } from "./readInputs";
import { countMonth } from "./countMonth";
import { buildAttendanceReport, type AttendanceReport } from "./report";
import { attendanceSheet } from "./attendanceSheet";
import { leaveSheet } from "./leaveSheet";
import { overtimeSheet } from "./overtimeSheet";
import { ATTENDANCE_TEXT } from "./texts";
import { fillText } from "../../i18n/plural";
import { ATTENDANCE_DECLARATION, defaultAttendanceMonth } from "./declaration";

export { defaultAttendanceMonth } from "./declaration";

/**
 * Runs the attendance job for `params.month` (default: the month of `today`) on a workbook's placed sheets;
 * pure and deterministic. Hosts run it through the registry's `runJob`.
 */
export function runAttendance(placed: PlacedSheets, params: JobParams): JobResult<AttendanceReport> {
  const { lang, today } = params;
  const month = params.month ?? defaultAttendanceMonth(today);
  const inputs = readAttendanceInputs(placed, month);
  const result = countMonth(inputs, { month, calendar: inputs.calendar, today });
  const missingRecords = inputs.hasRecordSheets
    ? []
    : [
        issue(
          "no_input_sheet",
          "warning",
          {},
          {
            table: ATTENDANCE_TEXT.records,
            ...missingInputParams(placed.book, [GRID_TABLE, STATUS_TABLE, CLOCK_TABLE]),
          },
        ),
      ];
  return {
    report: buildAttendanceReport(result),
    sheets: [
      attendanceSheet(result, { lang, project: inputs.project, calendar: inputs.calendar }),
      leaveSheet(result, lang, inputs.project),
      overtimeSheet(result, lang, inputs.project),
    ],
    issues: [...missingRecords, ...inputs.issues, ...result.issues],
  };
}

/** The attendance job (考勤表 with 请假汇总 and 加班汇总): its declaration, its run and its summary. */
export const ATTENDANCE_JOB: JobDefinition<AttendanceReport> = {
  ...ATTENDANCE_DECLARATION,
  run: runAttendance,
  summarize(report, lang) {
    const { totals } = report;
    const overtime = new Dec(totals.overtime.workday)
      .plus(totals.overtime.restday)
      .plus(totals.overtime.holiday)
      .toString();
    return [
      fillText(ATTENDANCE_TEXT.summary[lang], {
        month: report.month,
        employees: totals.employees,
        workingDays: report.workingDays,
        absent: totals.absent,
        late: totals.late,
        overtime,
      }),
    ];
  },
};
