import type { Issue } from "../../issues";
import { calendarFromSheets, HOLIDAY_TABLE } from "../../calendar/holidaySheet";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { locateInputs } from "../../table/locateInputs";
import type { TableSpec } from "../../table/declaration";
import type { BookData, SheetData } from "../../table/sheetData";
import { firstDayOf, lastDayOf, type YearMonth } from "../../values/isoDate";
import type { JobParams } from "../job";
import type { AttendanceSettings } from "./clockTime";
import { prepareDayHeaders } from "./dayHeaders";
import { EmployeeIndex } from "./employeeIndex";
import {
  ATTENDANCE_TABLES,
  CLOCK_TABLE,
  EMPLOYEE_TABLE,
  GRID_TABLE,
  LEAVE_TABLE,
  OVERTIME_TABLE,
  RECORD_TABLES,
  SETTINGS_TABLE,
  STATUS_TABLE,
} from "./inputs";
import { readEmployees } from "./readEmployees";
import { readOvertime } from "./readOvertime";
import { readRecords } from "./readRecords";
import { readSettings } from "./readSettings";
import { readSlips } from "./readSlips";
import type { CellSource, DayRecord, Employee, LeaveSlip, OvertimeEntry } from "./records";

/** The attendance job's inputs for a month as records, the calendar they are counted on, and every issue found. */
export interface AttendanceInputs {
  employees: Employee[];
  records: DayRecord[];
  slips: LeaveSlip[];
  overtime: OvertimeEntry[];
  settings: AttendanceSettings;
  calendar: WorkingCalendar;
  /** Employee index -> the employee's row on a grid (where issues about the whole month point). */
  gridRows: Map<number, CellSource>;
  /** False when the workbook holds no grid, status list or clock list at all. */
  hasRecordSheets: boolean;
  project: string | null;
  issues: Issue[];
}

/** The sheets a workbook holds for a role. */
function sheetsOf(byRole: Map<string, SheetData[]>, spec: TableSpec): SheetData[] {
  return byRole.get(spec.role) ?? [];
}

/**
 * Reads a workbook for the attendance of a month: places the sheets by their headers (grids' day headers
 * made findable first), builds the working calendar (a 节假日 sheet overrides the built-in one), then reads
 * the employee list, the settings, the day records, the leave slips and the overtime.
 */
export function readAttendanceInputs(
  book: BookData,
  month: YearMonth,
  inputSheets?: JobParams["inputSheets"],
): AttendanceInputs {
  const prepared = prepareDayHeaders(book);
  const found = locateInputs(prepared.book, [...ATTENDANCE_TABLES, HOLIDAY_TABLE], inputSheets);
  const { byRole } = found;
  const { date1904 } = book;
  const holidays = calendarFromSheets(sheetsOf(byRole, HOLIDAY_TABLE), date1904);
  const { calendar } = holidays;
  const list = readEmployees(sheetsOf(byRole, EMPLOYEE_TABLE), date1904);
  const employees = new EmployeeIndex(list.employees);
  const settings = readSettings(sheetsOf(byRole, SETTINGS_TABLE), date1904);
  const records = readRecords(
    {
      grids: sheetsOf(byRole, GRID_TABLE),
      statuses: sheetsOf(byRole, STATUS_TABLE),
      clocks: sheetsOf(byRole, CLOCK_TABLE),
    },
    { month, date1904, employees, settings: settings.settings, gridMonths: prepared.gridMonths },
  );
  const slips = readSlips(sheetsOf(byRole, LEAVE_TABLE), { month, date1904, employees, calendar });
  const overtime = readOvertime(sheetsOf(byRole, OVERTIME_TABLE), { month, date1904, employees });
  return {
    employees: list.employees,
    records: records.records,
    slips: slips.slips,
    overtime: overtime.overtime,
    settings: settings.settings,
    calendar,
    gridRows: records.gridRows,
    hasRecordSheets: RECORD_TABLES.some((spec) => sheetsOf(byRole, spec).length > 0),
    project: list.project,
    issues: [
      ...found.issues,
      ...holidays.issues,
      ...calendar.coverageIssues(firstDayOf(month), lastDayOf(month)),
      ...list.issues,
      ...settings.issues,
      ...records.issues,
      ...slips.issues,
      ...overtime.issues,
    ],
  };
}
