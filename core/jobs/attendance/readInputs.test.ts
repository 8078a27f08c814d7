import { describe, expect, it } from "vitest";
import type { CellValue, SheetData } from "../../table/sheetData";
import { runJob } from "../registry";
import { ATTENDANCE_JOB } from "./job";
import { book, brief, gridSheet, serial, sheet } from "./testBook.testkit";

/** E1 张三, E2 李四, and two employees named 王芳 (E3 in 客服部, E4 in 工程部), all employed all month. */
const EMPLOYEES = sheet("员工", [
  ["工号", "姓名", "部门", "入职日期", "离职日期"],
  ["E1", "张三", "客服部", null, null],
  ["E2", "李四", "客服部", null, null],
  ["E3", "王芳", "客服部", null, null],
  ["E4", "王芳", "工程部", null, null],
]);

const STATUS_HEADER: CellValue[] = ["日期", "工号", "姓名", "状态"];
const SLIP_HEADER: CellValue[] = ["工号", "姓名", "请假类型", "开始日期", "结束日期", "天数"];

/**
 * Runs October 2026 with the employee list and the given sheets; leaves out the per-employee unrecorded-day
 * warnings and the warning that there are no record sheets (cases with only slips or overtime).
 */
function run(...sheets: SheetData[]) {
  const result = runJob(ATTENDANCE_JOB, book(EMPLOYEES, ...sheets), { today: "2026-10-31", lang: "zh-CN" });
  const problems = result.issues.filter(
    (i) => i.code !== "unrecorded_days" && !(i.code === "no_input_sheet" && i.severity === "warning"),
  );
  const employee = (id: string) => result.report.employees.find((e) => e.id === id)!;
  return { ...result, problems, employee };
}

describe("bad input: each problem is an issue at its sheet, row and column", () => {
  it("overlapping leave slips: the later slip's overlapping days count once, for the earlier slip", () => {
    const { problems, employee } = run(
      sheet("请假单", [
        SLIP_HEADER,
        ["E1", "张三", "事假", "2026-10-12", "2026-10-14", 3],
        ["E1", "张三", "病假", "2026-10-14", "2026-10-15", 2],
      ]),
    );
    expect(problems.map(brief)).toEqual(["leave_overlap 请假单!D3 warning"]);
    expect(problems[0]!.params).toMatchObject({ dates: "2026-10-14", firstSheet: "请假单", firstRow: 2 });
    // 事假 12, 13, 14 = 3; 病假 only 15 = 1.
    expect(employee("E1").leave).toEqual({ 事假: "3", 病假: "1" });
  });

  it("a slip ending before it starts is an error and counts nothing", () => {
    const { problems, employee } = run(
      sheet("请假单", [SLIP_HEADER, ["E1", "张三", "事假", "2026-10-14", "2026-10-12", null]]),
    );
    expect(problems.map(brief)).toEqual(["end_before_start 请假单!E2 error"]);
    expect(problems[0]!.params).toMatchObject({ value: "2026-10-12", start: "2026-10-14" });
    expect(employee("E1").leave).toEqual({});
  });

  it("attendance marked on a leave day: the leave counts, the record is flagged", () => {
    const { problems, employee } = run(
      sheet("出勤记录", [STATUS_HEADER, ["2026-10-12", "E1", "张三", "√"]]),
      sheet("请假单", [SLIP_HEADER, ["E1", "张三", "事假", "2026-10-12", null, 1]]),
    );
    expect(problems.map(brief)).toEqual(["attendance_on_leave_day 出勤记录!D2 warning"]);
    expect(employee("E1")).toMatchObject({ present: "0", leave: { 事假: "1" } });
    expect(employee("E1").days[11]).toBe("事");
  });

  it("an unknown status symbol is an error at its cell; the day stays unrecorded", () => {
    const { problems, employee } = run(sheet("出勤记录", [STATUS_HEADER, ["2026-10-12", "E1", "张三", "○"]]));
    expect(problems.map(brief)).toEqual(["unknown_status 出勤记录!D2 error"]);
    expect(problems[0]!.params).toEqual({ value: "○" });
    expect(employee("E1")).toMatchObject({ present: "0", unrecorded: "18" });
  });

  it.each<[string, CellValue[], string]>([
    ["by ID", ["2026-10-12", "E9", "赵六", "√"], "employee_unknown 出勤记录!B2 error"],
    ["by name", ["2026-10-12", null, "赵六", "√"], "employee_unknown 出勤记录!C2 error"],
  ])("an employee in the records but not in the list (%s) is an error", (_how, row, expected) => {
    const { problems, report } = run(sheet("出勤记录", [STATUS_HEADER, row]));
    expect(problems.map(brief)).toEqual([expected]);
    expect(report.employees.map((e) => e.id)).toEqual(["E1", "E2", "E3", "E4"]);
  });

  it("two employees with the same name: matched by ID, an error when only the name is given", () => {
    const { problems, employee } = run(
      sheet("出勤记录", [
        STATUS_HEADER,
        ["2026-10-12", "E4", "王芳", "√"],
        ["2026-10-13", null, "王芳", "√"],
      ]),
    );
    expect(problems.map(brief)).toEqual(["ambiguous_employee_name 出勤记录!C3 error"]);
    expect(problems[0]!.params).toEqual({ name: "王芳", ids: "E3, E4" });
    expect(employee("E4").present).toBe("1");
    expect(employee("E3").present).toBe("0");
  });

  it("an ID listed under another name is matched by the ID, with a warning at the name", () => {
    const { problems, employee } = run(sheet("出勤记录", [STATUS_HEADER, ["2026-10-12", "e1", "李四", "√"]]));
    expect(problems.map(brief)).toEqual(["employee_name_mismatch 出勤记录!C2 warning"]);
    expect(employee("E1").present).toBe("1");
    expect(employee("E2").present).toBe("0");
  });

  it("a record naming no one is an error at its name cell", () => {
    const { problems } = run(sheet("出勤记录", [STATUS_HEADER, ["2026-10-12", null, null, "√"]]));
    expect(problems.map(brief)).toEqual(["value_required 出勤记录!C2 error"]);
  });

  it("a record list with neither an ID nor a name column is not read", () => {
    const { problems } = run(
      sheet("出勤记录", [
        ["日期", "部门", "状态"],
        ["2026-10-12", "客服部", "√"],
      ]),
    );
    expect(problems.map(brief)).toEqual(["missing_required_column 出勤记录!A1 error"]);
  });

  it("a second, different record of a day is ignored with a warning; an identical one quietly", () => {
    const { problems, employee } = run(
      sheet("出勤记录", [
        STATUS_HEADER,
        ["2026-10-12", "E1", "张三", "√"],
        ["2026-10-12", "E1", "张三", "√"],
        ["2026-10-12", "E1", "张三", "旷"],
      ]),
    );
    expect(problems.map(brief)).toEqual(["duplicate_record 出勤记录!D4 warning"]);
    expect(employee("E1")).toMatchObject({ present: "1", absent: "0" });
  });

  it("a duplicate employee ID in the list is an error on the later row", () => {
    const list = sheet("员工2", [
      ["工号", "姓名"],
      ["E1", "张三丰"],
    ]);
    const { problems, report } = run(list);
    expect(problems.map(brief)).toEqual(["duplicate_employee 员工2!A2 error"]);
    expect(report.employees).toHaveLength(4);
  });

  it("an unknown leave type is an error at the type cell", () => {
    const { problems } = run(sheet("请假单", [SLIP_HEADER, ["E1", "张三", "探亲假", "2026-10-12", null, 1]]));
    expect(problems.map(brief)).toEqual(["unknown_leave_type 请假单!C2 error"]);
  });

  it("a slip whose days match neither its working nor its calendar days is counted by working days, with a warning", () => {
    const { problems, employee } = run(
      sheet("请假单", [SLIP_HEADER, ["E1", "张三", "事假", "2026-10-12", "2026-10-14", 5]]),
    );
    expect(problems.map(brief)).toEqual(["leave_days_mismatch 请假单!F2 warning"]);
    expect(problems[0]!.params).toEqual({ days: "5", counted: 3 });
    expect(employee("E1").leave).toEqual({ 事假: "3" });
  });

  it("clock times that are no time, or out of order, are errors at their cells", () => {
    const { problems } = run(
      sheet("打卡", [
        ["日期", "工号", "上班时间", "下班时间"],
        ["2026-10-12", "E1", "8:75", "18:00"],
        ["2026-10-13", "E1", "18:00", "08:00"],
      ]),
    );
    expect(problems.map(brief)).toEqual(["not_a_time 打卡!C2 error", "end_before_start 打卡!D3 error"]);
  });

  it("a bad standard time in 考勤设置 keeps the default, with an error", () => {
    const { problems, employee } = run(
      sheet("考勤设置", [
        ["上班时间", "下班时间"],
        ["九点", "18:00"],
      ]),
      sheet("打卡", [
        ["日期", "工号", "上班时间", "下班时间"],
        ["2026-10-12", "E1", "09:01", "18:00"],
      ]),
    );
    expect(problems.map(brief)).toEqual(["not_a_time 考勤设置!A2 error"]);
    expect(employee("E1").late).toBe(1);
  });

  it.each<[number, string]>([
    [30, "overtime_hours_too_many 加班!C2 error"],
    [0, "not_positive 加班!C2 error"],
  ])("overtime of %s hours is an error and not counted", (hours, expected) => {
    const { problems, report } = run(
      sheet("加班", [
        ["加班日期", "工号", "加班时数"],
        ["2026-10-17", "E1", hours],
      ]),
    );
    expect(problems.map(brief)).toEqual([expected]);
    expect(report.totals.overtime).toEqual({ workday: "0", restday: "0", holiday: "0" });
  });

  it.each<[string, SheetData]>([
    [
      "date headers",
      sheet("9月考勤", [
        [
          "工号",
          ...Array.from({ length: 30 }, (_, i) => serial(`2026-09-${String(i + 1).padStart(2, "0")}`)),
        ],
        ["E1", ...Array.from({ length: 30 }, () => "√")],
      ]),
    ],
    [
      "a month label",
      sheet("9月考勤", [
        ["考勤月份：2026年9月"],
        ["工号", ...Array.from({ length: 30 }, (_, i) => i + 1)],
        ["E1", ...Array.from({ length: 30 }, () => "√")],
      ]),
    ],
  ])("a grid of another month (by its %s) is not used", (_how, grid) => {
    const { problems, employee } = run(grid);
    expect(problems.map((i) => `${i.code} ${i.sheet} ${i.severity}`)).toEqual([
      "grid_other_month 9月考勤 error",
    ]);
    expect(problems[0]!.params).toEqual({ gridMonth: "2026-09", month: "2026-10" });
    expect(employee("E1").present).toBe("0");
  });

  it("a value in a grid's day 31 in a 30-day month is ignored with a warning", () => {
    const grid = gridSheet("11月考勤", "2026-11", [["E1", "张三", []]]);
    grid.values[2]!.push(31);
    grid.values[4]![34] = "√";
    const result = runJob(ATTENDANCE_JOB, book(EMPLOYEES, grid), { today: "2026-11-30", lang: "zh-CN" });
    const problems = result.issues.filter((i) => i.code !== "unrecorded_days");
    expect(problems.map(brief)).toEqual(["day_not_in_month 11月考勤!AI5 warning"]);
  });

  it("a grid's placeholders and rest marks outside employment are quiet, a presence mark there is an error", () => {
    const list = sheet("员工", [
      ["工号", "姓名", "入职日期"],
      ["E1", "张三", "2026-10-09"],
    ]);
    const grid = gridSheet("10月考勤", "2026-10", [
      ["E1", "张三", ["休", "/", "未入职", "—", "休", "休", "√", "休", "√"]],
    ]);
    const result = runJob(ATTENDANCE_JOB, book(list, grid), { today: "2026-10-09", lang: "zh-CN" });
    // Hired 10-09: day 7's √ (column 4 + 7 = K) is the only problem; days after today are not yet recorded.
    expect(result.issues.map(brief)).toEqual([
      "days_not_yet_recorded ! warning",
      "record_outside_employment 10月考勤!K5 error",
    ]);
    expect(result.report.employees[0]!.days.slice(0, 9)).toEqual(["", "", "", "", "", "", "", "", "√"]);
  });

  it("a missing employee list makes the workbook unusable", () => {
    const result = runJob(
      ATTENDANCE_JOB,
      book(sheet("出勤记录", [STATUS_HEADER, ["2026-10-12", "E1", "张三", "√"]])),
      {
        today: "2026-10-31",
        lang: "zh-CN",
      },
    );
    expect(result.issues.map(brief)).toContain("no_input_sheet ! error");
  });
});
