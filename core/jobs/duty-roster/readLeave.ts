import { issue, type Issue } from "../../issues";
import { LEAVE_TABLE } from "../../people/leaveSlips";
import { readTable } from "../../table/readTable";
import { cellOf, headerOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import type { IsoDate, YearMonth } from "../../values/isoDate";
import type { LeaveSpan, StaffMember } from "./records";
import { idKey, nameKey } from "./staff";

/** The days the rosters cover: the month's nights and the days of the holidays that begin in it. */
export interface RosterSpan {
  from: IsoDate;
  to: IsoDate;
}

/**
 * Reads the leave slips that touch the rosters' days (slips wholly outside them are left to the jobs they
 * concern, unread): each is a span of days its person is not rostered, half days included (a half-day slip keeps
 * the person off that day's duty and night). The person is found by 工号, else by name; a slip naming no one on the
 * staff list is told (`duty_leave_not_listed`, info): attendance's slips name every employee. A slip ending before
 * it starts is an error and is not used.
 */
export function readLeave(
  sheets: readonly SheetData[],
  staff: readonly StaffMember[],
  span: RosterSpan,
  date1904: boolean,
  month: YearMonth,
): { leave: LeaveSpan[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const leave: LeaveSpan[] = [];
  const byId = new Map<string, StaffMember>();
  const byName = new Map<string, StaffMember[]>();
  for (const person of staff) {
    if (person.id !== null) byId.set(idKey(person.id), person);
    const key = nameKey(person.name);
    byName.set(key, [...(byName.get(key) ?? []), person]);
  }
  for (const sheet of sheets) {
    const read = readTable(sheet, LEAVE_TABLE, { date1904, near: month });
    issues.push(...read.issues);
    for (const row of read.rows) {
      const { id, name, start, type } = row.values;
      if (start === null) continue;
      const end = row.values.end ?? start;
      const first = end < start ? end : start;
      const last = end < start ? start : end;
      if (last < span.from || first > span.to) continue;
      if (end < start) {
        issues.push(
          issue("end_before_start", "error", cellOf(row, "end"), {
            header: headerOf(row, LEAVE_TABLE, "end"),
            value: end,
            startHeader: headerOf(row, LEAVE_TABLE, "start"),
            start,
          }),
        );
        continue;
      }
      if (id === null && name === null) {
        issues.push(
          issue("value_required", "error", cellOf(row, "name"), {
            header: headerOf(row, LEAVE_TABLE, "name"),
            field: "name",
          }),
        );
        continue;
      }
      const byIdMatch = id === null ? undefined : byId.get(idKey(id));
      const people =
        byIdMatch !== undefined ? [byIdMatch] : name === null ? [] : (byName.get(nameKey(name)) ?? []);
      if (people.length === 0) {
        issues.push(issue("duty_leave_not_listed", "info", cellOf(row, "name"), { name: name ?? id ?? "" }));
        continue;
      }
      for (const person of people)
        leave.push({ person: person.index, start, end, type, source: cellOf(row, "start") });
    }
  }
  return { leave, issues };
}
