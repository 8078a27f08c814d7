import { describe, expect, it } from "vitest";
import { calendarFromSheets } from "../../calendar/holidaySheet";
import type { DayKind } from "../../calendar/workingCalendar";
import { overtimeClass, overtimeClassOn, type OvertimeClass } from "./countMonth";
import { sheet } from "./testBook.testkit";

describe("overtimeClass", () => {
  it.each<[DayKind, boolean, OvertimeClass]>([
    ["workday", false, "workday"],
    ["makeup_workday", false, "workday"],
    ["weekend", false, "restday"],
    ["holiday", false, "restday"],
    ["statutory", false, "holiday"],
    ["statutory", true, "holiday"],
    ["workday", true, "holiday"],
    ["makeup_workday", true, "holiday"],
  ])("a %s day (statutory: %s) is %s overtime", (kind, statutory, expected) => {
    expect(overtimeClass(kind, statutory)).toBe(expected);
  });
});

describe("overtimeClassOn: 300% only on the statutory days", () => {
  const { calendar, issues } = calendarFromSheets(
    [
      sheet("节假日", [
        ["日期", "类型", "名称"],
        ["2026-12-21", "休", "公司周年庆"], // a Monday
        ["2026-12-22", "法定", "地方节日"],
        ["2026-12-27", "班", "公司周年庆调休"], // a Sunday
        ["2026-10-01", "班", "国庆值守"],
      ]),
    ],
    false,
  );

  it("warns of the law's day the sheet declares working", () => {
    expect(issues.map((i) => [i.code, i.params?.["date"]])).toEqual([
      ["holiday_statutory_workday", "2026-10-01"],
    ]);
  });

  it.each<[string, OvertimeClass, string]>([
    ["2026-10-02", "holiday", "国庆 day 2"],
    ["2026-10-03", "holiday", "国庆 day 3, a Saturday"],
    ["2026-10-04", "restday", "a Sunday within National Day"],
    ["2026-10-05", "restday", "a bridging Monday of National Day"],
    ["2026-10-07", "restday", "the last bridging day"],
    ["2026-10-08", "workday", "the Thursday after"],
    ["2026-10-10", "workday", "the make-up Saturday"],
    ["2026-10-17", "restday", "a plain Saturday"],
    ["2026-02-15", "restday", "the Sunday before 除夕"],
    ["2026-02-16", "holiday", "除夕 2026"],
    ["2026-02-19", "holiday", "正月初三"],
    ["2026-02-20", "restday", "正月初四, a bridging day"],
    ["2026-05-02", "holiday", "the second Labour Day from 2025"],
    ["2026-05-03", "restday", "a Sunday within Labour Day"],
    ["2024-05-02", "restday", "the second day of Labour Day 2024, before the 2025 rules"],
    ["2024-02-09", "workday", "除夕 2024: a working Friday before the 2025 rules"],
    ["2025-01-28", "holiday", "除夕 2025"],
    ["2026-04-05", "holiday", "清明 2026"],
    ["2026-04-06", "restday", "the Monday after 清明"],
    ["2026-12-21", "restday", "a company's own day off (休)"],
    ["2026-12-22", "holiday", "a day the sheet lists 法定"],
    ["2026-12-27", "workday", "a Sunday the sheet lists 班"],
    ["2026-10-01", "holiday", "国庆 day 1 listed 班: still statutory"],
  ])("%s is %s overtime (%s)", (date, expected) => {
    expect(overtimeClassOn(calendar, date)).toBe(expected);
  });
});
