import { describe, expect, it } from "vitest";
import { createCalendar } from "../../calendar/workingCalendar";
import { defaultDutyRosterMonth, holidaysOf, nightRosterDueDate } from "./period";

const calendar = createCalendar();

describe("the holidays a month's holiday duty roster covers", () => {
  it("National Day 2026: 10-01..07, due the working day before (10-10 is a make-up working day, no duty)", () => {
    const { arrangements, earlier } = holidaysOf("2026-10", calendar);
    expect(arrangements).toEqual([
      {
        names: ["国庆节"],
        first: "2026-10-01",
        last: "2026-10-07",
        days: [
          "2026-10-01",
          "2026-10-02",
          "2026-10-03",
          "2026-10-04",
          "2026-10-05",
          "2026-10-06",
          "2026-10-07",
        ],
        due: "2026-09-30",
      },
    ]);
    expect(earlier).toEqual([]);
  });

  it.each([
    ["2026-11", []],
    // 02-14 is a make-up working Saturday
    ["2026-02", [["春节", "2026-02-15", "2026-02-23", "2026-02-14"]]],
    ["2026-04", [["清明", "2026-04-04", "2026-04-06", "2026-04-03"]]],
    ["2026-05", [["劳动节", "2026-05-01", "2026-05-05", "2026-04-30"]]],
    ["2026-09", [["中秋", "2026-09-25", "2026-09-27", "2026-09-24"]]],
    // 中秋 and 国庆节 of 2023 run together: one holiday of both names, one roster, due before its first day
    ["2023-09", [["中秋、国庆节", "2023-09-29", "2023-10-06", "2023-09-28"]]],
    // 2027 has no published arrangement yet: the law's 元旦 alone
    ["2027-01", [["元旦", "2027-01-01", "2027-01-01", "2026-12-31"]]],
  ])("%s: %j (name, first, last, due)", (month, expected) => {
    const { arrangements } = holidaysOf(month, calendar);
    expect(arrangements.map((a) => [a.names.join("、"), a.first, a.last, a.due])).toEqual(expected);
  });

  it("leaves a holiday begun the month before to that month's roster, and rosters one running into the next whole", () => {
    expect(holidaysOf("2023-10", calendar)).toMatchObject({
      arrangements: [],
      earlier: [{ first: "2023-09-29" }],
    });
    const custom = createCalendar([
      { date: "2026-11-30", kind: "holiday", name: "公司周年庆" },
      { date: "2026-12-01", kind: "holiday", name: "公司周年庆" },
    ]);
    expect(holidaysOf("2026-11", custom).arrangements.map((a) => [a.first, a.last, a.days.length])).toEqual([
      ["2026-11-30", "2026-12-01", 2],
    ]);
    expect(holidaysOf("2026-12", custom)).toMatchObject({
      arrangements: [],
      earlier: [{ last: "2026-12-01" }],
    });
  });
});

describe("due dates and the default month", () => {
  it.each([
    ["2026-10", "2026-09-30"],
    ["2026-11", "2026-10-30"],
    // 2026-05-30 is a Saturday: the Friday before
    ["2026-06", "2026-05-29"],
    // February has no 30th: its last day, 2026-02-28 a make-up working Saturday
    ["2026-03", "2026-02-28"],
  ])("the night roster of %s is due %s", (month, due) => {
    expect(nightRosterDueDate(month, calendar)).toBe(due);
  });

  it.each([
    ["2026-11-20", "2026-12"],
    ["2026-12-31", "2027-01"],
  ])("made on %s, the roster is for %s", (today, month) => {
    expect(defaultDutyRosterMonth(today)).toBe(month);
  });
});
