import { issue, type Issue } from "../../issues";
import { readTable } from "../../table/readTable";
import { cellOf, headerOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { clockText, DEFAULT_SETTINGS, minutesOfDay, type AttendanceSettings } from "./clockTime";
import { SETTINGS_TABLE } from "./inputs";

/**
 * The standard hours and late threshold from the first row of the 考勤设置 sheet; each missing or bad value
 * keeps its default (09:00, 18:00, 0 minutes), with an issue for a bad one.
 */
export function readSettings(
  sheets: readonly SheetData[],
  date1904: boolean,
): { settings: AttendanceSettings; issues: Issue[] } {
  const sheet = sheets[0];
  if (sheet === undefined) return { settings: DEFAULT_SETTINGS, issues: [] };
  const read = readTable(sheet, SETTINGS_TABLE, { date1904 });
  const issues: Issue[] = [...read.issues];
  const row = read.rows[0];
  if (row === undefined) return { settings: DEFAULT_SETTINGS, issues };
  const time = (key: "workStart" | "workEnd", fallback: number): number => {
    const text = row.values[key];
    if (text === null) return fallback;
    const minutes = minutesOfDay(text);
    if (minutes !== null) return minutes;
    issues.push(
      issue("not_a_time", "error", cellOf(row, key), {
        header: headerOf(row, SETTINGS_TABLE, key),
        value: text,
      }),
    );
    return fallback;
  };
  let workStart = time("workStart", DEFAULT_SETTINGS.workStart);
  let workEnd = time("workEnd", DEFAULT_SETTINGS.workEnd);
  if (workEnd <= workStart) {
    issues.push(
      issue("end_before_start", "error", cellOf(row, "workEnd"), {
        header: headerOf(row, SETTINGS_TABLE, "workEnd"),
        value: clockText(workEnd),
        startHeader: headerOf(row, SETTINGS_TABLE, "workStart"),
        start: clockText(workStart),
      }),
    );
    workStart = DEFAULT_SETTINGS.workStart;
    workEnd = DEFAULT_SETTINGS.workEnd;
  }
  let graceMinutes = DEFAULT_SETTINGS.graceMinutes;
  const grace = row.values.grace;
  // Not a declared limit: a negative grace is an error that keeps the row (its work hours still apply) and
  // falls back to the default, which neither `reject` nor `warn` says.
  if (grace !== null && grace.isNegative()) {
    issues.push(
      issue("negative_value", "error", cellOf(row, "grace"), {
        header: headerOf(row, SETTINGS_TABLE, "grace"),
        value: grace.toString(),
      }),
    );
  } else if (grace !== null) {
    graceMinutes = grace.floor().toNumber();
  }
  return { settings: { workStart, workEnd, graceMinutes }, issues };
}
