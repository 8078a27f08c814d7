import { issue, type Issue } from "../../issues";
import { readTable } from "../../table/readTable";
import { cellOf, headerOf } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { DUTY_SETTINGS_TABLE } from "./inputs";

/** The roster's settings: people per holiday day and the fewest nights between two night shifts of one engineer. */
export interface DutySettings {
  leaders: number;
  staff: number;
  gap: number;
}

/** One duty leader and one staff member a holiday day; three nights between night shifts. */
export const DEFAULT_DUTY_SETTINGS: DutySettings = { leaders: 1, staff: 1, gap: 3 };

/**
 * The settings from the first row of the 值班设置 sheet; each empty, out-of-range or fractional value keeps its
 * default (the range is declared on the table; a fraction is `duty_setting_not_whole`).
 */
export function readDutySettings(
  sheets: readonly SheetData[],
  date1904: boolean,
): { settings: DutySettings; issues: Issue[] } {
  const sheet = sheets[0];
  if (sheet === undefined) return { settings: DEFAULT_DUTY_SETTINGS, issues: [] };
  const read = readTable(sheet, DUTY_SETTINGS_TABLE, { date1904 });
  const issues: Issue[] = [...read.issues];
  const row = read.rows[0];
  if (row === undefined) return { settings: DEFAULT_DUTY_SETTINGS, issues };
  const whole = (key: keyof DutySettings): number => {
    const value = row.values[key];
    const fallback = DEFAULT_DUTY_SETTINGS[key];
    if (value === null) return fallback;
    if (value.isInteger()) return value.toNumber();
    issues.push(
      issue("duty_setting_not_whole", "warning", cellOf(row, key), {
        header: headerOf(row, DUTY_SETTINGS_TABLE, key),
        value: value.toString(),
        default: fallback,
        field: key,
      }),
    );
    return fallback;
  };
  return { settings: { leaders: whole("leaders"), staff: whole("staff"), gap: whole("gap") }, issues };
}
