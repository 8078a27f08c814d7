import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { CellValue, MergedArea, SheetData } from "../../table/sheetData";
import { runJob } from "../registry";
import { ATTENDANCE_JOB } from "./job";
import { book, brief, sheet } from "./testBook.testkit";

/**
 * November 2026: Sundays 1, 8, 15, 22, 29 and Saturdays 7, 14, 21, 28, no holiday, so 30 - 9 = 21 working days.
 * A grid here has the header on row 1 (工号, 姓名, 部门, 时段, then days 1..30 from column E: day d is column 4 + d).
 */
const WEEKEND = new Set([1, 7, 8, 14, 15, 21, 22, 28, 29]);
const DAY_HEADER: CellValue[] = [
  "工号",
  "姓名",
  "部门",
  "时段",
  ...Array.from({ length: 30 }, (_, i) => i + 1),
];

/** 30 day cells: `special[day]` where given (null: blank), else √ on working days and 休 on weekends. */
function november(special: Record<number, CellValue> = {}): CellValue[] {
  return Array.from({ length: 30 }, (_, i) => {
    const day = i + 1;
    if (day in special) return special[day] ?? null;
    return WEEKEND.has(day) ? "休" : "√";
  });
}

/** 30 day cells of a 加班 row: the hours given, blank elsewhere. */
function hours(byDay: Record<number, number>): CellValue[] {
  return Array.from({ length: 30 }, (_, i) => byDay[i + 1] ?? null);
}

/** A merged area down one column (1-based column, Excel rows). */
const down = (column: number, top: number, bottom: number): MergedArea => ({
  top,
  bottom,
  left: column,
  right: column,
});

function withMerges(data: SheetData, merges: MergedArea[]): SheetData {
  return { ...data, merges };
}

const LIST = sheet("员工名单", [
  ["工号", "姓名", "部门"],
  ["E1", "张三", "客服部"],
  ["E2", "李四", "客服部"],
]);

function run(...sheets: SheetData[]) {
  const result = runJob(ATTENDANCE_JOB, book(...sheets), {
    today: "2026-11-30",
    lang: "zh-CN",
    month: "2026-11",
  });
  const employee = (name: string) => result.report.employees.find((e) => e.name === name)!;
  return { ...result, employee, problems: result.issues.map(brief) };
}

describe("two rows per person: 上午 over 下午", () => {
  // 张三: 11-10 afternoon 事 -> 事假 0.5, present 21 - 0.5 = 20.5.
  // 李四: 11-12 afternoon 事 with a slip of 0.5 day on 11-12: the slip takes the afternoon the grid shows,
  //       so 事假 0.5 (not the whole day), present 20.5; 11-13 迟 in the afternoon row: late once, present.
  const grid = withMerges(
    sheet("11月考勤", [
      DAY_HEADER,
      ["E1", "张三", "客服部", "上午", ...november()],
      [null, null, null, "下午", ...november({ 10: "事" })],
      ["E2", "李四", "客服部", "上午", ...november()],
      [null, null, null, "下午", ...november({ 12: "事", 13: "迟" })],
    ]),
    [down(1, 2, 3), down(2, 2, 3), down(3, 2, 3), down(1, 4, 5), down(2, 4, 5), down(3, 4, 5)],
  );
  const slips = sheet("请假单", [
    ["工号", "姓名", "请假类型", "开始日期", "结束日期", "天数"],
    ["E2", "李四", "事假", "2026-11-12", "2026-11-12", 0.5],
  ]);
  const { employee, problems, report } = run(LIST, grid, slips);

  it("reads the afternoon rows (no row is rejected) and counts each half as half a day", () => {
    expect(problems).toEqual([]);
    expect(employee("张三")).toMatchObject({ scheduled: "21", present: "20.5", leave: { 事假: "0.5" } });
    expect(employee("张三").days[9]).toBe("√/事");
  });

  it("a half-day slip on a half the grid shows stays half a day", () => {
    expect(employee("李四")).toMatchObject({ present: "20.5", leave: { 事假: "0.5" }, late: 1 });
    expect(report.leaveSlips[0]).toMatchObject({ halfDay: "2026-11-12", daysInMonth: "0.5" });
    expect(employee("李四").days.slice(11, 13)).toEqual(["√/事", "迟"]);
  });
});

describe("which rows belong to a person", () => {
  it("a 下午 label under a person's row, without merged cells", () => {
    const { employee, problems } = run(
      LIST,
      sheet("11月考勤", [
        DAY_HEADER,
        ["E1", "张三", "客服部", "上午", ...november({ 3: "病" })],
        [null, null, null, "下午", ...november()],
      ]),
    );
    // 11-03 sick in the morning only: 病假 0.5; present 21 - 0.5 = 20.5.
    expect(problems.filter((p) => !p.startsWith("unrecorded_days"))).toEqual([]);
    expect(employee("张三")).toMatchObject({ present: "20.5", leave: { 病假: "0.5" } });
  });

  it("a name merged over two rows without labels: the upper row is the morning, the lower the afternoon", () => {
    const { employee, problems } = run(
      LIST,
      withMerges(
        sheet("11月考勤", [
          ["工号", "姓名", ...Array.from({ length: 30 }, (_, i) => i + 1)],
          ["E1", "张三", ...november({ 4: "年" })],
          [null, null, ...november()],
        ]),
        [down(1, 2, 3), down(2, 2, 3)],
      ),
    );
    // 11-04 annual leave in the morning: 年假 0.5, present 20.5.
    expect(problems.filter((p) => !p.startsWith("unrecorded_days"))).toEqual([]);
    expect(employee("张三")).toMatchObject({ present: "20.5", leave: { 年假: "0.5" } });
    expect(employee("张三").days[3]).toBe("年/√");
  });

  it("a row without a name, label or merge is still an error naming no one", () => {
    const { problems } = run(
      LIST,
      sheet("11月考勤", [
        DAY_HEADER,
        ["E1", "张三", "客服部", null, ...november()],
        [null, null, null, null, "√"],
      ]),
    );
    expect(problems).toContain("value_required 11月考勤!B3 error");
  });

  it("an afternoon only: the mornings are unrecorded", () => {
    const { employee } = run(
      LIST,
      sheet("11月考勤", [DAY_HEADER, ["E1", "张三", "客服部", "下午", ...november()]]),
    );
    // A lone 下午 row is its own person's row: every morning of the 21 working days is unrecorded (10.5 days).
    expect(employee("张三")).toMatchObject({ present: "10.5", unrecorded: "10.5" });
  });
});

describe("出勤 and 加班 rows under one merged name", () => {
  // 11-07 (Saturday) 8 hours: rest day 200%; 11-10 2 hours and 11-11 1.5 hours: workdays 150%; 0 on 11-12 is none.
  const grid = withMerges(
    sheet("11月考勤", [
      DAY_HEADER,
      ["E1", "张三", "客服部", "出勤", ...november({ 7: "√" })],
      [null, null, null, "加班", ...hours({ 7: 8, 10: 2, 11: 1.5, 12: 0 })],
    ]),
    [down(1, 2, 3), down(2, 2, 3), down(3, 2, 3)],
  );

  it("takes the hours of the 加班 row as overtime, classed by the day", () => {
    const { employee, problems } = run(LIST, grid);
    expect(problems.filter((p) => !p.startsWith("unrecorded_days"))).toEqual([]);
    expect(employee("张三")).toMatchObject({
      present: "21",
      overtime: { workday: "3.5", restday: "8", holiday: "0" },
    });
  });

  it("hours that are no number or more than 24 are errors at their cells", () => {
    const bad = withMerges(
      sheet("11月考勤", [
        DAY_HEADER,
        ["E1", "张三", "客服部", "出勤", ...november()],
        [null, null, null, "加班", "两小时", 30, ...Array.from({ length: 28 }, () => null)],
      ]),
      [down(2, 2, 3)],
    );
    expect(run(LIST, bad).problems.filter((p) => !p.startsWith("unrecorded_days"))).toEqual([
      "not_a_number 11月考勤!E3 error",
      "overtime_hours_too_many 11月考勤!F3 error",
    ]);
  });
});

describe("a grid without an employee list", () => {
  // 一、客服部: 张三, 李四 (部门 merged down over both is not needed: the section gives it); 二、工程部: 王五.
  const grid = withMerges(
    sheet("11月考勤", [
      ["项目：阳光花园"],
      ["姓名", "岗位", ...Array.from({ length: 30 }, (_, i) => i + 1)],
      ["一、客服部"],
      ["张三", "客服主管", ...november({ 20: "出差" })],
      ["李四", "客服专员", ...november({ 3: "旷工" })],
      ["二、工程部"],
      ["王五", "电工", ...november()],
    ]),
    [],
  );

  it("takes the grid's people as the employees, with a warning that their dates are unknown", () => {
    const { report, issues, problems } = run(grid);
    expect(problems).toEqual(["employees_from_grid 11月考勤!A2 warning"]);
    expect(issues[0]!.params).toEqual({ sheet: "11月考勤", count: 3 });
    expect(report.employees.map((e) => [e.name, e.department, e.position, e.hireDate, e.leaveDate])).toEqual([
      ["张三", "客服部", "客服主管", null, null],
      ["李四", "客服部", "客服专员", null, null],
      ["王五", "工程部", "电工", null, null],
    ]);
    // Every working day is scheduled: 21 each. 张三's 出差 on 11-20 is present and a trip; 李四 absent once.
    expect(report.totals).toMatchObject({ scheduled: "63", present: "62", trip: "1", absent: "1" });
  });

  it("reads the slips and overtime of the grid's people, and names a stranger", () => {
    const { employee, problems } = run(
      grid,
      sheet("请假单", [
        ["姓名", "请假类型", "开始日期", "天数"],
        ["王五", "病假", "2026-11-05", 1],
        ["赵六", "事假", "2026-11-06", 1],
      ]),
    );
    expect(employee("王五")).toMatchObject({ present: "20", leave: { 病假: "1" } });
    expect(problems).toContain("employee_unknown 请假单!A3 error");
  });

  it("a department column merged down over its people gives each of them the department", () => {
    const merged = withMerges(
      sheet("11月考勤", [
        ["部门", "工号", "姓名", ...Array.from({ length: 30 }, (_, i) => i + 1)],
        ["客服部", "E1", "张三", ...november()],
        [null, "E2", "李四", ...november()],
        ["工程部", "E3", "王五", ...november()],
      ]),
      [down(1, 2, 3)],
    );
    const { report } = run(merged);
    expect(report.employees.map((e) => [e.id, e.department])).toEqual([
      ["E1", "客服部"],
      ["E2", "客服部"],
      ["E3", "工程部"],
    ]);
  });

  it("a person on two grids is one employee; the second grid's different day is a duplicate record", () => {
    const first = sheet("客服部考勤", [
      ["工号", "姓名", ...DAY_HEADER.slice(4)],
      ["E1", "张三", ...november()],
    ]);
    const second = sheet("补充考勤", [
      ["工号", "姓名", ...DAY_HEADER.slice(4)],
      ["e1", "张三", ...november({ 2: "病" })],
    ]);
    const { report, problems } = run(first, second);
    expect(report.employees).toHaveLength(1);
    // Day 2 is column D (day 1 in C).
    expect(problems).toEqual([
      "employees_from_grid 客服部考勤!A1 warning",
      "duplicate_record 补充考勤!D2 warning",
    ]);
  });

  it("without a list or a grid the job cannot run", () => {
    const statuses = sheet("出勤记录", [
      ["日期", "姓名", "状态"],
      ["2026-11-02", "张三", "√"],
    ]);
    expect(run(statuses).problems).toContain("no_input_sheet ! error");
  });
});

describe("the office's legend, on the grid or in the workbook", () => {
  /** 张三 with × on Monday 11-02 and Tuesday 11-03, △ on 11-04; 李四 with √ every working day. */
  const gridWith = (...below: CellValue[][]) =>
    sheet("11月考勤", [
      ["工号", "姓名", ...DAY_HEADER.slice(4)],
      ["E1", "张三", ...november({ 2: "×", 3: "×", 4: "△" })],
      ["E2", "李四", ...november()],
      ...below,
    ]);

  it("× is what the sheet's legend says (休假: rest, so 调休 on a working day), △ a business trip", () => {
    const { employee, problems } = run(LIST, gridWith([], ["说明：√出勤 ×休假 △出差 休 休息"]));
    // 11-02, 11-03 休假 on working days: 调休 2, each with a warning; 11-04 出差: present, trip 1.
    expect(problems).toEqual([
      "rest_on_working_day 11月考勤!D2 warning",
      "rest_on_working_day 11月考勤!E2 warning",
    ]);
    expect(employee("张三")).toMatchObject({ present: "19", trip: "1", absent: "0", leave: { 调休: "2" } });
  });

  it("without a legend × is absent, named once with its count; △ is no built-in symbol", () => {
    const { employee, problems, issues } = run(LIST, gridWith());
    // 21 working days less 2 (×, absent) and 1 (△, unreadable: unrecorded) = 18 present.
    expect(problems).toEqual([
      "unrecorded_days 11月考勤!B2 warning",
      "status_meaning_assumed 11月考勤!D2 warning",
      "unknown_status 11月考勤!F2 error",
    ]);
    expect(issues.find((i) => i.code === "status_meaning_assumed")!.params).toMatchObject({
      symbol: "×",
      count: 2,
    });
    expect(employee("张三")).toMatchObject({ present: "18", absent: "2", unrecorded: "1" });
  });

  it("a symbol the legend does not define is an error at its cell, even a built-in one", () => {
    const { problems } = run(LIST, gridWith([], ["说明：√出勤 △出差 ×旷工"]));
    // 休 on the weekends is not in this legend: every weekend cell of both rows is an error (9 + 9).
    expect(problems.filter((p) => p.startsWith("legend_symbol_undefined"))).toHaveLength(18);
    expect(problems).toContain("legend_symbol_undefined 11月考勤!C2 error");
  });

  it("a legend on the 考勤设置 sheet serves a grid without its own; the grid's own wins", () => {
    const settings = sheet("考勤设置", [
      ["上班时间", "下班时间"],
      ["09:00", "18:00"],
      [],
      ["考勤符号说明"],
      ["√", "出勤"],
      ["×", "事假"],
      ["△", "迟到"],
      ["休", "休息"],
    ]);
    const fromBook = run(LIST, gridWith(), settings);
    expect(fromBook.problems).toEqual([]);
    expect(fromBook.employee("张三")).toMatchObject({ present: "19", late: 1, leave: { 事假: "2" } });
    const own = run(LIST, gridWith([], ["说明：√出勤 ×旷工 △出差 休休息"]), settings);
    expect(own.employee("张三")).toMatchObject({ absent: "2", trip: "1" });
  });

  it("a legend sheet of its own (符号 | 含义) is placed and read", () => {
    const legend = sheet("考勤符号", [
      ["符号", "含义"],
      ["√", "出勤"],
      ["×", "病假"],
      ["△", "外勤"],
      ["休", "休息"],
    ]);
    const { employee, problems } = run(LIST, gridWith(), legend);
    expect(problems).toEqual([]);
    expect(employee("张三")).toMatchObject({ present: "19", trip: "1", leave: { 病假: "2" } });
  });

  it("a status list's legend reads its status column", () => {
    const statuses = sheet("出勤记录", [
      ["日期", "工号", "状态"],
      ["2026-11-02", "E1", "○"],
      ["2026-11-03", "E1", "◇"],
      [],
      ["注：○事假 ◇培训"],
    ]);
    const { employee } = run(LIST, statuses);
    expect(employee("张三")).toMatchObject({ present: "1", trip: "1", leave: { 事假: "1" } });
  });
});

describe("上午 and 下午 rows, whatever they hold", () => {
  const half = fc.constantFrom<string | null>(null, "√", "迟", "早", "事", "病", "年", "旷", "差", "休");
  const days = fc.array(fc.tuple(half, half), { minLength: 30, maxLength: 30 });

  it("count the same as one row whose cells say morning/afternoon (事/√)", () => {
    fc.assert(
      fc.property(days, (pairs) => {
        const twoRows = sheet("11月考勤", [
          DAY_HEADER,
          ["E1", "张三", "客服部", "上午", ...pairs.map(([am]) => am)],
          [null, null, null, "下午", ...pairs.map(([, pm]) => pm)],
        ]);
        const oneRow = sheet("11月考勤", [
          DAY_HEADER,
          [
            "E1",
            "张三",
            "客服部",
            null,
            ...pairs.map(([am, pm]) => (am === null && pm === null ? null : `${am ?? ""}/${pm ?? ""}`)),
          ],
        ]);
        const a = run(LIST, twoRows);
        const b = run(LIST, oneRow);
        expect(a.employee("张三")).toEqual(b.employee("张三"));
        // The same issues at the same day's column (the two-row grid's may name the afternoon's row).
        const where = (r: typeof a) =>
          r.issues.map((i) => `${i.code} ${i.sheet ?? ""}!${i.column ?? ""}`).sort();
        expect(where(a)).toEqual(where(b));
      }),
      { numRuns: 40 },
    );
  });
});
