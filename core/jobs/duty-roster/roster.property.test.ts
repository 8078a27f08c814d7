import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCalendar } from "../../calendar/workingCalendar";
import { addDays, addMonths, datesOfMonth, toDayNumber, type IsoDate } from "../../values/isoDate";
import { rosterNights } from "./nightShifts";
import { holidaysOf } from "./period";
import type { HistoryDuty, LeaveSpan } from "./records";
import { freeTest, makeRosters } from "./roster";
import { away, member } from "./roster.testkit";

const calendar = createCalendar();
/** Months with holidays of every shape (one day, a week, two names, a make-up day) and months without. */
const MONTHS = [
  "2026-01",
  "2026-02",
  "2026-04",
  "2026-05",
  "2026-06",
  "2026-09",
  "2026-10",
  "2026-11",
  "2023-09",
  "2027-02",
];

const staffArb = fc
  .array(
    fc.record({
      leader: fc.boolean(),
      engineer: fc.boolean(),
      holiday: fc.boolean(),
      night: fc.boolean(),
    }),
    { minLength: 0, maxLength: 12 },
  )
  .map((roles) => roles.map((r, i) => member(i, r)));

/** Leave slips of up to 10 days somewhere in the month or its edges. */
const leaveArb = (size: number) =>
  fc.array(
    fc.record({
      person: fc.nat({ max: Math.max(0, size - 1) }),
      from: fc.integer({ min: -5, max: 40 }),
      days: fc.nat({ max: 9 }),
    }),
    { maxLength: 8 },
  );

const caseArb = staffArb.chain((staff) =>
  fc.record({
    staff: fc.constant(staff),
    month: fc.constantFrom(...MONTHS),
    slips: leaveArb(staff.length),
    leaders: fc.integer({ min: 0, max: 2 }),
    perDay: fc.integer({ min: 0, max: 3 }),
    gap: fc.integer({ min: 1, max: 5 }),
    prior: fc.array(fc.nat({ max: 4 }), { minLength: 12, maxLength: 12 }),
    lastEngineer: fc.option(fc.nat({ max: 11 }), { nil: null }),
  }),
);

type Case = typeof caseArb extends fc.Arbitrary<infer T> ? T : never;

function rosterOf(c: Case) {
  const leave: LeaveSpan[] =
    c.staff.length === 0
      ? []
      : c.slips.map((s) => {
          const start = addDays(`${c.month}-01`, s.from);
          return away(s.person, start, addDays(start, s.days));
        });
  const history: HistoryDuty[] = c.prior.flatMap((n, person) =>
    person < c.staff.length
      ? Array.from({ length: n }, (_, k) => ({
          date: `${c.month.slice(0, 4)}-01-0${k + 1}`,
          kind: "holiday" as const,
          person,
        }))
      : [],
  );
  const last = c.lastEngineer;
  if (last !== null && c.staff[last]?.night === true && c.month.slice(5) !== "01")
    history.push({ date: addDays(`${c.month}-01`, -1), kind: "night", person: last });
  const { arrangements } = holidaysOf(c.month, calendar);
  const settings = { leaders: c.leaders, staff: c.perDay, gap: c.gap };
  const rosters = makeRosters(c.month, { staff: c.staff, leave, history, settings, calendar, arrangements });
  return { rosters, leave, isFree: freeTest(c.staff, leave), arrangements };
}

const spread = (values: readonly number[]) =>
  values.length === 0 ? 0 : Math.max(...values) - Math.min(...values);

describe("the rosters, for any team, leave and settings", () => {
  it("fill every slot or name it in an issue, and roster nobody on leave, twice a day or outside their duties", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { rosters, isFree, arrangements } = rosterOf(c);
        const codes = rosters.issues.map((i) => i.code);
        // holiday duty: each day has its slots filled or its vacancy an error naming the day
        const days = rosters.holiday.holidays.flatMap((h) => h.days);
        expect(days.map((d) => d.date)).toEqual(arrangements.flatMap((a) => a.days));
        for (const day of days) {
          expect(day.leaders.length + day.missingLeaders).toBe(c.leaders);
          expect(day.staff.length + day.missingStaff).toBe(c.perDay);
          const vacant = rosters.issues.filter(
            (i) => i.code === "duty_holiday_vacant" && i.params?.date === day.date,
          );
          expect(vacant.reduce((n, i) => n + Number(i.params?.missing), 0)).toBe(
            day.missingLeaders + day.missingStaff,
          );
          const people = [...day.leaders, ...day.staff];
          expect(new Set(people).size).toBe(people.length);
          for (const p of people) expect(isFree(p, day.date)).toBe(true);
          for (const p of day.leaders) expect(c.staff[p]).toMatchObject({ leader: true, holiday: true });
          for (const p of day.staff) expect(c.staff[p]).toMatchObject({ leader: false, holiday: true });
        }
        // nights: every night of the month filled or an error naming it
        if (rosters.night === null) {
          expect(c.staff.some((s) => s.night)).toBe(false);
          expect(codes).toContain("night_no_engineers");
          return;
        }
        expect(rosters.night.shifts.map((s) => s.date)).toEqual(datesOfMonth(c.month));
        for (const shift of rosters.night.shifts) {
          const vacant = rosters.issues.some(
            (i) => i.code === "night_vacant" && i.params?.date === shift.date,
          );
          expect(shift.person === null).toBe(vacant);
          if (shift.person !== null) {
            expect(isFree(shift.person, shift.date)).toBe(true);
            expect(c.staff[shift.person]?.night).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keep each engineer's night shifts the gap apart, but where a warning names the night", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { rosters } = rosterOf(c);
        const last = new Map<number, IsoDate>();
        if (c.lastEngineer !== null && rosters.nightHistory.lastNight.size > 0)
          for (const [p, d] of rosters.nightHistory.lastNight) last.set(p, d);
        for (const shift of rosters.night?.shifts ?? []) {
          if (shift.person === null) continue;
          const before = last.get(shift.person);
          if (before !== undefined && toDayNumber(shift.date) - toDayNumber(before) < c.gap) {
            expect(shift.short).toEqual({
              last: before,
              nights: toDayNumber(shift.date) - toDayNumber(before),
            });
            expect(
              rosters.issues.some((i) => i.code === "night_gap_short" && i.params?.date === shift.date),
            ).toBe(true);
          } else expect(shift.short).toBeNull();
          last.set(shift.person, shift.date);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("put someone on two holiday days running only when no one else of the group was free, with a warning", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const { rosters, isFree } = rosterOf(c);
        for (const { days } of rosters.holiday.holidays) {
          days.forEach((day, i) => {
            const yesterday = new Set(i === 0 ? [] : [...days[i - 1]!.leaders, ...days[i - 1]!.staff]);
            const today = new Set([...day.leaders, ...day.staff]);
            for (const [group, chosen] of [
              [true, day.leaders],
              [false, day.staff],
            ] as const) {
              for (const p of chosen.filter((x) => yesterday.has(x))) {
                expect(day.consecutive).toContain(p);
                const other = c.staff.some(
                  (s) =>
                    s.holiday &&
                    s.leader === group &&
                    !today.has(s.index) &&
                    !yesterday.has(s.index) &&
                    isFree(s.index, day.date),
                );
                expect(other).toBe(false);
                expect(
                  rosters.issues.some(
                    (x) =>
                      x.code === "duty_consecutive" &&
                      x.params?.date === day.date &&
                      x.params?.name === `P${p}`,
                  ),
                ).toBe(true);
              }
            }
          });
        }
      }),
      { numRuns: 300 },
    );
  });

  it("keep holiday duty counts of the year within one of each other where everyone is free and they started so", () => {
    fc.assert(
      fc.property(caseArb, fc.nat({ max: 1 }), (c, base) => {
        const level = { ...c, slips: [], prior: c.prior.map((n) => base + (n % 2)) };
        const { rosters } = rosterOf(level);
        for (const leader of [true, false]) {
          const pool = c.staff.filter((s) => s.holiday && s.leader === leader);
          expect(spread(pool.map((s) => rosters.holiday.yearCounts.get(s.index) ?? 0))).toBeLessThanOrEqual(
            1,
          );
        }
      }),
      { numRuns: 300 },
    );
  });

  it("give engineers who are always free nights within one of each other, weekend and holiday nights too when the gap leaves room", () => {
    fc.assert(
      fc.property(caseArb, (c) => {
        const free = { ...c, slips: [] };
        const { rosters } = rosterOf(free);
        const engineers = c.staff.filter((s) => s.night).length;
        if (rosters.night === null || engineers < c.gap) return;
        expect(spread(rosters.night.counts.map((n) => n.nights))).toBeLessThanOrEqual(1);
        // room to even them out: two engineers more than the gap, as with the default 3 nights and 5 engineers
        if (engineers >= c.gap + 2 && c.gap <= 4)
          expect(spread(rosters.night.counts.map((n) => n.weekend + n.holiday))).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it("with a team of engineers two more than the gap, give them weekend and holiday nights within one, any month", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 0, max: 59 }),
        fc.nat({ max: 11 }),
        (gap, more, offset, last) => {
          const month = addMonths("2023-01", offset);
          const engineers = Array.from({ length: gap + more }, (_, i) => member(i, { engineer: true }));
          const history = {
            last: last < engineers.length ? last : null,
            lastNight: new Map<number, IsoDate>(),
          };
          const roster = rosterNights(month, engineers, freeTest(engineers, []), gap, history, calendar);
          expect(roster.shifts.every((shift) => shift.person !== null && shift.short === null)).toBe(true);
          expect(spread(roster.counts.map((n) => n.nights))).toBeLessThanOrEqual(1);
          expect(spread(roster.counts.map((n) => n.weekend + n.holiday))).toBeLessThanOrEqual(1);
        },
      ),
      { numRuns: 300 },
    );
  });
});
