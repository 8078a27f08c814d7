import { issue, type Issue } from "../../issues";
import { columnOf } from "../../table/declaration";
import { readTable, type TableRead } from "../../table/readTable";
import { cellOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { daysInMonth, monthOf, type YearMonth } from "../../values/isoDate";
import { parseMonthCell } from "../../values/monthCell";
import { normalizeHeader } from "../../values/text";
import { clockMarks, minutesOfDay, type AttendanceSettings } from "./clockTime";
import type { EmployeeIndex } from "./employeeIndex";
import { CLOCK_TABLE, GRID_TABLE, STATUS_TABLE } from "./inputs";
import { parseStatus } from "./marks";
import { RecordBook } from "./recordBook";
import type { CellSource, DayRecord } from "./records";
import { namesPeople } from "./rowCells";

/** Labels above a grid that name its month (考勤月份：2026年10月). */
const MONTH_LABELS = ["考勤月份", "月份", "考勤期间", "month"];

/** What {@link readRecords} needs besides the sheets. */
export interface RecordsContext {
  month: YearMonth;
  date1904: boolean;
  employees: EmployeeIndex;
  settings: AttendanceSettings;
  /** Months named by grids' date headers (from `prepareDayHeaders`). */
  gridMonths: ReadonlyMap<string, YearMonth>;
}

/** The sheets holding daily records, by kind. */
export interface RecordSheets {
  grids: readonly SheetData[];
  statuses: readonly SheetData[];
  clocks: readonly SheetData[];
}

/** The month's day records, and each employee's row on a grid (where an issue about the whole row points). */
export interface RecordsRead {
  records: DayRecord[];
  gridRows: Map<number, CellSource>;
  issues: Issue[];
}

/**
 * Reads the day records of the month from grids (a status per day column), status lists (date, employee,
 * status) and clock lists (date, employee, clock-in and clock-out, or a status that wins over the times).
 * Rows of other months are left to those months. An unknown status is an error at its cell; a clock list
 * row with one time is present with a warning; a clock-out before the clock-in is an error.
 */
export function readRecords(sheets: RecordSheets, ctx: RecordsContext): RecordsRead {
  const issues: Issue[] = [];
  const book = new RecordBook(issues);
  const gridRows = new Map<number, CellSource>();
  for (const sheet of sheets.grids) readGrid(sheet, ctx, book, gridRows, issues);
  for (const sheet of sheets.statuses) readStatuses(sheet, ctx, book, issues);
  for (const sheet of sheets.clocks) readClocks(sheet, ctx, book, issues);
  return { records: book.records, gridRows, issues };
}

function readGrid(
  sheet: SheetData,
  ctx: RecordsContext,
  book: RecordBook,
  gridRows: Map<number, CellSource>,
  issues: Issue[],
): void {
  const read = readTable(sheet, GRID_TABLE, { date1904: ctx.date1904, near: ctx.month });
  issues.push(...read.issues);
  if (!namesPeople(read, issues)) return;
  const gridMonth = ctx.gridMonths.get(sheet.name) ?? labelledMonth(read, ctx.date1904);
  if (gridMonth !== null && gridMonth !== ctx.month) {
    issues.push(
      issue(
        "grid_other_month",
        "error",
        { sheet: sheet.name, row: read.headerRow ?? undefined },
        { gridMonth, month: ctx.month },
      ),
    );
    return;
  }
  const lastDay = daysInMonth(Number(ctx.month.slice(0, 4)), Number(ctx.month.slice(5, 7)));
  for (const row of read.rows) {
    const employee = ctx.employees.resolve(row.values.id, row.values.name, row, issues);
    if (employee === null) continue;
    gridRows.set(employee.index, cellOf(row, "name"));
    for (let day = 1; day <= 31; day++) {
      const key = `d${day}` as const;
      const text = row.values[key] ?? null;
      if (text === null) continue;
      const source = cellOf(row, key);
      if (day > lastDay) {
        issues.push(issue("day_not_in_month", "warning", source, { day, month: ctx.month, value: text }));
        continue;
      }
      const marks = parseStatus(text);
      if (marks === null) {
        issues.push(issue("unknown_status", "error", source, { value: text }));
        continue;
      }
      if (marks.am === null && marks.pm === null) continue;
      book.add({ employee, date: `${ctx.month}-${String(day).padStart(2, "0")}`, marks, text, source });
    }
  }
}

function readStatuses(sheet: SheetData, ctx: RecordsContext, book: RecordBook, issues: Issue[]): void {
  const read = readTable(sheet, STATUS_TABLE, { date1904: ctx.date1904, near: ctx.month });
  issues.push(...read.issues);
  if (!namesPeople(read, issues)) return;
  for (const row of read.rows) {
    const { date, status } = row.values;
    if (date === null || status === null || monthOf(date) !== ctx.month) continue;
    const source = cellOf(row, "status");
    const marks = parseStatus(status);
    if (marks === null) {
      issues.push(issue("unknown_status", "error", source, { value: status }));
      continue;
    }
    const employee = ctx.employees.resolve(row.values.id, row.values.name, row, issues);
    if (employee === null || (marks.am === null && marks.pm === null)) continue;
    book.add({ employee, date, marks, text: status, source });
  }
}

function readClocks(sheet: SheetData, ctx: RecordsContext, book: RecordBook, issues: Issue[]): void {
  const read = readTable(sheet, CLOCK_TABLE, { date1904: ctx.date1904, near: ctx.month });
  issues.push(...read.issues);
  if (!namesPeople(read, issues)) return;
  for (const row of read.rows) {
    const { date, clockIn, clockOut, status } = row.values;
    if (date === null || monthOf(date) !== ctx.month) continue;
    if (status !== null) {
      const source = cellOf(row, "status");
      const marks = parseStatus(status);
      if (marks === null) {
        issues.push(issue("unknown_status", "error", source, { value: status }));
        continue;
      }
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
          header: columnOf(CLOCK_TABLE, key).label,
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
          header: columnOf(CLOCK_TABLE, "clockOut").label,
          value: clockOut ?? "",
          startHeader: columnOf(CLOCK_TABLE, "clockIn").label,
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
}

function labelledMonth(read: TableRead<typeof GRID_TABLE>, date1904: boolean): YearMonth | null {
  for (const name of MONTH_LABELS) {
    const text = read.labels.get(normalizeHeader(name));
    if (text === undefined) continue;
    const month = parseMonthCell(text, { date1904 });
    if (month.ok && month.value !== null) return month.value;
  }
  return null;
}
