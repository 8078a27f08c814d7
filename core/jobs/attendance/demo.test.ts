import { describe, expect, it } from "vitest";
import type { DemoSheet } from "../job";
import type { BookData } from "../../table/sheetData";
import { calendarFromSheets } from "../../calendar/holidaySheet";
import { locateInputs } from "../../table/locateInputs";
import { HOLIDAY_TABLE } from "../../calendar/holidaySheet";
import { datesOfMonth, monthOf } from "../../values/isoDate";
import { attendanceDemo } from "./demo";
import { prepareDayHeaders } from "./dayHeaders";
import { ATTENDANCE_TABLES } from "./inputs";
import { runAttendance } from "./job";

const bookOf = (sheets: DemoSheet[]): BookData => ({
  date1904: false,
  sheets: sheets.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
});

describe.each(["2026-10-20", "2026-11-26", "2026-02-10", "2025-07-01"])("attendanceDemo(%s)", (today) => {
  const demo = attendanceDemo(today);
  const book = bookOf(demo);
  const month = monthOf(today);
  const { report, issues } = runAttendance(book, { today: "2030-01-01", lang: "zh-CN", month });

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
    expect(Number(report.totals.overtime.holiday)).toBeGreaterThan(0);
  });

  it("takes leave of several kinds, a half day among them, and overtime in every class", () => {
    expect(Object.keys(report.totals.leave).length).toBeGreaterThanOrEqual(5);
    expect(report.leaveSlips.some((s) => s.halfDay !== null)).toBe(true);
    for (const hours of Object.values(report.totals.overtime)) expect(Number(hours)).toBeGreaterThan(0);
  });

  it("shows the few problems a clerk's workbook has, each at its cell", () => {
    expect(issues.map((i) => i.code).sort()).toEqual(
      ["leave_overlap", "missing_punch", "unknown_status", "unrecorded_days", "unrecorded_days"].sort(),
    );
    for (const i of issues)
      expect(i.sheet !== undefined && i.row !== undefined && i.column !== undefined).toBe(true);
  });
});
