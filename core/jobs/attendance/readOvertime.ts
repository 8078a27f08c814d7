import { issue, type Issue, type ParamValue } from "../../issues";
import { readTable } from "../../table/readTable";
import { cellOf, headerOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { monthOf, type YearMonth } from "../../values/isoDate";
import { qtyText, type QtyE4 } from "../../values/quantity";
import type { EmployeeIndex } from "./employeeIndex";
import { OVERTIME_TABLE } from "./inputs";
import { isEmployedOn, outsideEmployment } from "./recordBook";
import type { CellSource, OvertimeEntry } from "./records";
import { namesPeople } from "./rowCells";

/** The most overtime hours one row may hold (a day has 24). */
const MAX_HOURS_E4 = 24 * 10_000;

/**
 * The error for overtime hours of one day that are not above 0 (`not_positive`) or more than 24
 * (`overtime_hours_too_many`), at their cell; null when the hours are fine.
 */
export function overtimeHoursIssue(hours: QtyE4, at: CellSource, header: ParamValue): Issue | null {
  if (hours > 0 && hours <= MAX_HOURS_E4) return null;
  const code = hours <= 0 ? "not_positive" : "overtime_hours_too_many";
  return issue(code, "error", at, { header, value: qtyText(hours) });
}

/**
 * Reads the overtime of the month (rows of other months are left to them). Hours must be above 0 and at
 * most 24; a row dated outside the employee's employment is an error.
 */
export function readOvertime(
  sheets: readonly SheetData[],
  ctx: { month: YearMonth; date1904: boolean; employees: EmployeeIndex },
): { overtime: OvertimeEntry[]; issues: Issue[] } {
  const overtime: OvertimeEntry[] = [];
  const issues: Issue[] = [];
  for (const sheet of sheets) {
    const read = readTable(sheet, OVERTIME_TABLE, { date1904: ctx.date1904, near: ctx.month });
    issues.push(...read.issues);
    if (!namesPeople(read, issues)) continue;
    for (const row of read.rows) {
      const { date, hours, reason } = row.values;
      if (date === null || hours === null || monthOf(date) !== ctx.month) continue;
      const at = cellOf(row, "hours");
      // Not a declared limit: rows of other months are left to them without a word, and above 24 hours has
      // its own code.
      const bad = overtimeHoursIssue(hours, at, headerOf(row, OVERTIME_TABLE, "hours"));
      if (bad !== null) {
        issues.push(bad);
        continue;
      }
      const employee = ctx.employees.resolve(row.values.id, row.values.name, row, issues);
      if (employee === null) continue;
      if (!isEmployedOn(employee, date)) {
        issues.push(outsideEmployment(employee, date, cellOf(row, "date")));
        continue;
      }
      overtime.push({ employee, date, hours, reason, source: at });
    }
  }
  return { overtime, issues };
}
