import type { Issue } from "../../issues";
import { calendarFromSheets } from "../../calendar/holidaySheet";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { LEAVE_TABLE } from "../../people/leaveSlips";
import type { PlacedSheets } from "../../table/placedSheets";
import { firstDayOf, lastDayOf, type YearMonth } from "../../values/isoDate";
import { DUTY_HISTORY_TABLE, DUTY_SETTINGS_TABLE, DUTY_STAFF_TABLE, STAFF_LIST_TABLE } from "./inputs";
import { holidaysOf, type HolidayArrangement } from "./period";
import type { HistoryDuty, LeaveSpan, StaffMember } from "./records";
import { readDutySettings, type DutySettings } from "./readSettings";
import { readHistory } from "./readHistory";
import { readLeave, type RosterSpan } from "./readLeave";
import { readStaff } from "./readStaff";

/** What the rosters of a month are made from. */
export interface DutyRosterInputs {
  staff: StaffMember[];
  leave: LeaveSpan[];
  /** Duties of earlier rosters before the month, per person of the staff list. */
  history: HistoryDuty[];
  settings: DutySettings;
  calendar: WorkingCalendar;
  /** The holidays beginning in the month (rostered whole) and those begun the month before. */
  holidays: { arrangements: HolidayArrangement[]; earlier: HolidayArrangement[] };
  /** The days the rosters cover. */
  span: RosterSpan;
  issues: Issue[];
}

/**
 * Reads a workbook for the rosters of `month` from the sheets the registry placed: the calendar first (its 节假日
 * sheet decides the holidays and so the days the rosters cover), then the staff lists, the leave slips touching
 * those days, the earlier rosters (PropDesk's own sheets among them) and the settings.
 */
export function readDutyRosterInputs(placed: PlacedSheets, month: YearMonth): DutyRosterInputs {
  const { book } = placed;
  const { date1904 } = book;
  const { calendar, issues: calendarIssues } = calendarFromSheets(placed.sheets(HOLIDAY_TABLE), date1904);
  const holidays = holidaysOf(month, calendar);
  const lastHoliday = holidays.arrangements.at(-1)?.last;
  const monthEnd = lastDayOf(month);
  const span = {
    from: firstDayOf(month),
    to: lastHoliday !== undefined && lastHoliday > monthEnd ? lastHoliday : monthEnd,
  };
  const staff = readStaff(
    {
      duty: placed.sheets(DUTY_STAFF_TABLE),
      employees: placed.sheets(STAFF_LIST_TABLE),
      order: book.sheets.map((s) => s.name),
    },
    date1904,
  );
  const leave = readLeave(placed.sheets(LEAVE_TABLE), staff.staff, span, date1904, month);
  const history = readHistory({
    own: book.sheets.filter((s) => s.ownerKey !== undefined),
    kept: placed.sheets(DUTY_HISTORY_TABLE),
    staff: staff.staff,
    calendar,
    month,
    date1904,
  });
  const settings = readDutySettings(placed.sheets(DUTY_SETTINGS_TABLE), date1904);
  return {
    staff: staff.staff,
    leave: leave.leave,
    history: history.duties,
    settings: settings.settings,
    calendar,
    holidays,
    span,
    issues: [...calendarIssues, ...staff.issues, ...leave.issues, ...history.issues, ...settings.issues],
  };
}
