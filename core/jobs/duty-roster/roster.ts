import { issue, type Issue } from "../../issues";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { firstDayOf, type IsoDate, type YearMonth } from "../../values/isoDate";
import { rosterHolidays, type HolidayRoster } from "./holidayDuty";
import { rosterNights, type NightHistory, type NightRoster } from "./nightShifts";
import type { HolidayArrangement } from "./period";
import type { DutySettings } from "./readSettings";
import type { HistoryDuty, LeaveSpan, StaffMember } from "./records";
import { DUTY_ROSTER_TEXT as T } from "./texts";

/** Both rosters of a month and the issues of making them. */
export interface DutyRosters {
  month: YearMonth;
  holiday: HolidayRoster;
  /** Null when no engineer on the list takes night shifts. */
  night: NightRoster | null;
  /** Holiday duty days per person earlier in the year (before the month). */
  prior: Map<number, number>;
  nightHistory: NightHistory;
  settings: DutySettings;
  issues: Issue[];
}

/** What the rosters are made from (see readInputs.ts). */
export interface RosterInputs {
  staff: readonly StaffMember[];
  leave: readonly LeaveSpan[];
  history: readonly HistoryDuty[];
  settings: DutySettings;
  calendar: WorkingCalendar;
  arrangements: readonly HolidayArrangement[];
}

/** A test of whether a person can be on duty on a day: employed that day (hire to leaving date) and not on leave. */
export function freeTest(
  staff: readonly StaffMember[],
  leave: readonly LeaveSpan[],
): (person: number, date: IsoDate) => boolean {
  const away = new Map<number, LeaveSpan[]>();
  for (const span of leave) away.set(span.person, [...(away.get(span.person) ?? []), span]);
  return (person, date) => {
    const member = staff[person];
    if (member === undefined) return false;
    if (member.hired !== null && date < member.hired) return false;
    if (member.left !== null && date > member.left) return false;
    return !(away.get(person) ?? []).some((s) => s.start <= date && date <= s.end);
  };
}

/** Holiday duty days per person in the year of `month` before it, and where the night rotation stood before it. */
export function historyBefore(
  history: readonly HistoryDuty[],
  staff: readonly StaffMember[],
  month: YearMonth,
): { prior: Map<number, number>; nights: NightHistory } {
  const start = firstDayOf(month);
  const yearStart = `${month.slice(0, 4)}-01-01`;
  const prior = new Map<number, number>();
  const counted = new Set<string>();
  const lastNight = new Map<number, IsoDate>();
  let last: { date: IsoDate; person: number } | null = null;
  for (const duty of history) {
    if (duty.date >= start) continue;
    if (duty.kind === "holiday") {
      const key = `${duty.person}/${duty.date}`;
      if (duty.date < yearStart || counted.has(key)) continue;
      counted.add(key);
      prior.set(duty.person, (prior.get(duty.person) ?? 0) + 1);
      continue;
    }
    if (staff[duty.person]?.night !== true) continue;
    const had = lastNight.get(duty.person);
    if (had === undefined || duty.date > had) lastNight.set(duty.person, duty.date);
    if (last === null || duty.date >= last.date) last = { date: duty.date, person: duty.person };
  }
  return { prior, nights: { last: last?.person ?? null, lastNight } };
}

/**
 * Makes the month's rosters: the holiday duty of the holidays beginning in it, then the night shifts of each of
 * its nights (an engineer on holiday day duty that day goes only where the fairness of the nights leaves a choice
 * and no other is as fair a choice). Every slot no one could
 * fill is an error naming its day; a forced second day running and a forced short rest are warnings.
 */
export function makeRosters(month: YearMonth, inputs: RosterInputs): DutyRosters {
  const { staff, settings, calendar } = inputs;
  const isFree = freeTest(staff, inputs.leave);
  const { prior, nights: nightHistory } = historyBefore(inputs.history, staff, month);
  const holiday = rosterHolidays(
    inputs.arrangements,
    staff,
    isFree,
    { leaders: settings.leaders, staff: settings.staff },
    prior,
    calendar,
  );
  const issues: Issue[] = [];
  const onDuty = new Set<string>();
  for (const { arrangement, days } of holiday.holidays) {
    const name = arrangement.names.join("、");
    for (const day of days) {
      for (const person of [...day.leaders, ...day.staff]) onDuty.add(`${person}/${day.date}`);
      const holidayName = day.holiday ?? (name === "" ? T.aHoliday : name);
      if (day.missingLeaders > 0)
        issues.push(
          issue(
            "duty_holiday_vacant",
            "error",
            {},
            {
              date: day.date,
              holiday: holidayName,
              role: T.leaders,
              missing: day.missingLeaders,
            },
          ),
        );
      if (day.missingStaff > 0)
        issues.push(
          issue(
            "duty_holiday_vacant",
            "error",
            {},
            {
              date: day.date,
              holiday: holidayName,
              role: T.staff,
              missing: day.missingStaff,
            },
          ),
        );
      for (const person of day.consecutive)
        issues.push(issue("duty_consecutive", "warning", {}, { name: staff[person]!.name, date: day.date }));
    }
  }
  const engineers = staff.filter((s) => s.night);
  let night: NightRoster | null = null;
  if (engineers.length === 0) {
    issues.push(issue("night_no_engineers", "error", {}, { month }));
  } else {
    night = rosterNights(month, engineers, isFree, settings.gap, nightHistory, calendar, (person, date) =>
      onDuty.has(`${person}/${date}`),
    );
    for (const shift of night.shifts) {
      if (shift.person === null) issues.push(issue("night_vacant", "error", {}, { date: shift.date }));
      else if (shift.short !== null)
        issues.push(
          issue(
            "night_gap_short",
            "warning",
            {},
            {
              date: shift.date,
              name: staff[shift.person]!.name,
              last: shift.short.last,
              nights: shift.short.nights,
              gap: settings.gap,
            },
          ),
        );
    }
  }
  return { month, holiday, night, prior, nightHistory, settings, issues };
}
