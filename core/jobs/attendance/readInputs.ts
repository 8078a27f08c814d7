import type { Issue } from "../../issues";
import { calendarFromSheets } from "../../calendar/holidaySheet";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import type { PlacedSheets } from "../../table/placedSheets";
import { firstDayOf, lastDayOf, type YearMonth } from "../../values/isoDate";
import type { AttendanceSettings } from "./clockTime";
import { prepareDayHeaders } from "./dayHeaders";
import { EmployeeIndex } from "./employeeIndex";
import {
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

/** The attendance job's inputs for a month as records, the calendar they are counted on, and the issues of reading them. */
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

/**
 * Reads the attendance of a month from a workbook's placed sheets (grids' day headers made findable by the
 * job's `prepareBook`): builds the working calendar (a 节假日 sheet overrides the built-in one), then reads
 * the employee list, the settings, the day records, the leave slips and the overtime. The issues are those
 * of reading the rows; placing the sheets is the registry's.
 */
export function readAttendanceInputs(placed: PlacedSheets, month: YearMonth): AttendanceInputs {
  const { date1904 } = placed.book;
  const grids = placed.sheets(GRID_TABLE);
  // The months grids' date headers name, which their prepared headers still say (`1日(2026-10)`).
  const { gridMonths } = prepareDayHeaders({ date1904, sheets: [...grids] });
  const holidays = calendarFromSheets(placed.sheets(HOLIDAY_TABLE), date1904);
  const { calendar } = holidays;
  const list = readEmployees(placed.sheets(EMPLOYEE_TABLE), date1904);
  const employees = new EmployeeIndex(list.employees);
  const settings = readSettings(placed.sheets(SETTINGS_TABLE), date1904);
  const records = readRecords(
    {
      grids,
      statuses: placed.sheets(STATUS_TABLE),
      clocks: placed.sheets(CLOCK_TABLE),
    },
    { month, date1904, employees, settings: settings.settings, gridMonths },
  );
  const slips = readSlips(placed.sheets(LEAVE_TABLE), { month, date1904, employees, calendar });
  const overtime = readOvertime(placed.sheets(OVERTIME_TABLE), { month, date1904, employees });
  return {
    employees: list.employees,
    records: records.records,
    slips: slips.slips,
    overtime: overtime.overtime,
    settings: settings.settings,
    calendar,
    gridRows: records.gridRows,
    hasRecordSheets: RECORD_TABLES.some((spec) => placed.sheets(spec).length > 0),
    project: list.project,
    issues: [
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
