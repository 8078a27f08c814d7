import { describe, expect, it } from "vitest";
import { createCalendar } from "../../calendar/workingCalendar";
import { rosterHolidays } from "./holidayDuty";
import { holidaysOf } from "./period";
import { freeTest } from "./roster";
import { away, member } from "./roster.testkit";

const calendar = createCalendar();
const national = holidaysOf("2026-10", calendar).arrangements;
const labour = holidaysOf("2026-05", calendar).arrangements; // 05-01..05

/** The names of each day's duty leaders and staff: `P0/P3`, one entry a day. */
function days(roster: ReturnType<typeof rosterHolidays>): string[] {
  return roster.holidays.flatMap((h) =>
    h.days.map(
      (d) =>
        `${d.leaders.map((i) => `P${i}`).join("+") || "-"}/${d.staff.map((i) => `P${i}`).join("+") || "-"}`,
    ),
  );
}

describe("holiday duty, slot by slot", () => {
  it("takes turns by list order when everyone is free and starts level", () => {
    const staff = [member(0, { leader: true }), member(1, { leader: true }), member(2), member(3), member(4)];
    const roster = rosterHolidays(
      labour,
      staff,
      freeTest(staff, []),
      { leaders: 1, staff: 1 },
      new Map(),
      calendar,
    );
    expect(days(roster)).toEqual(["P0/P2", "P1/P3", "P0/P4", "P1/P2", "P0/P3"]);
    expect([...roster.counts]).toEqual([
      [0, 3],
      [2, 2],
      [1, 2],
      [3, 2],
      [4, 1],
    ]);
  });

  it("gives the slot to the fewest duties of the year first, ties by list order", () => {
    const staff = [member(0, { leader: true }), member(1, { leader: true }), member(2), member(3)];
    const prior = new Map([
      [0, 2],
      [2, 1],
    ]);
    const roster = rosterHolidays(
      labour,
      staff,
      freeTest(staff, []),
      { leaders: 1, staff: 1 },
      prior,
      calendar,
    );
    // P1 catches up with P0 (0 vs 2) without two days running; P3 with P2
    expect(days(roster)).toEqual(["P1/P3", "P0/P2", "P1/P3", "P0/P2", "P1/P3"]);
    expect(roster.yearCounts.get(0)).toBe(4);
    expect(roster.yearCounts.get(1)).toBe(3);
  });

  it("puts nobody on two days running while another is free, even one with more duties", () => {
    const staff = [member(0, { leader: true }), member(1, { leader: true }), member(2)];
    const prior = new Map([[1, 5]]);
    const roster = rosterHolidays(
      labour,
      staff,
      freeTest(staff, []),
      { leaders: 1, staff: 0 },
      prior,
      calendar,
    );
    expect(days(roster)).toEqual(["P0/-", "P1/-", "P0/-", "P1/-", "P0/-"]);
    expect(roster.holidays[0]!.days.every((d) => d.consecutive.length === 0)).toBe(true);
  });

  it("rosters the only one free on two days running, and says so", () => {
    const staff = [member(0, { leader: true }), member(1, { leader: true }), member(2)];
    const leave = [away(1, "2026-05-01", "2026-05-05")];
    const roster = rosterHolidays(
      labour,
      staff,
      freeTest(staff, leave),
      { leaders: 1, staff: 1 },
      new Map(),
      calendar,
    );
    expect(days(roster)).toEqual(["P0/P2", "P0/P2", "P0/P2", "P0/P2", "P0/P2"]);
    expect(roster.holidays[0]!.days.map((d) => d.consecutive)).toEqual([[], [0, 2], [0, 2], [0, 2], [0, 2]]);
  });

  it("leaves a slot empty when everyone of its group is away or on duty that day", () => {
    const staff = [member(0, { leader: true }), member(1), member(2)];
    const leave = [away(0, "2026-10-03"), away(1, "2026-10-01", "2026-10-07")];
    const roster = rosterHolidays(
      national,
      staff,
      freeTest(staff, leave),
      { leaders: 1, staff: 2 },
      new Map(),
      calendar,
    );
    const day3 = roster.holidays[0]!.days[2]!;
    expect(day3).toMatchObject({
      date: "2026-10-03",
      leaders: [],
      missingLeaders: 1,
      staff: [2],
      missingStaff: 1,
    });
    expect(roster.holidays[0]!.days.every((d) => d.missingStaff === 1)).toBe(true);
  });

  it("never rosters someone before their hire date or after their leaving date", () => {
    const staff = [
      { ...member(0, { leader: true }), left: "2026-10-02" },
      { ...member(1, { leader: true }), hired: "2026-10-04" },
    ];
    const roster = rosterHolidays(
      national,
      staff,
      freeTest(staff, []),
      { leaders: 1, staff: 0 },
      new Map(),
      calendar,
    );
    expect(roster.holidays[0]!.days.map((d) => d.leaders[0] ?? null)).toEqual([0, 0, null, 1, 1, 1, 1]);
  });

  it("takes holiday duty only from those whose 可值班 allows it", () => {
    const staff = [
      member(0, { leader: true, holiday: false }),
      member(1, { leader: true }),
      member(2, { holiday: false }),
    ];
    const roster = rosterHolidays(
      labour,
      staff,
      freeTest(staff, []),
      { leaders: 1, staff: 1 },
      new Map(),
      calendar,
    );
    expect(days(roster)).toEqual(["P1/-", "P1/-", "P1/-", "P1/-", "P1/-"]);
    expect(roster.holidays[0]!.days.every((d) => d.missingStaff === 1)).toBe(true);
  });
});
