import type { IsoDate, YearMonth } from "../../values/isoDate";
import type { RestKind } from "./nightShifts";
import type { DutySettings } from "./readSettings";
import type { HolidayArrangement } from "./period";
import type { StaffMember } from "./records";
import type { DutyRosters } from "./roster";

/** One slot of a roster: a day's duty leader or staff member, or a night's engineer; `name` null when vacant. */
export interface DutySlot {
  date: IsoDate;
  duty: "holiday-leader" | "holiday-staff" | "night";
  /** The day's holiday name (holiday duty, and a night that falls on a holiday). */
  holiday: string | null;
  /** A night's kind: a weekend or holiday night, or null (holiday duty slots: null). */
  rest: RestKind;
  name: string | null;
  phone: string | null;
}

/** The duty roster's report: the contract other tools read (`--json`). */
export interface DutyRosterReport {
  job: "duty-roster";
  month: YearMonth;
  settings: DutySettings;
  staff: { listed: number; leaders: number; holidayStaff: number; engineers: number };
  /** The holidays beginning in the month, rostered whole, each with its hand-in date. */
  holidays: { name: string; first: IsoDate; last: IsoDate; days: number; due: IsoDate }[];
  /** Holidays begun the month before that reach into this one (rostered with that month). */
  earlierHolidays: { name: string; first: IsoDate; last: IsoDate }[];
  /** Every slot of both rosters, holiday duty first (day by day, leaders then staff), then the nights. */
  slots: DutySlot[];
  /** Each person who takes holiday duty: days in this roster, and this year so far including it. */
  holidayCounts: { name: string; role: "leader" | "staff"; days: number; year: number }[];
  /** The night roster's hand-in date, where the rotation stood before the month, and each engineer's nights. */
  nights: {
    due: IsoDate;
    previous: { date: IsoDate; name: string } | null;
    counts: { name: string; nights: number; weekend: number; holiday: number }[];
  } | null;
  vacant: { holiday: number; night: number };
}

/** The name a holiday is known by: its names over its days (`中秋、国庆节`), or `fallback` when the calendar gives none. */
export function holidayName(arrangement: HolidayArrangement, fallback: string): string {
  return arrangement.names.length === 0 ? fallback : arrangement.names.join("、");
}

/** Builds the JSON report from the rosters. */
export function buildDutyRosterReport(
  rosters: DutyRosters,
  staff: readonly StaffMember[],
  earlier: readonly HolidayArrangement[],
  nightDue: IsoDate,
): DutyRosterReport {
  const person = (index: number) => staff[index]!;
  const slots: DutySlot[] = [];
  let holidayVacant = 0;
  for (const { days } of rosters.holiday.holidays) {
    for (const day of days) {
      const add = (duty: DutySlot["duty"], chosen: readonly number[], missing: number) => {
        for (const index of chosen)
          slots.push({
            date: day.date,
            duty,
            holiday: day.holiday,
            rest: null,
            name: person(index).name,
            phone: person(index).phone,
          });
        for (let i = 0; i < missing; i++)
          slots.push({ date: day.date, duty, holiday: day.holiday, rest: null, name: null, phone: null });
      };
      add("holiday-leader", day.leaders, day.missingLeaders);
      add("holiday-staff", day.staff, day.missingStaff);
      holidayVacant += day.missingLeaders + day.missingStaff;
    }
  }
  const night = rosters.night;
  for (const shift of night?.shifts ?? []) {
    const p = shift.person === null ? null : person(shift.person);
    slots.push({
      date: shift.date,
      duty: "night",
      holiday: shift.holiday,
      rest: shift.rest,
      name: p?.name ?? null,
      phone: p?.phone ?? null,
    });
  }
  const last = rosters.nightHistory.last;
  const lastDate = last === null ? undefined : rosters.nightHistory.lastNight.get(last);
  return {
    job: "duty-roster",
    month: rosters.month,
    settings: rosters.settings,
    staff: {
      listed: staff.length,
      leaders: staff.filter((s) => s.holiday && s.leader).length,
      holidayStaff: staff.filter((s) => s.holiday && !s.leader).length,
      engineers: staff.filter((s) => s.night).length,
    },
    holidays: rosters.holiday.holidays.map(({ arrangement: a }) => ({
      name: holidayName(a, "节假日"),
      first: a.first,
      last: a.last,
      days: a.days.length,
      due: a.due,
    })),
    earlierHolidays: earlier.map((a) => ({ name: holidayName(a, "节假日"), first: a.first, last: a.last })),
    slots,
    holidayCounts: staff
      .filter((s) => s.holiday)
      .map((s) => ({
        name: s.name,
        role: s.leader ? "leader" : "staff",
        days: rosters.holiday.counts.get(s.index) ?? 0,
        year: rosters.holiday.yearCounts.get(s.index) ?? 0,
      })),
    nights:
      night === null
        ? null
        : {
            due: nightDue,
            previous:
              last === null || lastDate === undefined ? null : { date: lastDate, name: person(last).name },
            counts: night.counts.map((c) => ({
              name: person(c.person).name,
              nights: c.nights,
              weekend: c.weekend,
              holiday: c.holiday,
            })),
          },
    vacant: {
      holiday: holidayVacant,
      night: night === null ? 0 : night.shifts.filter((s) => s.person === null).length,
    },
  };
}
