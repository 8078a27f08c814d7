import { issue, type Issue } from "../../issues";
import { readTable, type TableRead } from "../../table/readTable";
import { cellOf, headerOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { AVAILABLE, DUTY_STAFF_TABLE, STAFF_LIST_TABLE } from "./inputs";
import type { StaffMember } from "./records";
import { dutyClassOf, dutyScope, idKey, isEngineer, isLeaderPosition, nameKey } from "./staff";

type StaffTable = typeof DUTY_STAFF_TABLE | typeof STAFF_LIST_TABLE;

/** The staff lists placed for the roster: the duty staff lists and the employee lists, each with its table. */
export interface StaffSheets {
  duty: readonly SheetData[];
  employees: readonly SheetData[];
  /** The workbook's sheet names in tab order: the lists are read in it. */
  order: readonly string[];
}

/**
 * Reads the staff lists into the people the rosters are made from, in list order (sheets in tab order, rows top
 * down). The duty staff lists (sheets with a 可值班 column placed as such) are the staff when there are any; else
 * the employee lists are (an attendance grid, a row per person and a column per day, is no list and is passed
 * over): those with a 可值班 column when some have one - the others are left out with a `duty_list_not_used`
 * note - or else everyone on them. A name (or 工号) listed twice on one sheet counts once, with a warning; on two
 * lists (an employee list and its grid) once, silently. 可值班 and 值班类别 texts that say nothing known are
 * warnings: such a person is not rostered, such a class leaves the position to decide.
 */
export function readStaff(sheets: StaffSheets, date1904: boolean): { staff: StaffMember[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const rank = (s: SheetData) => sheets.order.indexOf(s.name);
  const placed: { sheet: SheetData; table: StaffTable }[] =
    sheets.duty.length > 0
      ? sheets.duty.map((sheet) => ({ sheet, table: DUTY_STAFF_TABLE as StaffTable }))
      : sheets.employees
          .filter((sheet) => !isDayGrid(sheet))
          .map((sheet) => ({ sheet, table: STAFF_LIST_TABLE as StaffTable }));
  placed.sort((a, b) => rank(a.sheet) - rank(b.sheet));
  const reads = placed.map(({ sheet, table }) => {
    const read = readTable(sheet, table, { date1904 }) as TableRead<StaffTable>;
    issues.push(...read.issues);
    return { read, table };
  });
  const withColumn = reads.some(({ read }) => read.columns.available !== undefined);
  const staff: StaffMember[] = [];
  const seen = new Map<string, { sheet: string; row: number }>();
  for (const { read, table } of reads) {
    if (withColumn && read.columns.available === undefined) {
      issues.push(
        issue(
          "duty_list_not_used",
          "info",
          { sheet: read.sheet },
          { sheet: read.sheet, column: AVAILABLE.label },
        ),
      );
      continue;
    }
    for (const row of read.rows) {
      const values = row.values as Record<string, unknown>;
      const name = values["name"] as string | null;
      if (name === null) continue;
      const id = values["id"] as string | null;
      const key = id === null ? `n:${nameKey(name)}` : `i:${idKey(id)}`;
      const first = seen.get(key);
      if (first !== undefined && first.sheet !== row.sheet) continue;
      if (first !== undefined) {
        issues.push(
          issue("duty_staff_duplicate", "warning", cellOf(row, "name"), {
            name,
            firstSheet: first.sheet,
            firstRow: first.row,
          }),
        );
        continue;
      }
      seen.set(key, { sheet: row.sheet, row: row.row });
      const availableText = values["available"] as string | null;
      let scope = dutyScope(availableText);
      if (scope === null) {
        issues.push(
          issue("duty_available_unknown", "warning", cellOf(row, "available"), {
            header: headerOf(row, table, "available"),
            value: availableText ?? "",
            field: "available",
          }),
        );
        scope = { holiday: false, night: false };
      }
      const department = values["department"] as string | null;
      const position = values["position"] as string | null;
      const classText = values["dutyClass"] as string | null;
      const dutyClass = dutyClassOf(classText);
      if (classText !== null && dutyClass === null) {
        issues.push(
          issue("duty_class_unknown", "warning", cellOf(row, "dutyClass"), {
            header: headerOf(row, table, "dutyClass"),
            value: classText,
            field: "dutyClass",
          }),
        );
      }
      const engineer = isEngineer(department, position);
      staff.push({
        index: staff.length,
        id,
        name,
        department,
        position,
        phone: (values["phone"] as string | null) ?? null,
        leader: dutyClass === null ? isLeaderPosition(position) : dutyClass === "leader",
        engineer,
        holiday: scope.holiday,
        night: scope.night && engineer,
        hired: (values["hireDate"] as string | null | undefined) ?? null,
        left: (values["leaveDate"] as string | null | undefined) ?? null,
        source: cellOf(row, "name"),
      });
    }
  }
  return { staff, issues };
}

/** Cells of a header row that name a day of the month: 1..31 as numbers, or `1`, `1日`, `1号`, `Day 1` as text. */
const DAY_HEADER = /^(?:day)?(?:[1-9]|[12]\d|3[01])(?:日|号|號)?$/iu;

/**
 * True for an attendance grid (a row per person, a column per day): a row among the first 30 with 28 or more day
 * headers. Such a sheet lists people twice over (上午 / 下午) and is attendance's record, not a staff list.
 */
export function isDayGrid(sheet: SheetData): boolean {
  for (const row of sheet.values.slice(0, 30)) {
    let days = 0;
    for (const cell of row) {
      if (
        typeof cell === "number"
          ? Number.isInteger(cell) && cell >= 1 && cell <= 31
          : typeof cell === "string" && DAY_HEADER.test(cell.replace(/\s/gu, ""))
      )
        days++;
    }
    if (days >= 28) return true;
  }
  return false;
}
