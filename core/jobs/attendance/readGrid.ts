import { issue, type Issue, type ParamValue } from "../../issues";
import { readTable, type TableRead } from "../../table/readTable";
import { cellOf, headerCell, headerOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { daysInMonth, type IsoDate, type YearMonth } from "../../values/isoDate";
import { parseMonthCell } from "../../values/monthCell";
import { parseQtyCell } from "../../values/quantity";
import { normalizeHeader } from "../../values/text";
import type { EmployeeIndex } from "./employeeIndex";
import { gridPeople, type GridPerson } from "./gridPeople";
import { GRID_TABLE } from "./inputs";
import type { Mark } from "./marks";
import { isEmployedOn, outsideEmployment, type RecordBook } from "./recordBook";
import { overtimeHoursIssue } from "./readOvertime";
import type { CellSource, Employee, OvertimeEntry } from "./records";
import { namesPeople } from "./rowCells";
import { findSheetLegend, type Legend } from "./sheetLegend";
import { StatusReader } from "./statusReader";

/** Labels above a grid that name its month (考勤月份：2026年10月). */
const MONTH_LABELS = ["考勤月份", "月份", "考勤期间", "month"];

/** An attendance grid read: its people, its legend, and whether it gives records for the month. */
export interface GridSheet {
  sheet: string;
  read: TableRead<typeof GRID_TABLE>;
  /** The legend on the sheet, or null. */
  legend: Legend | null;
  people: GridPerson[];
  /** False when the grid names no one's column or is of another month: it gives no records. */
  usable: boolean;
}

/** What reading a grid needs besides the sheet. */
export interface GridContext {
  month: YearMonth;
  date1904: boolean;
  /** Months named by grids' date headers (from `prepareDayHeaders`). */
  gridMonths: ReadonlyMap<string, YearMonth>;
}

/**
 * Reads an attendance grid: the table (rows of a legend block read as data left out, with their issues), the
 * legend on the sheet, and its people (two rows per person read as one). A grid without an ID or name column is
 * an error at its header; one whose dates or `考勤月份：` label name another month is `grid_other_month`
 * (error); neither gives records.
 */
export function readGridSheet(sheet: SheetData, ctx: GridContext, issues: Issue[]): GridSheet {
  const read = readTable(sheet, GRID_TABLE, { date1904: ctx.date1904, near: ctx.month });
  const found = findSheetLegend(sheet, new Set(read.headerRows));
  issues.push(...read.issues.filter((i) => i.row === undefined || !found.rows.has(i.row)));
  const unusable = { sheet: sheet.name, read, legend: found.legend, people: [], usable: false };
  if (!namesPeople(read, issues)) return unusable;
  const gridMonth = ctx.gridMonths.get(sheet.name) ?? labelledMonth(read, ctx.date1904);
  if (gridMonth !== null && gridMonth !== ctx.month) {
    issues.push(issue("grid_other_month", "error", headerCell(read), { gridMonth, month: ctx.month }));
    return unusable;
  }
  issues.push(...found.issues);
  return { ...unusable, people: gridPeople(sheet, read, found.rows), usable: true };
}

/** What turning a grid into records needs and where the records go. */
export interface GridRecordsContext {
  month: YearMonth;
  employees: EmployeeIndex;
  /** The legend of the workbook (on its 考勤设置 or legend sheet), for a grid without one of its own. */
  legend: Legend | null;
  book: RecordBook;
  /** Employee index -> the employee's first row on a grid. */
  gridRows: Map<number, CellSource>;
  overtime: OvertimeEntry[];
  issues: Issue[];
}

/** One half of a day read from a 上午 or 下午 row. */
interface HalfCell {
  mark: Mark;
  text: string;
  source: CellSource;
}

/**
 * The day records and overtime of a grid's people: a whole-day row gives each day cell's record; a 上午 row
 * the mornings and a 下午 row the afternoons (one record per day from the two); a 加班 row the day's overtime
 * hours (0 is none; above 0 and at most 24, else an error). A day beyond the month is `day_not_in_month`.
 */
export function gridRecords(grid: GridSheet, ctx: GridRecordsContext): void {
  if (!grid.usable) return;
  const { month, issues } = ctx;
  const reader = new StatusReader(grid.legend ?? ctx.legend, issues);
  const lastDay = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  for (const person of grid.people) {
    const employee = ctx.employees.resolve(person.id, person.name, person.first, issues);
    if (employee === null) continue;
    ctx.gridRows.set(employee.index, cellOf(person.first, "name"));
    const halves = new Map<IsoDate, { am?: HalfCell; pm?: HalfCell }>();
    for (const { part, row } of person.rows) {
      for (let day = 1; day <= 31; day++) {
        const key = `d${day}` as const;
        const text = row.values[key] ?? null;
        if (text === null) continue;
        const source = cellOf(row, key);
        if (day > lastDay) {
          issues.push(issue("day_not_in_month", "warning", source, { day, month, value: text }));
          continue;
        }
        const date: IsoDate = `${month}-${String(day).padStart(2, "0")}`;
        if (part === "overtime") {
          const entry = overtimeOf(employee, date, text, source, headerOf(row, GRID_TABLE, key), issues);
          if (entry !== null) ctx.overtime.push(entry);
        } else if (part === "day") {
          const marks = reader.read(text, source);
          if (marks !== null && (marks.am !== null || marks.pm !== null))
            ctx.book.add({ employee, date, marks, text, source });
        } else {
          const mark = reader.readHalf(text, source, part);
          if (mark === null || mark === undefined) continue;
          const day = halves.get(date) ?? {};
          day[part] = { mark, text, source };
          halves.set(date, day);
        }
      }
    }
    for (const [date, { am, pm }] of halves) {
      const marks = { am: am?.mark ?? null, pm: pm?.mark ?? null };
      const text = `${am?.text ?? ""}/${pm?.text ?? ""}`;
      ctx.book.add({ employee, date, marks, text, source: (am ?? pm)!.source });
    }
  }
  reader.finish();
}

/** The overtime a 加班 row's day cell holds, or null (an empty 0, or an error pushed). */
function overtimeOf(
  employee: Employee,
  date: IsoDate,
  text: string,
  source: CellSource,
  header: ParamValue,
  issues: Issue[],
): OvertimeEntry | null {
  const hours = parseQtyCell(text);
  if (!hours.ok || hours.value === null) {
    issues.push(issue("not_a_number", "error", source, { header, value: text }));
    return null;
  }
  if (hours.value === 0) return null;
  const bad = overtimeHoursIssue(hours.value, source, header);
  if (bad !== null) {
    issues.push(bad);
    return null;
  }
  if (!isEmployedOn(employee, date)) {
    issues.push(outsideEmployment(employee, date, source));
    return null;
  }
  return { employee, date, hours: hours.value, reason: null, source };
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
