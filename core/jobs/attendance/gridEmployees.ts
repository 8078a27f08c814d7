import { issue, type Issue } from "../../issues";
import { cellOf, headerCell } from "../../table/rowRefs";
import { normalizeKey } from "../../values/text";
import { idKey } from "./employeeIndex";
import type { GridSheet } from "./readGrid";
import type { Employee } from "./records";

/**
 * The employees of a workbook without an employee list: the people of its grids, in order, each once (the
 * same ID, or the same name when a row gives no ID, is the same person on every grid), with the department and
 * position their rows give (a column, a section heading, a `部门：` line, a cell merged down) and no hire or
 * leaving date. One `employees_from_grid` warning says so, at the first grid's header.
 */
export function employeesFromGrids(grids: readonly GridSheet[]): { employees: Employee[]; issues: Issue[] } {
  const employees: Employee[] = [];
  const byId = new Map<string, Employee>();
  const byName = new Map<string, Employee>();
  const used = grids.filter((g) => g.usable);
  for (const grid of used) {
    for (const person of grid.people) {
      const name = person.name ?? person.id;
      if (name === null) continue;
      const known =
        person.id !== null ? byId.get(idKey(person.id)) : byName.get(normalizeKey(person.name ?? ""));
      if (known !== undefined) continue;
      const employee: Employee = {
        index: employees.length,
        id: person.id,
        name,
        department: person.department,
        position: person.position,
        hireDate: null,
        leaveDate: null,
        source: cellOf(person.first, "name"),
      };
      employees.push(employee);
      if (person.id !== null) byId.set(idKey(person.id), employee);
      if (!byName.has(normalizeKey(name))) byName.set(normalizeKey(name), employee);
    }
  }
  const first = used[0];
  if (first === undefined || employees.length === 0) return { employees, issues: [] };
  const warning = issue("employees_from_grid", "warning", headerCell(first.read), {
    sheet: used.map((g) => g.sheet).join("、"),
    count: employees.length,
  });
  return { employees, issues: [warning] };
}
