import type { WorkingCalendar } from "../../calendar/workingCalendar";
import type { IsoDate } from "../../values/isoDate";
import type { HolidayArrangement } from "./period";
import type { StaffMember } from "./records";

/** How many people each holiday day needs: duty leaders (值班领导) and staff (值班人员). */
export interface HolidayNeeds {
  leaders: number;
  staff: number;
}

/** Whether a person can be on duty on a day: employed then and not on leave. */
export type IsFree = (person: number, date: IsoDate) => boolean;

/** The two pools of holiday duty. */
export type HolidayRole = "leader" | "staff";

/** One day of holiday duty as rostered. */
export interface HolidayDay {
  date: IsoDate;
  /** The day's own holiday name (国庆节), when the calendar gives one. */
  holiday: string | null;
  /** Staff-list indices of the duty leaders, then of the staff, in the order they were chosen. */
  leaders: number[];
  staff: number[];
  /** Slots no one could fill (everyone of the pool on leave, or on duty already that day). */
  missingLeaders: number;
  missingStaff: number;
  /** People on duty the day before too, because no one else of their pool was free. */
  consecutive: number[];
}

/** One holiday arrangement with its days rostered. */
export interface RosteredHoliday {
  arrangement: HolidayArrangement;
  days: HolidayDay[];
}

/** The holiday duty of a month: each arrangement's days, and the duty days per person. */
export interface HolidayRoster {
  holidays: RosteredHoliday[];
  /** Holiday duty days per staff-list index in this roster. */
  counts: Map<number, number>;
  /** The same plus the earlier duties of the year (the `prior` counts): what fairness is judged on. */
  yearCounts: Map<number, number>;
}

/**
 * Rosters the holiday duty of the arrangements given, day by day and slot by slot, leaders from the leader pool
 * (值班类别 领导, or a 经理/主管/主任/负责人 position) and staff from everyone else who takes holiday duty. Each slot
 * goes to the free person of its pool, not yet on duty that day, who (1) was not on duty the day before, unless
 * everyone free was, (2) has the fewest holiday duty days this year so far (`prior` plus this roster), (3) comes
 * first in the staff list. So nobody is on two days running while someone else is free, and with everyone free on
 * every day counts never differ by more than one where they did not before. A slot no one can fill stays empty.
 */
export function rosterHolidays(
  arrangements: readonly HolidayArrangement[],
  staff: readonly StaffMember[],
  isFree: IsFree,
  needs: HolidayNeeds,
  prior: ReadonlyMap<number, number>,
  calendar: WorkingCalendar,
): HolidayRoster {
  const pools: Record<HolidayRole, StaffMember[]> = {
    leader: staff.filter((s) => s.holiday && s.leader),
    staff: staff.filter((s) => s.holiday && !s.leader),
  };
  const counts = new Map<number, number>();
  const yearCounts = new Map<number, number>(prior);
  const holidays: RosteredHoliday[] = [];
  for (const arrangement of arrangements) {
    const days: HolidayDay[] = [];
    let yesterday = new Set<number>();
    for (const date of arrangement.days) {
      const today = new Set<number>();
      const consecutive: number[] = [];
      const fill = (role: HolidayRole, need: number): { chosen: number[]; missing: number } => {
        const chosen: number[] = [];
        for (let slot = 0; slot < need; slot++) {
          let best: StaffMember | undefined;
          let bestKey: readonly number[] = [];
          for (const person of pools[role]) {
            if (today.has(person.index) || !isFree(person.index, date)) continue;
            const key = [
              yesterday.has(person.index) ? 1 : 0,
              yearCounts.get(person.index) ?? 0,
              person.index,
            ];
            if (best === undefined || less(key, bestKey)) {
              best = person;
              bestKey = key;
            }
          }
          if (best === undefined) return { chosen, missing: need - slot };
          chosen.push(best.index);
          today.add(best.index);
          if (yesterday.has(best.index)) consecutive.push(best.index);
          counts.set(best.index, (counts.get(best.index) ?? 0) + 1);
          yearCounts.set(best.index, (yearCounts.get(best.index) ?? 0) + 1);
        }
        return { chosen, missing: 0 };
      };
      const leaders = fill("leader", needs.leaders);
      const others = fill("staff", needs.staff);
      days.push({
        date,
        holiday: calendar.holidayName(date) ?? null,
        leaders: leaders.chosen,
        staff: others.chosen,
        missingLeaders: leaders.missing,
        missingStaff: others.missing,
        consecutive,
      });
      yesterday = today;
    }
    holidays.push({ arrangement, days });
  }
  return { holidays, counts, yearCounts };
}

/** Lexicographic order of two keys of the same length. */
export function less(a: readonly number[], b: readonly number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? 0;
    const y = b[i] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
}
