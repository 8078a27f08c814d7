import { issue, type Issue } from "../../issues";
import { readTable, type TableRead } from "../../table/readTable";
import { cellOf, headerOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { monthOf, type YearMonth } from "../../values/isoDate";
import { clockMarks, minutesOfDay, type AttendanceSettings } from "./clockTime";
import type { EmployeeIndex } from "./employeeIndex";
import { CLOCK_TABLE, STATUS_TABLE } from "./inputs";
import { gridRecords, type GridSheet } from "./readGrid";
import { RecordBook } from "./recordBook";
import type { CellSource, DayRecord, OvertimeEntry } from "./records";
import { namesPeople } from "./rowCells";
import { findSheetLegend, type Legend } from "./sheetLegend";
import { StatusReader } from "./statusReader";

/** What {@link readRecords} needs besides the sheets. */
export interface RecordsContext {
  month: YearMonth;
  date1904: boolean;
  employees: EmployeeIndex;
  settings: AttendanceSettings;
  /** The legend of the workbook (on its 考勤设置 or legend sheet), for a sheet without one of its own. */
  legend: Legend | null;
}

/** The sheets holding daily records, by kind (the grids already read, see `readGridSheet`). */
export interface RecordSheets {
  grids: readonly GridSheet[];
  statuses: readonly SheetData[];
  clocks: readonly SheetData[];
}

/** The month's day records, the overtime grids hold, and each employee's row on a grid (where an issue about the whole row points). */
export interface RecordsRead {
  records: DayRecord[];
  overtime: OvertimeEntry[];
  gridRows: Map<number, CellSource>;
  issues: Issue[];
}

/**
 * Reads the day records of the month from grids (a status per day column; see `gridRecords`), status lists
 * (date, employee, status) and clock lists (date, employee, clock-in and clock-out, or a status that wins over
 * the times). Each sheet's status cells are read by its own legend, else the workbook's, else the built-in
 * symbols (`StatusReader`). Rows of other months are left to those months. An unknown status is an error at
 * its cell; a clock list row with one time is present with a warning; a clock-out before the clock-in is an
 * error.
 */
export function readRecords(sheets: RecordSheets, ctx: RecordsContext): RecordsRead {
  const issues: Issue[] = [];
  const book = new RecordBook(issues);
  const gridRows = new Map<number, CellSource>();
  const overtime: OvertimeEntry[] = [];
  for (const grid of sheets.grids) {
    gridRecords(grid, { ...ctx, book, gridRows, overtime, issues });
  }
  for (const sheet of sheets.statuses) readStatuses(sheet, ctx, book, issues);
  for (const sheet of sheets.clocks) readClocks(sheet, ctx, book, issues);
  return { records: book.records, overtime, gridRows, issues };
}

/**
 * A record list read without the rows of a legend on it, and the reader of its status cells (by its own
 * legend, else the workbook's).
 */
function readList<S extends typeof STATUS_TABLE | typeof CLOCK_TABLE>(
  sheet: SheetData,
  spec: S,
  ctx: RecordsContext,
  issues: Issue[],
): { read: TableRead<S>; reader: StatusReader } {
  const read = readTable(sheet, spec, { date1904: ctx.date1904, near: ctx.month });
  const found = findSheetLegend(sheet, new Set(read.headerRows));
  const outside = (row: number | undefined) => row === undefined || !found.rows.has(row);
  issues.push(...read.issues.filter((i) => outside(i.row)), ...found.issues);
  const rows = read.rows.filter((row) => outside(row.row));
  return { read: { ...read, rows }, reader: new StatusReader(found.legend ?? ctx.legend, issues) };
}

function readStatuses(sheet: SheetData, ctx: RecordsContext, book: RecordBook, issues: Issue[]): void {
  const { read, reader } = readList(sheet, STATUS_TABLE, ctx, issues);
  if (!namesPeople(read, issues)) return;
  for (const row of read.rows) {
    const { date, status } = row.values;
    if (date === null || status === null || monthOf(date) !== ctx.month) continue;
    const source = cellOf(row, "status");
    const marks = reader.read(status, source);
    if (marks === null) continue;
    const employee = ctx.employees.resolve(row.values.id, row.values.name, row, issues);
    if (employee === null || (marks.am === null && marks.pm === null)) continue;
    book.add({ employee, date, marks, text: status, source });
  }
  reader.finish();
}

function readClocks(sheet: SheetData, ctx: RecordsContext, book: RecordBook, issues: Issue[]): void {
  const { read, reader } = readList(sheet, CLOCK_TABLE, ctx, issues);
  if (!namesPeople(read, issues)) return;
  for (const row of read.rows) {
    const { date, clockIn, clockOut, status } = row.values;
    if (date === null || monthOf(date) !== ctx.month) continue;
    if (status !== null) {
      const source = cellOf(row, "status");
      const marks = reader.read(status, source);
      if (marks === null) continue;
      const employee = ctx.employees.resolve(row.values.id, row.values.name, row, issues);
      if (employee !== null) book.add({ employee, date, marks, text: status, source });
      continue;
    }
    if (clockIn === null && clockOut === null) continue;
    const minutes = (key: "clockIn" | "clockOut", text: string | null): number | null | undefined => {
      if (text === null) return null;
      const value = minutesOfDay(text);
      if (value !== null) return value;
      issues.push(
        issue("not_a_time", "error", cellOf(row, key), {
          header: headerOf(row, CLOCK_TABLE, key),
          value: text,
        }),
      );
      return undefined;
    };
    const inAt = minutes("clockIn", clockIn);
    const outAt = minutes("clockOut", clockOut);
    if (inAt === undefined || outAt === undefined) continue;
    if (inAt !== null && outAt !== null && outAt < inAt) {
      issues.push(
        issue("end_before_start", "error", cellOf(row, "clockOut"), {
          header: headerOf(row, CLOCK_TABLE, "clockOut"),
          value: clockOut ?? "",
          startHeader: headerOf(row, CLOCK_TABLE, "clockIn"),
          start: clockIn ?? "",
        }),
      );
      continue;
    }
    const employee = ctx.employees.resolve(row.values.id, row.values.name, row, issues);
    if (employee === null) continue;
    const source = cellOf(row, inAt === null ? "clockOut" : "clockIn");
    if (inAt === null || outAt === null) {
      issues.push(issue("missing_punch", "warning", source, { name: employee.name, date }));
    }
    const text = `${clockIn ?? ""}~${clockOut ?? ""}`;
    book.add({ employee, date, marks: clockMarks(inAt, outAt, ctx.settings), text, source });
  }
  reader.finish();
}
