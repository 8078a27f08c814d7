import { describe, expect, it } from "vitest";
import type { CellValue } from "../../table/sheetData";
import { OCT_WORKING, OCTOBER_BOOK } from "./octoberBook.testkit";
import { createCalendar } from "../../calendar/workingCalendar";
import { reportWithIssues } from "../reportJson";
import { runJob } from "../registry";
import { ATTENDANCE_JOB } from "./job";
import { book, brief, sheet } from "./testBook.testkit";

const run = () =>
  runJob(ATTENDANCE_JOB, OCTOBER_BOOK, { today: "2026-10-31", lang: "zh-CN", month: "2026-10" });

describe("attendance, October 2026 (golden, worked by hand)", () => {
  const { report, issues, sheets } = run();
  const byName = (name: string) => report.employees.find((e) => e.name === name)!;

  it("has the 18 working days of the calendar", () => {
    expect(
      createCalendar()
        .workingDaysIn("2026-10")
        .map((d) => Number(d.slice(8))),
    ).toEqual(OCT_WORKING);
    expect(report.workingDays).toBe(18);
    expect(report.month).toBe("2026-10");
  });

  it("lists employees by department in list order", () => {
    expect(report.employees.map((e) => [e.department, e.name])).toEqual([
      ["客服部", "张伟"],
      ["客服部", "李娜"],
      ["工程部", "王强"],
      ["秩序部", "赵敏"],
    ]);
  });

  it("counts 张伟: 18 scheduled = 15.5 present + 0.5 事假 + 1 absent + 1 unrecorded", () => {
    // present: 18 working days less 14 (旷), 16 (blank) and half of 15 (事/√) = 15 + 0.5.
    expect(byName("张伟")).toMatchObject({
      id: "A001",
      scheduled: "18",
      present: "15.5",
      leave: { 事假: "0.5" },
      absent: "1",
      unrecorded: "1",
      late: 1,
      early: 1,
      overtime: { workday: "0", restday: "0", holiday: "8" },
    });
    expect(byName("张伟").days).toEqual([
      "休", "休", "√", "休", "休", "休", "休", "√", "√", "√", "休", "迟", "早", "旷", "事/√", "",
      "休", "休", "√", "√", "√", "√", "√", "休", "休", "√", "√", "√", "√", "√", "休",
    ]); // prettier-ignore
  });

  it("counts 李娜's slips only on October's scheduled days, the slip winning over the grid", () => {
    // 病假 10-08, 10-09 = 2; 年假 19-22 + the morning of 23 = 4.5; the weekend 事假 counts 0;
    // present: the other 11 working days + the afternoon of 23 = 11.5; 2 + 4.5 + 11.5 = 18.
    expect(byName("李娜")).toMatchObject({
      scheduled: "18",
      present: "11.5",
      leave: { 病假: "2", 年假: "4.5" },
      absent: "0",
      unrecorded: "0",
      late: 0,
    });
    expect(byName("李娜").days.slice(7, 10)).toEqual(["病", "病", "√"]);
    expect(byName("李娜").days.slice(18, 25)).toEqual(["年", "年", "年", "年", "年/√", "休", "休"]);
  });

  it("counts 王强 from his hire date 10-12 by his clock times against 08:30-17:30 with 5 minutes' grace", () => {
    // scheduled: 12-16, 19-23, 26-30 = 15; late 13 and 15, early 14, 事假 16 (status column): 14 + 1 = 15.
    expect(byName("王强")).toMatchObject({
      scheduled: "15",
      present: "14",
      leave: { 事假: "1" },
      late: 2,
      early: 1,
      overtime: { workday: "0", restday: "4", holiday: "0" },
    });
    const days = byName("王强").days;
    expect(days.slice(0, 11)).toEqual(Array(11).fill(""));
    // Saturday 10-17 has 4 hours of overtime: shown as worked, not counted as present.
    expect(days.slice(11, 18)).toEqual(["√", "迟", "早", "迟", "事", "√", "休"]);
  });

  it("counts 赵敏 up to her leaving date 10-20, rest on a working day as 调休, overtime by its day", () => {
    // scheduled: 8, 9, 10, 12-16, 19, 20 = 10; present 9; 10-13 休 -> 调休 1.
    // overtime: 10-01, 10-02 holiday 16; Sunday 10-11 rest day 8; make-up Saturday 10-10 workday 2.
    expect(byName("赵敏")).toMatchObject({
      scheduled: "10",
      present: "9",
      leave: { 调休: "1" },
      absent: "0",
      unrecorded: "0",
      overtime: { workday: "2", restday: "8", holiday: "16" },
    });
    const days = byName("赵敏").days;
    expect(days.slice(0, 3)).toEqual(["√", "√", "休"]);
    expect(days.slice(10, 13)).toEqual(["√", "√", "调"]);
    expect(days.slice(20)).toEqual(Array(11).fill(""));
  });

  it("adds up the totals", () => {
    // scheduled 18 + 18 + 15 + 10 = 61 = present 50 + leave 9 + absent 1 + unrecorded 1; no one travelled.
    expect(report.totals).toEqual({
      employees: 4,
      scheduled: "61",
      present: "50",
      trip: "0",
      leave: { 事假: "1.5", 病假: "2", 年假: "4.5", 调休: "1" },
      absent: "1",
      unrecorded: "1",
      late: 3,
      early: 2,
      overtime: { workday: "2", restday: "12", holiday: "24" },
    });
  });

  it("lists the slips with the days each counts in October", () => {
    expect(report.leaveSlips.map((s) => [s.type, s.start, s.end, s.days, s.halfDay, s.daysInMonth])).toEqual([
      ["病假", "2026-09-28", "2026-10-09", "5", null, "2"],
      ["年假", "2026-10-19", "2026-10-23", "4.5", "2026-10-23", "4.5"],
      ["事假", "2026-10-24", "2026-10-25", null, null, "0"],
    ]);
  });

  it("reports each problem at its cell", () => {
    expect(issues.map(brief)).toEqual([
      "unrecorded_days 10月考勤!C5 warning", // 张伟, day 16
      "attendance_on_leave_day 10月考勤!M6 warning", // 李娜 √ on 10-09 (column 4 + 9)
      "rest_on_working_day 10月考勤!Q7 warning", // 赵敏 休 on 10-13
      "record_outside_employment 10月考勤!Y7 error", // 赵敏 √ on 10-21
      "missing_punch 打卡记录!D5 warning", // 王强 10-15
    ]);
    expect(issues[0]!.params).toEqual({ name: "张伟", days: "16", month: "2026-10" });
    expect(issues[1]!.params).toEqual({ name: "李娜", date: "2026-10-09", status: "√", type: "病假" });
  });

  it("makes the three sheets of the month, then the issues sheet", () => {
    expect(sheets.map((s) => [s.name, s.key])).toEqual([
      ["考勤表 2026-10", "attendance/sheet/2026-10"],
      ["请假汇总 2026-10", "attendance/leave/2026-10"],
      ["加班汇总 2026-10", "attendance/overtime/2026-10"],
      ["问题清单 2026-10 考勤", "attendance/2026-10/issues"],
    ]);
    expect(
      runJob(ATTENDANCE_JOB, OCTOBER_BOOK, { today: "2026-10-31", lang: "en", month: "2026-10" }).sheets[0]!
        .name,
    ).toBe("Attendance 2026-10");
  });

  it("gives the --json report with one day symbol per day and the issues appended", () => {
    const json = reportWithIssues(report, issues, "en");
    expect(json.job).toBe("attendance");
    for (const e of json.employees) expect(e.days).toHaveLength(31);
    expect(json.issues).toHaveLength(5);
  });

  it("is deterministic", () => {
    expect(run()).toEqual(run());
  });

  it("summarises the month", () => {
    expect(ATTENDANCE_JOB.summarize(report, "zh-CN")).toEqual([
      "2026-10 考勤表：4 人，本月工作日 18 天；旷工 1 天，迟到 3 次，加班 38 小时",
    ]);
  });
});

describe("attendance, November 2026 with a hire and a leaving date inside the month", () => {
  // November 2026 has no holiday: Monday 11-02 .. Monday 11-30, 21 working days.
  const employees = sheet("员工", [
    ["工号", "姓名", "部门", "入职日期", "离职日期"],
    ["E1", "新人", "客服部", "2026-11-16", null],
    ["E2", "离职者", "客服部", "2025-01-01", "2026-11-10"],
    ["E3", "全勤", "客服部", "2025-01-01", null],
    ["E4", "上月已离职", "客服部", "2025-01-01", "2026-10-31"],
  ]);
  const records = sheet("出勤记录", [
    ["日期", "工号", "状态"],
    ...Array.from({ length: 30 }, (_, i) => `2026-11-${String(i + 1).padStart(2, "0")}`).flatMap((date) =>
      ["E1", "E2", "E3"].map((id): CellValue[] => [date, id, "√"]),
    ),
  ]);
  const { report, issues } = runJob(ATTENDANCE_JOB, book(employees, records), {
    today: "2026-11-28",
    lang: "zh-CN",
  });
  const byId = (id: string) => report.employees.find((e) => e.id === id)!;

  it("defaults to the month of today and leaves out an employee who left before it", () => {
    expect(report.month).toBe("2026-11");
    expect(report.workingDays).toBe(21);
    expect(report.employees.map((e) => e.id)).toEqual(["E1", "E2", "E3"]);
  });

  it("schedules the new hire from 11-16 and the leaver up to 11-10", () => {
    // E1: 16-20, 23-27, 30 = 11; E2: 2-6, 9, 10 = 7.
    expect([byId("E1").scheduled, byId("E1").present]).toEqual(["11", "11"]);
    expect([byId("E2").scheduled, byId("E2").present]).toEqual(["7", "7"]);
    expect([byId("E3").scheduled, byId("E3").present]).toEqual(["21", "21"]);
    expect(byId("E1").days.slice(0, 15)).toEqual(Array(15).fill(""));
    expect(byId("E1").days.slice(15, 17)).toEqual(["√", "√"]);
    expect(byId("E2").days.slice(8, 11)).toEqual(["√", "√", ""]);
  });

  it("rejects the records outside employment, one error per row", () => {
    // E1 has 15 rows before 11-16, E2 has 20 after 11-10.
    expect(issues.filter((i) => i.code === "record_outside_employment")).toHaveLength(35);
    expect(issues.filter((i) => i.code !== "record_outside_employment")).toEqual([]);
  });
});

describe("attendance and the 节假日 sheet", () => {
  it("takes a workbook's holiday sheet over the built-in calendar", () => {
    const employees = sheet("员工", [
      ["工号", "姓名"],
      ["E1", "张三"],
    ]);
    const holidays = sheet("节假日", [
      ["日期", "类型", "名称"],
      ["2026-10-31", "班", "补班"],
      ["2026-10-30", "休", "公司周年庆"],
    ]);
    const { report } = runJob(ATTENDANCE_JOB, book(employees, holidays), {
      today: "2026-10-31",
      lang: "zh-CN",
    });
    expect(report.workingDays).toBe(18);
    expect(report.employees[0]!.days.slice(29)).toEqual(["休", ""]);
  });

  it("pays 300% only on statutory days: a company 休 day 200%, a 法定 day 300%, a 班 Sunday 150%", () => {
    const { report, sheets } = runJob(
      ATTENDANCE_JOB,
      book(
        sheet("员工", [
          ["工号", "姓名"],
          ["E1", "张三"],
        ]),
        sheet("节假日", [
          ["日期", "类型", "名称"],
          ["2026-12-21", "休", "公司周年庆"], // Monday
          ["2026-12-22", "法定", "地方节日"], // Tuesday
          ["2026-12-27", "班", null], // Sunday
        ]),
        sheet("加班记录", [
          ["加班日期", "工号", "姓名", "加班时数", "事由"],
          ["2026-12-21", "E1", "张三", 8, "值班"],
          ["2026-12-22", "E1", "张三", 4, "值班"],
          ["2026-12-26", "E1", "张三", 3, "检修"], // Saturday
          ["2026-12-27", "E1", "张三", 2, "加班"],
        ]),
      ),
      { today: "2026-12-31", lang: "zh-CN", month: "2026-12" },
    );
    expect(report.totals.overtime).toEqual({ workday: "2", restday: "11", holiday: "4" });
    const text = (i: number) => sheets[i]!.cells.flat().filter((c): c is string => typeof c === "string");
    expect(text(0)).toEqual(
      expect.arrayContaining([
        "12-21 公司周年庆：休息日（加班200%）",
        "12-22 地方节日：法定节假日（加班300%）",
        "12-27（星期日）调休上班（加班150%）",
      ]),
    );
    expect(text(2)).toContain("12-21(8 休息日), 12-22(4 法定), 12-26(3 休息日), 12-27(2 平时)");
  });

  it("pays a bridging day of National Day (2026-10-05) as a rest day, 200%", () => {
    const { report, sheets } = runJob(
      ATTENDANCE_JOB,
      book(
        sheet("员工", [
          ["工号", "姓名"],
          ["E1", "张三"],
        ]),
        sheet("加班记录", [
          ["加班日期", "工号", "姓名", "加班时数", "事由"],
          ["2026-10-01", "E1", "张三", 8, "国庆值班"],
          ["2026-10-05", "E1", "张三", 8, "国庆值班"],
        ]),
      ),
      { today: "2026-10-31", lang: "en", month: "2026-10" },
    );
    expect(report.totals.overtime).toEqual({ workday: "0", restday: "8", holiday: "8" });
    const text = sheets[2]!.cells.flat().filter((c): c is string => typeof c === "string");
    expect(text).toContain("10-01(8 statutory), 10-05(8 rest day)");
  });

  it("warns once when there are no record sheets at all and counts every scheduled day as unrecorded", () => {
    const { report, issues } = runJob(
      ATTENDANCE_JOB,
      book(
        sheet("员工", [
          ["工号", "姓名"],
          ["E1", "张三"],
        ]),
      ),
      {
        today: "2026-10-31",
        lang: "zh-CN",
      },
    );
    expect(issues.map(brief)).toEqual(["no_input_sheet ! warning"]);
    expect(report.employees[0]).toMatchObject({ scheduled: "18", unrecorded: "18", present: "0" });
  });
});
