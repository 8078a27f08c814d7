import { describe, expect, it } from "vitest";
import type { DemoSheet } from "./demoSheet";
import type { BookData } from "../table/sheetData";
import { calendarFromSheets } from "../calendar/holidaySheet";
import { createCalendar } from "../calendar/workingCalendar";
import { locateInputs } from "../table/locateInputs";
import { HOLIDAY_TABLE } from "../calendar/holidayTable";
import { datesOfMonth, monthOf } from "../values/isoDate";
import { excelSerialToIso } from "../values/excelSerial";
import { attendanceDemo } from "./attendance";
import { prepareDayHeaders } from "../jobs/attendance/dayHeaders";
import { ATTENDANCE_TABLES } from "../jobs/attendance/inputs";
import { ATTENDANCE_JOB } from "../jobs/attendance/job";
import { runJob } from "../jobs/registry";

const bookOf = (sheets: DemoSheet[]): BookData => ({
  date1904: false,
  sheets: sheets.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
});

describe.each(["2026-10-30", "2026-11-26", "2026-02-27", "2025-07-31"])("attendanceDemo(%s)", (today) => {
  const demo = attendanceDemo(today);
  const book = bookOf(demo);
  const month = monthOf(today);
  const { report, issues } = runJob(ATTENDANCE_JOB, book, { today, lang: "zh-CN", month });

  it("is deterministic for a given day", () => {
    expect(attendanceDemo(today)).toEqual(demo);
  });

  it("has a title above every table and each sheet in its role", () => {
    for (const sheet of demo) expect(typeof sheet.rows[0]?.[0]).toBe("string");
    const found = locateInputs(prepareDayHeaders(book).book, [...ATTENDANCE_TABLES, HOLIDAY_TABLE]);
    const placed = [...found.byRole].flatMap(([role, sheets]) => sheets.map((s) => `${role}:${s.name}`));
    expect(placed).toEqual(
      expect.arrayContaining([
        "employees:员工花名册",
        "attendance-settings:考勤设置",
        `attendance-grid:${Number(month.slice(5))}月考勤`,
        "clock-records:工程部打卡",
        "leave-slips:请假单",
        "overtime:加班记录",
      ]),
    );
    expect(found.issues.filter((i) => i.severity === "error" || i.code === "sheet_not_placed")).toEqual([]);
  });

  it("counts 30-60 employees in 5 departments, with a hire and a leaver in the month", () => {
    expect(report.employees.length).toBeGreaterThanOrEqual(30);
    expect(report.employees.length).toBeLessThanOrEqual(60);
    expect(new Set(report.employees.map((e) => e.department))).toEqual(
      new Set(["客服部", "工程部", "秩序部", "环境部", "综合办"]),
    );
    expect(report.employees.filter((e) => e.hireDate?.startsWith(month))).toHaveLength(1);
    expect(report.employees.filter((e) => e.leaveDate?.startsWith(month))).toHaveLength(1);
  });

  it("has a holiday and a make-up working day in the month, from the calendar or its 节假日 sheet", () => {
    const holidays = demo
      .filter((s) => s.name === "节假日")
      .map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } }));
    const { calendar } = calendarFromSheets(holidays, false);
    const kinds = new Set(datesOfMonth(month).map((d) => calendar.dayKind(d)));
    expect(kinds.has("holiday") && kinds.has("makeup_workday")).toBe(true);
    expect(report.workingDays).toBe(calendar.workingDaysIn(month).length);
    // 300% only on statutory days: a month whose only day off is the company's own (休) has none.
    const statutory = datesOfMonth(month).some((d) => calendar.isStatutory(d));
    expect(Number(report.totals.overtime.holiday) > 0).toBe(statutory);
  });

  it("takes leave of several kinds, a half day among them, and overtime in every class", () => {
    expect(Object.keys(report.totals.leave).length).toBeGreaterThanOrEqual(5);
    expect(report.leaveSlips.some((s) => s.halfDay !== null)).toBe(true);
    const statutory = datesOfMonth(month).some((d) => createCalendar().isStatutory(d));
    for (const [kind, hours] of Object.entries(report.totals.overtime))
      if (kind !== "holiday" || statutory) expect(Number(hours), kind).toBeGreaterThan(0);
  });

  it("counts the one 出差 day of the grid as present and as a business trip", () => {
    expect(report.totals.trip).toBe("1");
    expect(report.employees.filter((e) => e.trip === "1").map((e) => e.department)).toEqual(["客服部"]);
  });

  it("shows the few problems a clerk's workbook has, each at its cell", () => {
    const cellIssues = issues.filter((i) => i.code !== "days_not_yet_recorded");
    expect(cellIssues.map((i) => i.code).sort()).toEqual(
      // one unrecorded day: the guard's forgotten cell (the 出差 day is now recorded, as a trip)
      ["leave_overlap", "missing_punch", "unrecorded_days"].sort(),
    );
    for (const i of cellIssues)
      expect(i.sheet !== undefined && i.row !== undefined && i.column !== undefined).toBe(true);
  });
});

describe.each(["2026-12-04", "2026-10-01", "2026-11-16"])(
  "attendanceDemo(%s) early in the month",
  (today) => {
    const demo = attendanceDemo(today);
    const month = monthOf(today);
    const { report, issues } = runJob(ATTENDANCE_JOB, bookOf(demo), { today, lang: "zh-CN", month });
    const sheet = (name: string) => demo.find((s) => s.name === name)!;
    const dateOf = (cell: unknown): string | null => {
      const parsed = typeof cell === "number" ? excelSerialToIso(cell, false) : null;
      return parsed?.ok === true ? parsed.value : null;
    };

    it("records nothing after today: the grid's later days are blank, no punch, slip or overtime after it", () => {
      const grid = sheet(`${Number(month.slice(5))}月考勤`);
      const days = datesOfMonth(month);
      for (const row of grid.rows.slice(4))
        days.forEach((date, i) => {
          if (date > today) expect(row[4 + i] ?? null, `${String(row[2])} ${date}`).toBeNull();
        });
      for (const [name, column] of [
        ["工程部打卡", 0],
        ["加班记录", 0],
        ["请假单", 5],
        ["请假单", 6],
      ] as const) {
        const dates = sheet(name)
          .rows.map((r) => dateOf(r[column]))
          .filter((d) => d !== null);
        for (const date of dates) expect(date <= today, `${name} ${date}`).toBe(true);
      }
    });

    it("counts the days so far and says the rest are not yet recorded", () => {
      expect(report.employees.length).toBeGreaterThanOrEqual(30);
      expect(issues.filter((i) => i.code === "days_not_yet_recorded")).toHaveLength(
        today === `${month}-${String(datesOfMonth(month).length)}` ? 0 : 1,
      );
    });
  },
);
