import { issue, type Issue } from "../../issues";
import { readTable } from "../../table/readTable";
import { cellOf, headerOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { idKey } from "./employeeIndex";
import { EMPLOYEE_TABLE } from "./inputs";
import type { Employee } from "./records";

/** The employee list read from its sheets, and the project named above it. */
export interface EmployeesRead {
  employees: Employee[];
  project: string | null;
  issues: Issue[];
}

/**
 * Reads the employee list. An ID listed twice is an error on the later row (that row is not used); a
 * leaving date before the hire date is a warning and the leaving date is ignored.
 */
export function readEmployees(sheets: readonly SheetData[], date1904: boolean): EmployeesRead {
  const employees: Employee[] = [];
  const issues: Issue[] = [];
  const byId = new Map<string, Employee>();
  let project: string | null = null;
  for (const sheet of sheets) {
    const read = readTable(sheet, EMPLOYEE_TABLE, { date1904 });
    issues.push(...read.issues);
    project ??= read.context["project"] ?? null;
    for (const row of read.rows) {
      const { id, name, department, position, hireDate } = row.values;
      if (name === null) continue;
      let { leaveDate } = row.values;
      const earlier = id === null ? undefined : byId.get(idKey(id));
      if (id !== null && earlier !== undefined) {
        issues.push(
          issue("duplicate_employee", "error", cellOf(row, "id"), {
            id,
            firstSheet: earlier.source.sheet,
            firstRow: earlier.source.row,
          }),
        );
        continue;
      }
      if (hireDate !== null && leaveDate !== null && leaveDate < hireDate) {
        issues.push(
          issue("end_before_start", "warning", cellOf(row, "leaveDate"), {
            header: headerOf(row, EMPLOYEE_TABLE, "leaveDate"),
            value: leaveDate,
            startHeader: headerOf(row, EMPLOYEE_TABLE, "hireDate"),
            start: hireDate,
          }),
        );
        leaveDate = null;
      }
      const employee: Employee = {
        index: employees.length,
        id,
        name,
        department,
        position,
        hireDate,
        leaveDate,
        source: cellOf(row, "name"),
      };
      if (id !== null) byId.set(idKey(id), employee);
      employees.push(employee);
    }
  }
  return { employees, project, issues };
}
