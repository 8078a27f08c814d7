import { describe, expect, it } from "vitest";
import fc from "fast-check";
import chineseDays from "chinese-days";
import { addDays, fromDayNumber, toDayNumber, weekday } from "../values/isoDate";
import type { IsoDate } from "../values/isoDate";
import { createCalendar } from "./workingCalendar";
import type { DayKind, DayOverride, WorkingCalendar } from "./workingCalendar";

const cal = createCalendar();

const HOLIDAYS_2026 = [
  ...["01", "02", "03"].map((d) => `2026-01-${d}`),
  ...["15", "16", "17", "18", "19", "20", "21", "22", "23"].map((d) => `2026-02-${d}`),
  ...["04", "05", "06"].map((d) => `2026-04-${d}`),
  ...["01", "02", "03", "04", "05"].map((d) => `2026-05-${d}`),
  ...["19", "20", "21"].map((d) => `2026-06-${d}`),
  ...["25", "26", "27"].map((d) => `2026-09-${d}`),
  ...["01", "02", "03", "04", "05", "06", "07"].map((d) => `2026-10-${d}`),
];

// 01-04 Sun, 02-14 Sat, 02-28 Sat, 05-09 Sat, 09-20 Sun, 10-10 Sat.
const MAKEUP_WORKDAYS_2026 = [
  "2026-01-04",
  "2026-02-14",
  "2026-02-28",
  "2026-05-09",
  "2026-09-20",
  "2026-10-10",
];

/** The days the law names in 2026 (元旦 1, 春节 4, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3). */
const STATUTORY_2026 = [
  "2026-01-01",
  ...["16", "17", "18", "19"].map((d) => `2026-02-${d}`),
  "2026-04-05",
  "2026-05-01",
  "2026-05-02",
  "2026-06-19",
  "2026-09-25",
  ...["01", "02", "03"].map((d) => `2026-10-${d}`),
];

describe("isWorkingDay and dayKind on the 2026 arrangement", () => {
  it.each(HOLIDAYS_2026)("%s is a day off, not a working day", (date) => {
    expect(cal.isWorkingDay(date)).toBe(false);
  });

  it.each(HOLIDAYS_2026.map((date) => [date, STATUTORY_2026.includes(date) ? "statutory" : "holiday"]))(
    "%s is a %s day off",
    (date, kind) => {
      expect(cal.dayKind(date)).toBe(kind);
      expect(cal.isStatutory(date)).toBe(kind === "statutory");
    },
  );

  it("lists the 13 statutory days of 2026, all of them days off of the arrangement", () => {
    expect(STATUTORY_2026).toHaveLength(13);
    expect(STATUTORY_2026.every((date) => HOLIDAYS_2026.includes(date))).toBe(true);
  });

  it.each(MAKEUP_WORKDAYS_2026)("%s is a weekend day declared working", (date) => {
    expect([0, 6]).toContain(weekday(date));
    expect(cal.isWorkingDay(date)).toBe(true);
    expect(cal.dayKind(date)).toBe("makeup_workday");
  });

  it("classes ordinary days", () => {
    expect(cal.dayKind("2026-10-08")).toBe("workday"); // Thursday after National Day
    expect(cal.dayKind("2026-10-17")).toBe("weekend"); // Saturday
    expect(cal.dayKind("2026-10-18")).toBe("weekend"); // Sunday
    expect(cal.isWorkingDay("2026-10-17")).toBe(false);
    expect(["2026-10-08", "2026-10-10", "2026-10-17"].map((d) => cal.isStatutory(d))).toEqual([
      false,
      false,
      false,
    ]);
  });

  it("makes an unlisted weekend day the law names a statutory day off (Saturday 2012-06-23, 端午)", () => {
    expect(cal.dayKind("2012-06-23")).toBe("statutory");
    expect(cal.holidayName("2012-06-23")).toBe("端午");
    expect(cal.isWorkingDay("2012-06-23")).toBe(false);
  });

  it("names holidays in Chinese, and nothing else", () => {
    expect(cal.holidayName("2026-10-01")).toBe("国庆节");
    expect(cal.holidayName("2026-10-05")).toBe("国庆节"); // a rest day of the arrangement
    expect(cal.holidayName("2026-02-17")).toBe("春节");
    expect(cal.holidayName("2026-10-10")).toBeUndefined(); // make-up Saturday
    expect(cal.holidayName("2026-10-17")).toBeUndefined(); // plain Saturday
    expect(cal.holidayName("2026-10-08")).toBeUndefined(); // plain Thursday
  });

  it("agrees with chinese-days' own isWorkday on every day it covers (2004-2026)", () => {
    const mismatches: string[] = [];
    for (let day = toDayNumber("2004-01-01"); day <= toDayNumber("2026-12-31"); day++) {
      const date = fromDayNumber(day);
      if (cal.isWorkingDay(date) !== chineseDays.isWorkday(date)) mismatches.push(date);
    }
    expect(mismatches).toEqual([]);
  });

  it("rejects a malformed date instead of guessing", () => {
    expect(() => cal.isWorkingDay("2026-1-5")).toThrow(RangeError);
    expect(() => cal.deadline("2026-02-30")).toThrow(RangeError);
    expect(() => cal.workingDaysIn("2026-13")).toThrow(RangeError);
  });
});

describe("workingDaysIn", () => {
  it("October 2026 has 18 working days", () => {
    // Oct 1 is a Thursday: 22 weekdays (Thu 1, Fri 2, then four full Mon-Fri weeks);
    // minus the 5 weekday holidays 1, 2, 5, 6, 7 (3 and 4 fall on the weekend) = 17;
    // plus the make-up Saturday 10 = 18.
    const days = cal.workingDaysIn("2026-10");
    expect(days).toHaveLength(18);
    expect(days[0]).toBe("2026-10-08");
    expect(days).toContain("2026-10-10");
    expect(days.at(-1)).toBe("2026-10-30");
  });

  it("February 2026 has 16 working days", () => {
    // Feb 1 is a Sunday and the month has 28 days: four full weeks, 20 weekdays;
    // Spring Festival 15 (Sun) .. 23 (Mon) takes the weekdays 16-20 and 23 = 6, leaving 14;
    // plus the make-up Saturdays 14 and 28 = 16.
    expect(cal.workingDaysIn("2026-02")).toHaveLength(16);
  });

  it("May 2026 has 19 working days", () => {
    // May 1 is a Friday: 28 days hold 20 weekdays, and 29 (Fri), 30 (Sat), 31 (Sun) add one = 21;
    // Labour Day 1 (Fri) .. 5 (Tue) takes the weekdays 1, 4, 5 = 3, leaving 18;
    // plus the make-up Saturday 9 = 19.
    expect(cal.workingDaysIn("2026-05")).toHaveLength(19);
  });

  it("a month without holidays is its weekdays (November 2026: 21)", () => {
    // Nov 1 is a Sunday: four full weeks give 20 weekdays, 29 (Sun) and 30 (Mon) add one = 21.
    expect(cal.workingDaysIn("2026-11")).toHaveLength(21);
  });
});

describe("deadline (moves back to the last working day on or before)", () => {
  it.each([
    ["2026-10-04", "2026-09-30", "Sunday in National Day -> Wednesday before it"],
    ["2026-10-01", "2026-09-30", "Thursday, National Day -> Wednesday"],
    ["2026-10-25", "2026-10-23", "plain Sunday -> Friday"],
    ["2026-10-24", "2026-10-23", "plain Saturday -> Friday"],
    ["2026-10-10", "2026-10-10", "make-up Saturday is itself a working day"],
    ["2026-10-11", "2026-10-10", "Sunday after a make-up Saturday -> that Saturday"],
    ["2026-02-05", "2026-02-05", "Thursday, working -> unchanged"],
    ["2026-02-25", "2026-02-25", "Wednesday after Spring Festival -> unchanged"],
    ["2026-02-22", "2026-02-14", "Sunday in Spring Festival -> the make-up Saturday before it"],
    ["2026-01-25", "2026-01-23", "plain Sunday -> Friday"],
    ["2026-05-04", "2026-04-30", "Monday in Labour Day -> Thursday before it"],
    ["2026-09-27", "2026-09-24", "Sunday, Mid-autumn (Fri 25 - Sun 27) -> Thursday"],
    ["2026-01-03", "2025-12-31", "Saturday, New Year -> Wednesday of the year before"],
  ])("%s -> %s (%s)", (due, expected) => {
    expect(cal.deadline(due)).toBe(expected);
    expect(cal.lastWorkingDayOnOrBefore(due)).toBe(expected);
  });
});

describe("addWorkingDays", () => {
  it.each<[IsoDate, number, IsoDate, string]>([
    ["2026-09-30", 1, "2026-10-08", "Wed before National Day +1 -> Thu after it"],
    ["2026-09-30", 3, "2026-10-10", "+3 -> Thu 8, Fri 9, make-up Sat 10"],
    ["2026-09-30", 4, "2026-10-12", "+4 -> Mon 12 (Sun 11 skipped)"],
    ["2026-10-08", -1, "2026-09-30", "Thu after National Day -1 -> Wed before it"],
    ["2026-10-12", -1, "2026-10-10", "Mon -1 -> make-up Sat 10"],
    ["2026-10-12", -4, "2026-09-30", "Mon -4 -> Sat 10, Fri 9, Thu 8, Wed 30 Sep"],
    ["2026-10-03", 1, "2026-10-08", "from a holiday Saturday +1 -> first working day after"],
    ["2026-10-03", -1, "2026-09-30", "from a holiday Saturday -1 -> last working day before"],
    ["2026-10-03", 0, "2026-10-03", "n = 0 returns the date even on a holiday"],
    ["2026-09-18", 1, "2026-09-20", "Fri +1 -> make-up Sun 20 (Sat 19 skipped)"],
    ["2026-09-24", 1, "2026-09-28", "Thu +1 -> Mon 28 over Mid-autumn"],
    ["2026-02-13", 1, "2026-02-14", "Fri +1 -> make-up Sat 14"],
    ["2026-02-13", 2, "2026-02-24", "Fri +2 -> Tue 24 over Spring Festival"],
    ["2026-02-12", 5, "2026-02-26", "Thu +5 -> Fri 13, Sat 14, Tue 24, Wed 25, Thu 26"],
    ["2026-02-24", -1, "2026-02-14", "Tue after Spring Festival -1 -> make-up Sat 14"],
    ["2026-02-24", -2, "2026-02-13", "-2 -> Fri 13"],
    ["2025-12-31", 1, "2026-01-04", "Wed +1 -> make-up Sun 4 Jan over New Year"],
  ])("%s %+d -> %s (%s)", (date, n, expected) => {
    expect(cal.addWorkingDays(date, n)).toBe(expected);
  });

  it("rejects a fractional count", () => {
    expect(() => cal.addWorkingDays("2026-10-08", 1.5)).toThrow(RangeError);
  });
});

describe("overrides", () => {
  it("a Monday declared a holiday stops being a working day", () => {
    const custom = createCalendar([{ date: "2026-11-30", kind: "holiday", name: "公司周年庆" }]);
    expect(custom.isWorkingDay("2026-11-30")).toBe(false);
    expect(custom.dayKind("2026-11-30")).toBe("holiday");
    expect(custom.holidayName("2026-11-30")).toBe("公司周年庆");
    expect(custom.deadline("2026-11-30")).toBe("2026-11-27"); // Mon -> Fri
    expect(custom.workingDaysIn("2026-11")).toHaveLength(20);
    expect(cal.isWorkingDay("2026-11-30")).toBe(true);
  });

  it("a Saturday declared a workday becomes a make-up working day", () => {
    const custom = createCalendar([{ date: "2026-11-28", kind: "workday" }]);
    expect(custom.isWorkingDay("2026-11-28")).toBe(true);
    expect(custom.dayKind("2026-11-28")).toBe("makeup_workday");
    expect(custom.deadline("2026-11-29")).toBe("2026-11-28"); // Sun -> the working Saturday
    expect(custom.addWorkingDays("2026-11-27", 1)).toBe("2026-11-28");
  });

  it("replaces a built-in entry for its date", () => {
    const custom = createCalendar([
      { date: "2026-10-07", kind: "workday" }, // Wednesday, built-in holiday
      { date: "2026-10-10", kind: "holiday" }, // Saturday, built-in make-up day
    ]);
    expect(custom.dayKind("2026-10-07")).toBe("workday");
    expect(custom.holidayName("2026-10-07")).toBeUndefined();
    expect(custom.isWorkingDay("2026-10-10")).toBe(false);
    expect(custom.workingDaysIn("2026-10")).toHaveLength(18);
  });

  it("keeps the built-in name when a holiday override gives none", () => {
    expect(createCalendar([{ date: "2026-10-02", kind: "holiday" }]).holidayName("2026-10-02")).toBe(
      "国庆节",
    );
    expect(
      createCalendar([{ date: "2026-10-02", kind: "holiday", name: " " }]).holidayName("2026-10-02"),
    ).toBe("国庆节");
  });

  it("lets the last override for a date win", () => {
    const custom = createCalendar([
      { date: "2026-11-30", kind: "holiday" },
      { date: "2026-11-30", kind: "workday" },
    ]);
    expect(custom.isWorkingDay("2026-11-30")).toBe(true);
  });

  it("is not changed by later edits to the overrides array", () => {
    const overrides: DayOverride[] = [{ date: "2026-11-30", kind: "holiday" }];
    const custom = createCalendar(overrides);
    overrides.push({ date: "2026-11-27", kind: "holiday" });
    expect(custom.isWorkingDay("2026-11-27")).toBe(true);
    expect(Object.isFrozen(custom)).toBe(true);
  });

  it("rejects an override with a malformed date", () => {
    expect(() => createCalendar([{ date: "2026/11/30", kind: "holiday" }])).toThrow(RangeError);
  });
});

describe("statutory days and other days off", () => {
  it.each<[string, DayOverride[], string, DayKind, boolean, boolean, string | undefined]>([
    // date, overrides, what, dayKind, isWorkingDay, isStatutory, holidayName
    ["2026-10-05", [], "a bridging Monday of National Day", "holiday", false, false, "国庆节"],
    ["2026-10-03", [], "the third day of National Day (a Saturday)", "statutory", false, true, "国庆节"],
    [
      "2026-12-21",
      [{ date: "2026-12-21", kind: "holiday", name: "公司周年庆" }],
      "a company's own day off (休)",
      "holiday",
      false,
      false,
      "公司周年庆",
    ],
    [
      "2026-12-21",
      [{ date: "2026-12-21", kind: "statutory", name: "地方节日" }],
      "a Monday listed 法定",
      "statutory",
      false,
      true,
      "地方节日",
    ],
    [
      "2026-10-10",
      [{ date: "2026-10-10", kind: "statutory" }],
      "a make-up Saturday listed 法定",
      "statutory",
      false,
      true,
      undefined,
    ],
    [
      "2026-10-01",
      [{ date: "2026-10-01", kind: "holiday", name: "国庆" }],
      "a law's day listed 休: stays statutory",
      "statutory",
      false,
      true,
      "国庆",
    ],
    [
      "2026-10-01",
      [{ date: "2026-10-01", kind: "workday" }],
      "a law's day listed 班: scheduled, but still statutory",
      "workday",
      true,
      true,
      "国庆节",
    ],
    [
      "2026-10-03",
      [{ date: "2026-10-03", kind: "workday" }],
      "a law's Saturday listed 班",
      "makeup_workday",
      true,
      true,
      "国庆节",
    ],
    [
      "2026-10-07",
      [{ date: "2026-10-07", kind: "workday" }],
      "a bridging day listed 班",
      "workday",
      true,
      false,
      undefined,
    ],
    [
      "2031-10-01",
      [],
      "a law's weekday in a year without data: still a statutory day off",
      "statutory",
      false,
      true,
      "国庆节",
    ],
    ["2031-10-11", [], "a plain Saturday in a year without data", "weekend", false, false, undefined],
  ])("%s with %j: %s", (date, overrides, _what, kind, working, statutory, name) => {
    const c = createCalendar(overrides);
    expect(c.dayKind(date)).toBe(kind);
    expect(c.isWorkingDay(date)).toBe(working);
    expect(c.isStatutory(date)).toBe(statutory);
    expect(c.holidayName(date)).toBe(name);
  });

  it("keeps the working days of a month whatever a day off is called", () => {
    const custom = createCalendar([
      { date: "2026-10-10", kind: "statutory" },
      { date: "2026-10-01", kind: "holiday" },
    ]);
    expect(custom.workingDaysIn("2026-10")).toHaveLength(17);
    expect(custom.deadline("2026-10-10")).toBe("2026-10-09");
  });
});

describe("coverage", () => {
  it("2031 without overrides is uncovered: exactly one warning naming the year", () => {
    expect(cal.uncoveredYears("2031-01-01", "2031-12-31")).toEqual([2031]);
    expect(cal.coverageIssues("2031-03-01", "2031-03-31")).toEqual([
      { code: "calendar_year_not_covered", severity: "warning", params: { year: 2031 } },
    ]);
  });

  it("an override in 2031 makes that year covered", () => {
    const custom = createCalendar([{ date: "2031-10-01", kind: "holiday", name: "国庆节" }]);
    expect(custom.uncoveredYears("2031-01-01", "2031-12-31")).toEqual([]);
    expect(custom.coverageIssues("2031-01-01", "2031-12-31")).toEqual([]);
    expect(custom.isWorkingDay("2031-10-01")).toBe(false); // a Wednesday
  });

  it("warns of a covered year whose statutory days are not known, unless its overrides list 法定 days", () => {
    const off = createCalendar([{ date: "2051-10-02", kind: "holiday", name: "国庆节" }]);
    expect(off.coverageIssues("2051-01-01", "2051-12-31")).toEqual([
      { code: "calendar_statutory_unknown", severity: "warning", params: { year: 2051 } },
    ]);
    expect(off.dayKind("2051-10-02")).toBe("holiday");
    const listed = createCalendar([{ date: "2051-10-02", kind: "statutory", name: "国庆节" }]);
    expect(listed.coverageIssues("2051-01-01", "2051-12-31")).toEqual([]);
    expect(listed.dayKind("2051-10-02")).toBe("statutory");
  });

  it("lists each uncovered year of a range once, in either order", () => {
    expect(cal.uncoveredYears("2026-06-01", "2028-03-01")).toEqual([2027, 2028]);
    expect(cal.uncoveredYears("2028-03-01", "2026-06-01")).toEqual([2027, 2028]);
    expect(cal.coverageIssues("2026-01-01", "2026-12-31")).toEqual([]);
  });

  it("treats an uncovered year as weekends and the days the law names (make-up days unknown)", () => {
    // 2031-10-01 is a Wednesday the law names, 10-06 a Monday it does not, 10-11 a plain Saturday.
    expect(cal.isWorkingDay("2031-10-01")).toBe(false);
    expect(cal.dayKind("2031-10-01")).toBe("statutory");
    expect(cal.isWorkingDay("2031-10-06")).toBe(true);
    expect(cal.dayKind("2031-10-11")).toBe("weekend");
    // 2027's Spring Festival (除夕 02-05 Friday to 初三 02-08 Monday) before its arrangement is built in.
    expect(["2027-02-05", "2027-02-08"].map((d) => cal.isWorkingDay(d))).toEqual([false, false]);
    expect(cal.deadline("2027-02-08")).toBe("2027-02-04");
  });
});

describe("guards", () => {
  const everyDayOff = (from: IsoDate, to: IsoDate): DayOverride[] => {
    const out: DayOverride[] = [];
    for (let day = toDayNumber(from); day <= toDayNumber(to); day++) {
      out.push({ date: fromDayNumber(day), kind: "holiday" });
    }
    return out;
  };

  it("throws instead of searching forever when no working day exists", () => {
    const closed = createCalendar(everyDayOff("2026-01-01", "2036-12-31"));
    expect(() => closed.lastWorkingDayOnOrBefore("2036-12-31")).toThrow(RangeError);
    expect(() => closed.deadline("2036-12-31")).toThrow(RangeError);
    expect(() => closed.addWorkingDays("2026-01-02", 1)).toThrow(RangeError);
    expect(() => closed.addWorkingDays("2036-12-30", -1)).toThrow(RangeError);
  });

  it("still crosses a long but finite gap", () => {
    const closedYear = createCalendar(everyDayOff("2027-01-01", "2027-12-31"));
    expect(closedYear.deadline("2027-12-31")).toBe("2026-12-31"); // Thursday
    expect(closedYear.addWorkingDays("2026-12-31", 1)).toBe("2028-01-03"); // Monday
  });
});

describe("properties (2025-2027)", () => {
  const date = fc
    .integer({ min: toDayNumber("2025-01-01"), max: toDayNumber("2027-12-31") })
    .map((day) => fromDayNumber(day));
  const overrides = fc.array(
    fc.record({ date, kind: fc.constantFrom<DayOverride["kind"]>("statutory", "holiday", "workday") }),
    { maxLength: 30 },
  );
  const calendar = fc.oneof(
    fc.constant(cal),
    overrides.map((list) => createCalendar(list)),
  );

  const naiveAdd = (c: WorkingCalendar, from: IsoDate, n: number): IsoDate => {
    let current = from;
    for (let left = Math.abs(n); left > 0;) {
      current = addDays(current, Math.sign(n));
      if (c.isWorkingDay(current)) left--;
    }
    return current;
  };
  const naiveBack = (c: WorkingCalendar, from: IsoDate): IsoDate => {
    let current = from;
    while (!c.isWorkingDay(current)) current = addDays(current, -1);
    return current;
  };

  it("addWorkingDays agrees with a day-by-day walk", () => {
    fc.assert(
      fc.property(calendar, date, fc.integer({ min: -40, max: 40 }), (c, d, n) => {
        expect(c.addWorkingDays(d, n)).toBe(naiveAdd(c, d, n));
      }),
    );
  });

  it("lastWorkingDayOnOrBefore agrees with a walk back", () => {
    fc.assert(
      fc.property(calendar, date, (c, d) => {
        expect(c.lastWorkingDayOnOrBefore(d)).toBe(naiveBack(c, d));
      }),
    );
  });

  it("lastWorkingDayOnOrBefore is a working day, not after d, with no working day between", () => {
    fc.assert(
      fc.property(calendar, date, (c, d) => {
        const last = c.lastWorkingDayOnOrBefore(d);
        expect(c.isWorkingDay(last)).toBe(true);
        expect(last <= d).toBe(true);
        for (let between = addDays(last, 1); between < d; between = addDays(between, 1)) {
          expect(c.isWorkingDay(between)).toBe(false);
        }
        expect(c.deadline(d)).toBe(last);
      }),
    );
  });

  it("dayKind and isWorkingDay agree, and a plain day follows its weekday", () => {
    fc.assert(
      fc.property(calendar, date, (c, d) => {
        const kind = c.dayKind(d);
        expect(c.isWorkingDay(d)).toBe(kind === "workday" || kind === "makeup_workday");
        const weekend = weekday(d) === 0 || weekday(d) === 6;
        if (kind === "weekend") expect(weekend).toBe(true);
        if (kind === "makeup_workday") expect(weekend).toBe(true);
        if (kind === "workday") expect(weekend).toBe(false);
      }),
    );
  });

  it("a statutory day off is statutory, and a statutory day is a statutory day off or a working day", () => {
    fc.assert(
      fc.property(calendar, date, (c, d) => {
        const kind = c.dayKind(d);
        if (kind === "statutory") expect(c.isStatutory(d)).toBe(true);
        if (c.isStatutory(d)) expect(["statutory", "workday", "makeup_workday"]).toContain(kind);
        if (c.isStatutory(d) || kind === "holiday") expect(c.holidayName(d) ?? "").toBeTypeOf("string");
      }),
    );
  });

  it("workingDaysIn is the month's days filtered by isWorkingDay", () => {
    fc.assert(
      fc.property(calendar, date, (c, d) => {
        const month = d.slice(0, 7);
        const days = c.workingDaysIn(month);
        expect(days.every((day) => day.startsWith(month) && c.isWorkingDay(day))).toBe(true);
        expect(days.includes(d)).toBe(c.isWorkingDay(d));
      }),
    );
  });
});
