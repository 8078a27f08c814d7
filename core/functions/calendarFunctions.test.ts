import { describe, expect, it } from "vitest";
import { createCalendar } from "../calendar/workingCalendar";
import type { SheetData } from "../table/sheetData";
import { isoToExcelSerial } from "../values/excelSerial";
import { addDays } from "../values/isoDate";
import { functionContext } from "./functionContext";
import type { FunctionArg, FunctionContext, FunctionResult } from "./functionValues";
import { evaluateWorksheetFunction } from "./index";

const BUILT_IN = functionContext([], false);
const BOOK_1904 = functionContext([], true);

/** The 1900-system serial of a date. */
const serial = (iso: string): number => isoToExcelSerial(iso, false);
const VALUE = { error: "#VALUE!" };
const NUM = { error: "#NUM!" };

function call(
  id: string,
  args: FunctionArg[],
  context: FunctionContext = BUILT_IN,
): FunctionResult | undefined {
  return evaluateWorksheetFunction(id, context, args);
}

/** Dates around National Day 2026 and the Spring Festivals of 2024-2026, with what each function says of them. */
const DAYS: [date: string, working: boolean, kind: "workday" | "restday" | "statutory", deadline: string][] =
  [
    ["2026-09-24", true, "workday", "2026-09-24"], // Thursday
    ["2026-09-25", false, "statutory", "2026-09-24"], // 中秋, a Friday
    ["2026-09-27", false, "restday", "2026-09-24"], // Sunday after 中秋
    ["2026-09-30", true, "workday", "2026-09-30"],
    ["2026-10-01", false, "statutory", "2026-09-30"], // 国庆 1-3 October: statutory
    ["2026-10-03", false, "statutory", "2026-09-30"],
    ["2026-10-04", false, "restday", "2026-09-30"], // the rest of the arrangement: rest days (200%)
    ["2026-10-07", false, "restday", "2026-09-30"],
    ["2026-10-08", true, "workday", "2026-10-08"],
    ["2026-10-10", true, "workday", "2026-10-10"], // Saturday declared working (调休上班)
    ["2026-10-11", false, "restday", "2026-10-10"], // Sunday: back to the make-up Saturday
    ["2026-10-25", false, "restday", "2026-10-23"], // an ordinary Sunday
    ["2026-02-14", true, "workday", "2026-02-14"], // make-up Saturday before the Spring Festival
    ["2026-02-16", false, "statutory", "2026-02-14"], // 除夕 2026
    ["2026-02-19", false, "statutory", "2026-02-14"], // 正月初三
    ["2026-02-20", false, "restday", "2026-02-14"],
    ["2026-02-23", false, "restday", "2026-02-14"],
    ["2026-02-28", true, "workday", "2026-02-28"], // make-up Saturday after it
    ["2025-01-28", false, "statutory", "2025-01-27"], // 除夕 statutory from 2025
    ["2025-05-02", false, "statutory", "2025-04-30"], // 2 May statutory from 2025
    ["2025-05-05", false, "restday", "2025-04-30"],
    ["2024-05-01", false, "statutory", "2024-04-30"],
    ["2024-05-02", false, "restday", "2024-04-30"], // before 2025 only 1 May was statutory
    ["2024-02-09", true, "workday", "2024-02-09"], // 除夕 2024: not a day off that year
  ];

describe("PROPDESK.ISWORKDAY, HOLIDAYCLASS and DEADLINE on the built-in calendar", () => {
  it.each(DAYS)("%s: working %s, %s, deadline %s", (date, working, kind, deadline) => {
    expect(call("ISWORKDAY", [date])).toBe(working);
    expect(call("ISWORKDAY", [serial(date)])).toBe(working);
    expect(call("HOLIDAYCLASS", [date])).toBe(kind);
    expect(call("DEADLINE", [date])).toBe(serial(deadline));
  });

  it.each<[FunctionArg, boolean]>([
    [serial("2026-10-10") + 0.75, true], // a time of day is dropped
    ["2026/10/10", true],
    ["2026.10.10", true],
    ["2026年10月10日", true],
    ["2026-10-10 09:30", true],
    [20261010, true], // yyyymmdd, as the jobs read it
    ["２０２６-１０-０１", false], // full-width digits
  ])("reads the date %j", (date, working) => {
    expect(call("ISWORKDAY", [date])).toBe(working);
  });

  it.each<FunctionArg>([
    "abc",
    "",
    "  ",
    null,
    undefined,
    true,
    -1,
    60,
    "10/10/2026",
    "2026-02-30",
    3e6,
    "#N/A",
  ])("gives #VALUE! for %j, which is no date", (date) => {
    for (const id of ["ISWORKDAY", "HOLIDAYCLASS", "DEADLINE"]) expect(call(id, [date])).toEqual(VALUE);
  });

  it("reads and gives serials of the 1904 date system", () => {
    const saturday = serial("2026-10-10") - 1462;
    expect(call("ISWORKDAY", [saturday], BOOK_1904)).toBe(true);
    expect(call("DEADLINE", [saturday + 1], BOOK_1904)).toBe(saturday);
    expect(call("WORKDAY", [serial("2026-09-30") - 1462, 1], BOOK_1904)).toBe(serial("2026-10-08") - 1462);
  });

  it("gives #NUM! when the day a deadline moves to is before the date system", () => {
    const holiday: SheetData = {
      name: "节假日",
      values: [["日期", "类型"], ...Array.from({ length: 40 }, (_, i) => [addDays("1904-01-01", i), "休"])],
      origin: { row: 1, column: 1 },
    };
    expect(call("DEADLINE", [5], functionContext([holiday], true))).toEqual(NUM);
  });
});

describe("PROPDESK.HOLIDAYCLASS with the workbook's 节假日 sheet", () => {
  const book = functionContext(
    [
      {
        name: "节假日",
        values: [
          ["日期", "类型", "名称"],
          ["2026-10-05", "班", "项目自定上班"],
          ["2026-10-02", "班", "值班"],
          ["2026-11-30", "休", "公司周年庆"],
          ["2026-11-28", "班", null],
          ["2027-05-04", "法定", "地方节日"],
        ],
        origin: { row: 1, column: 1 },
      },
    ],
    false,
  );

  it.each<[string, boolean, string]>([
    ["2026-10-05", true, "workday"], // a rest day of the arrangement declared working
    ["2026-10-02", true, "statutory"], // a day the law names stays 300% even when worked
    ["2026-11-30", false, "restday"], // the company's own day off
    ["2026-11-28", true, "workday"],
    ["2027-05-04", false, "statutory"],
  ])("%s: working %s, %s", (date, working, kind) => {
    expect(call("ISWORKDAY", [date], book)).toBe(working);
    expect(call("HOLIDAYCLASS", [date], book)).toBe(kind);
  });

  it("moves a deadline off the company's day off", () => {
    expect(call("DEADLINE", ["2026-11-30"], book)).toBe(serial("2026-11-28"));
    expect(call("DEADLINE", ["2026-11-30"])).toBe(serial("2026-11-30"));
  });
});

describe("PROPDESK.WORKDAY, like Excel's WORKDAY on China's calendar", () => {
  it.each<[string, FunctionArg, string]>([
    ["2026-09-30", 1, "2026-10-08"], // over National Day
    ["2026-09-30", 2, "2026-10-09"],
    ["2026-10-09", 1, "2026-10-10"], // onto the make-up Saturday
    ["2026-10-10", 1, "2026-10-12"],
    ["2026-10-08", -1, "2026-09-30"],
    ["2026-10-12", -1, "2026-10-10"],
    ["2026-10-04", 0, "2026-10-04"], // 0 gives the start, even a holiday, as Excel does
    ["2026-10-04", 1, "2026-10-08"], // the start is not counted
    ["2026-09-30", 1.9, "2026-10-08"], // days truncated toward zero
    ["2026-10-09", -1.9, "2026-10-08"],
    ["2026-09-30", "2", "2026-10-09"], // days as text
    ["2026-09-30", null, "2026-09-30"], // empty days are 0
    ["2026-02-13", 1, "2026-02-14"],
    ["2026-02-14", 1, "2026-02-24"],
    ["2026-02-27", 1, "2026-02-28"],
    ["2025-01-27", 1, "2025-02-05"],
    ["2025-04-30", 1, "2025-05-06"],
  ])("WORKDAY(%s, %j) is %s", (start, days, expected) => {
    expect(call("WORKDAY", [start, days])).toBe(serial(expected));
  });

  it.each<[FunctionArg, FunctionArg, object]>([
    ["x", 1, VALUE],
    [null, 1, VALUE],
    ["2026-09-30", true, VALUE],
    ["2026-09-30", "three", VALUE],
    ["9999-12-30", 5, NUM], // past 9999-12-31
    ["1900-01-02", -5, NUM], // before the 1900 system
    ["2026-09-30", 1e9, NUM],
    ["2026-09-30", -1e20, NUM],
  ])("WORKDAY(%j, %j) is an error", (start, days, error) => {
    expect(call("WORKDAY", [start, days])).toEqual(error);
  });

  it("agrees with the calendar's addWorkingDays over a year of starts", () => {
    const calendar = createCalendar();
    for (let i = 0; i < 366; i += 3) {
      const start = addDays("2025-12-01", i);
      for (const n of [-7, -1, 1, 5, 22])
        expect(call("WORKDAY", [start, n])).toBe(serial(calendar.addWorkingDays(start, n)));
    }
  });
});

describe("PROPDESK.NETWORKDAYS, like Excel's NETWORKDAYS on China's calendar", () => {
  it.each<[string, string, number]>([
    ["2026-10-01", "2026-10-31", 18],
    ["2026-10-31", "2026-10-01", -18], // negative when the end comes first
    ["2026-10-10", "2026-10-10", 1], // both ends counted: the make-up Saturday
    ["2026-10-01", "2026-10-01", 0],
    ["2026-10-08", "2026-10-11", 3], // Thursday, Friday, make-up Saturday; not Sunday
    ["2026-02-01", "2026-02-28", 16], // 20 weekdays, 6 of them off, 2 make-up Saturdays
    ["2025-01-01", "2025-12-31", 248], // 261 weekdays, 18 off, 5 make-up days
    ["2026-01-01", "2026-12-31", 248], // 261 weekdays, 19 off, 6 make-up days
  ])("NETWORKDAYS(%s, %s) is %i", (start, end, expected) => {
    expect(call("NETWORKDAYS", [start, end])).toBe(expected);
    expect(call("NETWORKDAYS", [serial(start), serial(end)])).toBe(expected);
  });

  it("counts what the calendar says day by day, also over years without holiday data", () => {
    const calendar = createCalendar();
    let count = 0;
    for (let date = "1998-11-15"; date <= "2053-02-10"; date = addDays(date, 1))
      if (calendar.isWorkingDay(date)) count++;
    expect(call("NETWORKDAYS", ["1998-11-15", "2053-02-10"])).toBe(count);
  });

  it("counts centuries at once", () => {
    const started = performance.now();
    expect(call("NETWORKDAYS", ["1900-01-01", "9999-12-31"])).toBeGreaterThan(2_000_000);
    expect(performance.now() - started).toBeLessThan(2_000);
  });

  it.each<[FunctionArg, FunctionArg]>([
    ["2026-10-01", "soon"],
    [false, "2026-10-01"],
    ["2026-10-01", null],
  ])("NETWORKDAYS(%j, %j) is #VALUE!", (start, end) => {
    expect(call("NETWORKDAYS", [start, end])).toEqual(VALUE);
  });
});
