import type { Issue } from "../../issues";
import { calendarFromSheets } from "../../calendar/holidaySheet";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import type { PlacedSheets } from "../../table/placedSheets";
import { readTable } from "../../table/readTable";
import { firstDayOf, lastDayOf, type YearMonth } from "../../values/isoDate";
import type { AttendanceSettings } from "./clockTime";
import { prepareDayHeaders } from "./dayHeaders";
import { EmployeeIndex } from "./employeeIndex";
import {
  CLOCK_TABLE,
  EMPLOYEE_TABLE,
  GRID_TABLE,
  LEAVE_TABLE,
  LEGEND_TABLE,
  OVERTIME_TABLE,
  RECORD_TABLES,
  SETTINGS_TABLE,
  STATUS_TABLE,
} from "./inputs";
import { readEmployees } from "./readEmployees";
import { readOvertime } from "./readOvertime";
import { employeesFromGrids } from "./gridEmployees";
import { readGridSheet } from "./readGrid";
import { readRecords } from "./readRecords";
import { readSettings } from "./readSettings";
import { readSlips } from "./readSlips";
import { findBookLegend } from "./sheetLegend";
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
 * the employee list (without one, the grids' people are the employees), the grids, the settings, the legend
 * of the workbook (on its 考勤设置 or legend sheet, for record sheets without their own), the day records, the leave slips and the
 * overtime (from the overtime sheets and the grids' 加班 rows). The issues are those of reading the rows;
 * placing the sheets is the registry's.
 */
export function readAttendanceInputs(placed: PlacedSheets, month: YearMonth): AttendanceInputs {
  const { date1904 } = placed.book;
  const gridSheets = placed.sheets(GRID_TABLE);
  // The months grids' date headers name, which their prepared headers still say (`1日(2026-10)`).
  const { gridMonths } = prepareDayHeaders({ date1904, sheets: [...gridSheets] });
  const holidays = calendarFromSheets(placed.sheets(HOLIDAY_TABLE), date1904);
  const { calendar } = holidays;
  const listSheets = placed.sheets(EMPLOYEE_TABLE);
  const list = readEmployees(listSheets, date1904);
  const gridIssues: Issue[] = [];
  const grids = gridSheets.map((sheet) => readGridSheet(sheet, { month, date1904, gridMonths }, gridIssues));
  const fromGrids = listSheets.length === 0 ? employeesFromGrids(grids) : null;
  const employeeList = fromGrids?.employees ?? list.employees;
  const employees = new EmployeeIndex(employeeList);
  const settingsSheets = placed.sheets(SETTINGS_TABLE);
  const settings = readSettings(settingsSheets, date1904);
  const legendSheets = placed.sheets(LEGEND_TABLE);
  // A legend sheet is read as the legend lines it holds; reading it as a table reports how it was read.
  const legendIssues = legendSheets.flatMap((sheet) => readTable(sheet, LEGEND_TABLE, { date1904 }).issues);
  const shared = findBookLegend([...settingsSheets.slice(0, 1), ...legendSheets]);
  const records = readRecords(
    { grids, statuses: placed.sheets(STATUS_TABLE), clocks: placed.sheets(CLOCK_TABLE) },
    { month, date1904, employees, settings: settings.settings, legend: shared.legend },
  );
  const slips = readSlips(placed.sheets(LEAVE_TABLE), { month, date1904, employees, calendar });
  const overtime = readOvertime(placed.sheets(OVERTIME_TABLE), { month, date1904, employees });
  const gridProject = grids.map((g) => g.read.context["project"] ?? null).find((p) => p !== null) ?? null;
  return {
    employees: employeeList,
    records: records.records,
    slips: slips.slips,
    overtime: [...records.overtime, ...overtime.overtime],
    settings: settings.settings,
    calendar,
    gridRows: records.gridRows,
    hasRecordSheets: RECORD_TABLES.some((spec) => placed.sheets(spec).length > 0),
    project: list.project ?? gridProject,
    issues: [
      ...holidays.issues,
      ...calendar.coverageIssues(firstDayOf(month), lastDayOf(month)),
      ...list.issues,
      ...(fromGrids?.issues ?? []),
      ...gridIssues,
      ...settings.issues,
      ...legendIssues,
      ...shared.issues,
      ...records.issues,
      ...slips.issues,
      ...overtime.issues,
    ],
  };
}
