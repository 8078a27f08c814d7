import { issue, type Issue } from "../../issues";
import { memoize } from "../../values/memo";
import { normalizeKey } from "../../values/text";
import { label } from "../../i18n/label";
import type { Employee } from "./records";
import { personCell, personHeader, type LocatedRow } from "./rowCells";

/**
 * The employee ID as matched: NFKC, no spaces, upper case, and leading zeros dropped from an all-digit ID
 * (a typed `007` and a number cell 7 name the same person). @example idKey(" a007 ") === "A007"
 */
export const idKey: (id: string) => string = memoize((id: string) => {
  const key = normalizeKey(id).toUpperCase();
  return /^\d+$/u.test(key) ? key.replace(/^0+(?=\d)/u, "") : key;
});

/** The name column's header in messages (every attendance table calls it 姓名). */
const NAME_HEADER = label("姓名", "姓名", "Name");

/**
 * The employee list, looked up by ID first and by name when a record gives none. A record whose ID is
 * not listed, or whose name alone fits no one or several people, is an error (the row is not used); an ID
 * listed under another name is matched by the ID, with a warning.
 */
export class EmployeeIndex {
  private readonly byId = new Map<string, Employee>();
  private readonly byName = new Map<string, Employee[]>();

  constructor(readonly employees: readonly Employee[]) {
    for (const employee of employees) {
      if (employee.id !== null) this.byId.set(idKey(employee.id), employee);
      const key = normalizeKey(employee.name);
      const named = this.byName.get(key);
      if (named === undefined) this.byName.set(key, [employee]);
      else named.push(employee);
    }
  }

  /**
   * The employee a row names by its ID and name, or null with the issue pushed to `issues` (located at the
   * row's ID or name cell); a row naming no one is a `value_required` error at its name cell.
   */
  resolve(id: string | null, name: string | null, row: LocatedRow, issues: Issue[]): Employee | null {
    if (id !== null) {
      const employee = this.byId.get(idKey(id));
      if (employee === undefined) {
        const named = name === null ? id : `${name} (${id})`;
        issues.push(issue("employee_unknown", "error", personCell(row, "id"), { name: named }));
        return null;
      }
      if (name !== null && name !== employee.name && normalizeKey(name) !== normalizeKey(employee.name)) {
        const params = { id, listed: employee.name, name };
        issues.push(issue("employee_name_mismatch", "warning", personCell(row, "name"), params));
      }
      return employee;
    }
    if (name === null) {
      const params = { field: "name", header: personHeader(row, "name", NAME_HEADER) };
      issues.push(issue("value_required", "error", personCell(row, "name"), params));
      return null;
    }
    const named = this.byName.get(normalizeKey(name)) ?? [];
    if (named.length === 1) return named[0]!;
    if (named.length === 0) {
      issues.push(issue("employee_unknown", "error", personCell(row, "name"), { name }));
    } else {
      const ids = named.map((e) => e.id ?? `#${e.source.row}`).join(", ");
      issues.push(issue("ambiguous_employee_name", "error", personCell(row, "name"), { name, ids }));
    }
    return null;
  }
}
