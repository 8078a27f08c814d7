import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { datesOfMonth, toDayNumber, type IsoDate, type YearMonth } from "../../values/isoDate";
import { less, type IsFree } from "./holidayDuty";
import type { StaffMember } from "./records";

/** What kind of night a night is: a weekend night, a holiday night (a day off of a holiday), or neither. */
export type RestKind = "weekend" | "holiday" | null;

/** One night of the engineering night roster. */
export interface NightShift {
  date: IsoDate;
  rest: RestKind;
  /** The holiday's name on a holiday night. */
  holiday: string | null;
  /** Staff-list index of the engineer on duty; null when no engineer was free. */
  person: number | null;
  /** Set when the engineer's last night shift was fewer nights ago than the settings ask (no one else was free). */
  short: { last: IsoDate; nights: number } | null;
}

/** Where last month's roster left the rotation: the last engineer on duty and each engineer's last night shift. */
export interface NightHistory {
  /** Staff-list index of the engineer on the latest night before the month, or null. */
  last: number | null;
  /** Each engineer's latest night shift before the month. */
  lastNight: ReadonlyMap<number, IsoDate>;
}

/** Night shifts per engineer over the month. */
export interface NightCount {
  person: number;
  nights: number;
  weekend: number;
  holiday: number;
}

/** A month's night roster. */
export interface NightRoster {
  shifts: NightShift[];
  counts: NightCount[];
}

/** The kind of a night: a holiday day off, a weekend day, or a working day (a make-up Saturday is a working day). */
export function restKindOf(calendar: WorkingCalendar, date: IsoDate): RestKind {
  const kind = calendar.dayKind(date);
  if (kind === "statutory" || kind === "holiday") return "holiday";
  return kind === "weekend" ? "weekend" : null;
}

/**
 * Rosters one engineer a night for every night of the month by rotation in staff-list order, carried on from
 * the engineer after the last one on duty before the month. Each night goes to the free engineer (employed, not
 * on leave) whose last night shift was at least `gap` nights before, choosing (1) the fewest nights this month,
 * (2) on a weekend or holiday night the fewest such nights, on any other night the most, (3) one not on holiday day
 * duty that day, (4) the next in the rotation; a final pass evens out the weekend and holiday nights by swaps. So with everyone free it is the plain rotation, and an
 * engineer back from leave catches up without ever coming round sooner than `gap` nights. When every free
 * engineer was on duty fewer than `gap` nights before, the one rested longest goes (marked `short`); when none is
 * free the night stays empty.
 */
export function rosterNights(
  month: YearMonth,
  engineers: readonly StaffMember[],
  isFree: IsFree,
  gap: number,
  history: NightHistory,
  calendar: WorkingCalendar,
  onDayDuty: (person: number, date: IsoDate) => boolean = () => false,
): NightRoster {
  const n = engineers.length;
  const position = new Map(engineers.map((e, i) => [e.index, i]));
  let pointer = history.last === null ? -1 : (position.get(history.last) ?? -1);
  const lastNight = new Map(history.lastNight);
  const counts = new Map<number, NightCount>(
    engineers.map((e) => [e.index, { person: e.index, nights: 0, weekend: 0, holiday: 0 }]),
  );
  const shifts: NightShift[] = [];
  for (const date of datesOfMonth(month)) {
    const rest = restKindOf(calendar, date);
    const holiday = rest === "holiday" ? (calendar.holidayName(date) ?? null) : null;
    const day = toDayNumber(date);
    const since = (person: number): number => {
      const last = lastNight.get(person);
      return last === undefined ? Number.POSITIVE_INFINITY : day - toDayNumber(last);
    };
    const free = engineers.filter((e) => isFree(e.index, date));
    const rested = free.filter((e) => since(e.index) >= gap);
    const pool = rested.length > 0 ? rested : free;
    let best: StaffMember | undefined;
    let bestKey: readonly number[] = [];
    for (const engineer of pool) {
      const count = counts.get(engineer.index)!;
      const distance = (((position.get(engineer.index)! - pointer - 1) % n) + n) % n;
      const key = [
        rested.length > 0 ? 0 : -Math.min(since(engineer.index), 1e9),
        // the fewest nights; then a weekend or holiday night to the fewest such nights, any other night to one
        // who has had more of them
        count.nights,
        rest === null ? -(count.weekend + count.holiday) : count.weekend + count.holiday,
        onDayDuty(engineer.index, date) ? 1 : 0,
        distance,
      ];
      if (best === undefined || less(key, bestKey)) {
        best = engineer;
        bestKey = key;
      }
    }
    if (best === undefined) {
      shifts.push({ date, rest, holiday, person: null, short: null });
      continue;
    }
    const previous = lastNight.get(best.index);
    const short =
      rested.length === 0 && previous !== undefined ? { last: previous, nights: since(best.index) } : null;
    shifts.push({ date, rest, holiday, person: best.index, short });
    const count = counts.get(best.index)!;
    count.nights++;
    if (rest === "weekend") count.weekend++;
    if (rest === "holiday") count.holiday++;
    lastNight.set(best.index, date);
    pointer = position.get(best.index)!;
  }
  balanceRestNights(shifts, counts, history.lastNight, gap, isFree, onDayDuty);
  markShortRests(shifts, history.lastNight, gap);
  return { shifts, counts: engineers.map((e) => counts.get(e.index)!) };
}

/**
 * Marks each night whose engineer was on duty fewer than `gap` nights before, with that night, as the shifts finally
 * stand (a swap may have moved the earlier night away, which only lengthens the rest).
 */
function markShortRests(shifts: NightShift[], before: ReadonlyMap<number, IsoDate>, gap: number): void {
  const last = new Map(before);
  for (const shift of shifts) {
    if (shift.person === null) continue;
    const previous = last.get(shift.person);
    const nights = previous === undefined ? Infinity : toDayNumber(shift.date) - toDayNumber(previous);
    shift.short = previous !== undefined && nights < gap ? { last: previous, nights } : null;
    last.set(shift.person, shift.date);
  }
}

/**
 * Evens out the weekend and holiday nights the rotation left uneven: while one engineer has two or more such nights
 * than another, a weekend or holiday night of the first is swapped with an ordinary night of the second, when both
 * are free on the other's night and the swap keeps every night shift of both at least `gap` nights apart (and puts
 * nobody on a night after holiday day duty they were spared). Each swap keeps the night counts and lowers the spread,
 * so it ends; earliest nights first, so it is deterministic.
 */
function balanceRestNights(
  shifts: NightShift[],
  counts: Map<number, NightCount>,
  before: ReadonlyMap<number, IsoDate>,
  gap: number,
  isFree: IsFree,
  onDayDuty: (person: number, date: IsoDate) => boolean,
): void {
  const restOf = (person: number) => {
    const c = counts.get(person)!;
    return c.weekend + c.holiday;
  };
  const spaced = (person: number, without: number, add: number): boolean => {
    const days = shifts
      .map((s, i) => (s.person === person && i !== without ? toDayNumber(s.date) : null))
      .filter((d): d is number => d !== null);
    const last = before.get(person);
    if (last !== undefined) days.push(toDayNumber(last));
    const at = toDayNumber(shifts[add]!.date);
    return days.every((d) => Math.abs(d - at) >= gap);
  };
  for (let round = 0; round < shifts.length * shifts.length; round++) {
    let swapped = false;
    for (let i = 0; i < shifts.length && !swapped; i++) {
      const a = shifts[i]!;
      if (a.rest === null || a.person === null || a.short !== null) continue;
      for (let j = 0; j < shifts.length && !swapped; j++) {
        const b = shifts[j]!;
        if (b.rest !== null || b.person === null || b.short !== null || b.person === a.person) continue;
        const p: number = a.person;
        const q: number = b.person;
        if (restOf(p) - restOf(q) < 2) continue;
        if (!isFree(q, a.date) || !isFree(p, b.date)) continue;
        if (onDayDuty(q, a.date) || onDayDuty(p, b.date)) continue;
        if (!spaced(q, j, i) || !spaced(p, i, j)) continue;
        a.person = q;
        b.person = p;
        const cp = counts.get(p)!;
        const cq = counts.get(q)!;
        if (a.rest === "weekend") [cp.weekend, cq.weekend] = [cp.weekend - 1, cq.weekend + 1];
        else [cp.holiday, cq.holiday] = [cp.holiday - 1, cq.holiday + 1];
        swapped = true;
      }
    }
    if (!swapped) return;
  }
}
