import { issue, type Issue } from "../issues";
import { readTable } from "../table/readTable";
import { cellOf } from "../table/rowRefs";
import type { SheetData } from "../table/sheetData";
import { normalizeHeader } from "../values/text";
import { statutoryDay } from "./statutoryDays";
import { createCalendar, type DayOverride, type WorkingCalendar } from "./workingCalendar";
import { HOLIDAY_TABLE } from "./holidayTable";

const STATUTORY_WORDS = new Set([
  "法定",
  "法定节假日",
  "法定假日",
  "法定假",
  "statutory",
  "statutoryholiday",
  "publicholiday",
]);
const HOLIDAY_WORDS = new Set([
  "休",
  "放假",
  "休息",
  "休息日",
  "假",
  "节假日",
  "holiday",
  "off",
  "rest",
  "restday",
]);
const WORKDAY_WORDS = new Set(["班", "上班", "调休上班", "补班", "工作日", "workday", "work", "working"]);

/** The override kind a 类型 cell names, or null when it names none. */
function kindOf(type: string): DayOverride["kind"] | null {
  const word = normalizeHeader(type);
  if (STATUTORY_WORDS.has(word)) return "statutory";
  if (HOLIDAY_WORDS.has(word)) return "holiday";
  return WORKDAY_WORDS.has(word) ? "workday" : null;
}

/**
 * The working calendar of a workbook: China's built-in data, overridden and extended by the sheets
 * found to hold the holiday table (a job lists {@link HOLIDAY_TABLE} among its inputs). 法定 makes a
 * statutory day off (300%), 休 a rest day off (200%: a company's own day off), 班 a working day. A day the
 * law names stays statutory: 休 there keeps it a statutory day off; 班 there schedules it as a working day,
 * but overtime on it is still 300% (with a `holiday_statutory_workday` warning).
 */
export function calendarFromSheets(
  sheets: readonly SheetData[],
  date1904: boolean,
): { calendar: WorkingCalendar; issues: Issue[] } {
  const issues: Issue[] = [];
  const overrides: DayOverride[] = [];
  for (const sheet of sheets) {
    const read = readTable(sheet, HOLIDAY_TABLE, { date1904 });
    issues.push(...read.issues);
    for (const row of read.rows) {
      const { date, type, name } = row.values;
      if (date === null || type === null) continue;
      const kind = kindOf(type);
      if (kind === null) {
        issues.push(issue("holiday_type_unknown", "warning", cellOf(row, "type"), { value: type }));
        continue;
      }
      const law = kind === "workday" ? statutoryDay(date) : undefined;
      if (law !== undefined) {
        issues.push(
          issue("holiday_statutory_workday", "warning", cellOf(row, "type"), { date, name: law.nameZh }),
        );
      }
      overrides.push(name === null ? { date, kind } : { date, kind, name });
    }
  }
  return { calendar: createCalendar(overrides), issues };
}
