import { describe, expect, it } from "vitest";
import { createCalendar } from "../../calendar/workingCalendar";
import { restKindOf, rosterNights } from "./nightShifts";
import { freeTest } from "./roster";
import { away, member } from "./roster.testkit";

const calendar = createCalendar();
const engineers = (n: number) => Array.from({ length: n }, (_, i) => member(i, { engineer: true }));
const none = { last: null, lastNight: new Map<number, string>() };
const names = (roster: ReturnType<typeof rosterNights>) =>
  roster.shifts.map((s) => (s.person === null ? "-" : String(s.person))).join("");

describe("engineering night shifts", () => {
  it("go round in list order, one a night, from the first engineer when no earlier roster is found", () => {
    const staff = engineers(5);
    const roster = rosterNights("2026-11", staff, freeTest(staff, []), 3, none, calendar);
    expect(names(roster).slice(0, 10)).toBe("0123401234");
    expect(roster.counts.map((c) => c.nights)).toEqual([6, 6, 6, 6, 6]);
  });

  it("carry on from the engineer after the last one on duty last month, each at least 3 nights after the last", () => {
    const staff = engineers(4);
    const history = {
      last: 2,
      lastNight: new Map([
        [1, "2026-11-28"],
        [2, "2026-11-30"],
        [3, "2026-11-27"],
      ]),
    };
    const roster = rosterNights("2026-12", staff, freeTest(staff, []), 3, history, calendar);
    // 3 (rested), then 0, then 1 (rested from 11-28 by 12-03), then 2 ...
    expect(names(roster).slice(0, 8)).toBe("30123012");
  });

  it("skip an engineer on leave, who catches up after without coming round sooner than the gap allows", () => {
    const staff = engineers(4);
    const leave = [away(1, "2026-11-02", "2026-11-08")];
    const roster = rosterNights("2026-11", staff, freeTest(staff, leave), 2, none, calendar);
    expect(roster.shifts.slice(1, 8).every((s) => s.person !== 1)).toBe(true);
    const ones = roster.shifts.flatMap((s, i) => (s.person === 1 ? [i + 1] : []));
    for (let i = 1; i < ones.length; i++) expect(ones[i]! - ones[i - 1]!).toBeGreaterThanOrEqual(2);
    const counts = roster.counts.map((c) => c.nights);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(2);
  });

  it("leave a night empty when every engineer is away, and send the longest rested when none is rested enough", () => {
    const staff = engineers(2);
    const leave = [away(0, "2026-11-10"), away(1, "2026-11-10")];
    const roster = rosterNights("2026-11", staff, freeTest(staff, leave), 3, none, calendar);
    expect(roster.shifts[9]).toMatchObject({ date: "2026-11-10", person: null });
    expect(roster.shifts[0]!.short).toBeNull();
    expect(roster.shifts[2]).toMatchObject({ date: "2026-11-03", short: { last: "2026-11-01", nights: 2 } });
  });

  it("spare an engineer on holiday day duty that night when another is rested", () => {
    const staff = engineers(5);
    const roster = rosterNights(
      "2026-10",
      staff,
      freeTest(staff, []),
      3,
      none,
      calendar,
      (p, d) => p === 0 && d === "2026-10-01",
    );
    expect(roster.shifts[0]!.person).toBe(1);
  });

  it("spread weekend and holiday nights evenly: October 2026 has 13 of them for 5 engineers", () => {
    const staff = engineers(5);
    const roster = rosterNights("2026-10", staff, freeTest(staff, []), 3, none, calendar);
    const rest = roster.counts.map((c) => c.weekend + c.holiday);
    expect(rest.reduce((a, b) => a + b, 0)).toBe(13);
    expect(Math.max(...rest) - Math.min(...rest)).toBeLessThanOrEqual(1);
  });

  it.each([
    ["2026-10-01", "holiday"],
    ["2026-10-10", null],
    ["2026-10-11", "weekend"],
    ["2026-10-12", null],
  ] as const)("the night of %s is a %s night", (date, kind) => {
    expect(restKindOf(calendar, date)).toBe(kind);
  });
});
