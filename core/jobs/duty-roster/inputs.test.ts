import { describe, expect, it } from "vitest";
import { findJob, placeJobInputs, runJob } from "../registry";
import { ALL_TABLES, MIXED_SHEETS, mixedBook, rolesOf } from "../mixedWorkbook.testkit";
import { LEAVE_TABLE } from "../../people/leaveSlips";
import type { CellValue } from "../../table/sheetData";
import { DUTY_HISTORY_TABLE, DUTY_ROSTER_TABLES, DUTY_SETTINGS_TABLE, DUTY_STAFF_TABLE } from "./inputs";
import type { DutyRosterReport } from "./report";
import { KEPT, LEAVE, TEAM } from "./dutyBook.testkit";

const OURS = [DUTY_STAFF_TABLE, DUTY_HISTORY_TABLE, DUTY_SETTINGS_TABLE];
const EVERY = [...ALL_TABLES, ...OURS];
const job = (id: string) => findJob(id)!;

/** The duty roster's own sheets as offices keep them, with the role each must get. */
const OUR_SHEETS: Record<string, { role: string; values: CellValue[][] }> = {
  值班人员名单: { role: DUTY_STAFF_TABLE.role, values: TEAM },
  通讯录: {
    role: DUTY_STAFF_TABLE.role,
    values: [
      ["姓名", "职务", "手机号码", "是否值班", "值班类别"],
      ["王建华", "项目经理", "13800000001", "是", "领导"],
    ],
  },
  值班记录: { role: DUTY_HISTORY_TABLE.role, values: KEPT },
  "9月夜班": {
    role: DUTY_HISTORY_TABLE.role,
    values: [
      ["日期", "星期", "值班人员", "联系电话"],
      ["2026-09-30", "星期三", "张伟", "13800000003"],
    ],
  },
  值班设置: {
    role: DUTY_SETTINGS_TABLE.role,
    values: [
      ["每日值班领导人数", "每日值班人员人数", "夜班最少间隔天数"],
      [1, 2, 4],
    ],
  },
};
const ourBook = mixedBook(Object.fromEntries(Object.entries(OUR_SHEETS).map(([n, s]) => [n, s.values])));

describe("the duty roster's tables among every job's", () => {
  it("place its sheets by header, whatever the table order", () => {
    for (const tables of [EVERY, [...EVERY].reverse()])
      for (const [name, { role }] of Object.entries(OUR_SHEETS))
        expect(rolesOf(ourBook, tables, name), name).toEqual([role]);
  });

  it("take no other job's sheet (an employee list, overtime, holidays, requests, payments...)", () => {
    const others = mixedBook(Object.fromEntries(Object.entries(MIXED_SHEETS).map(([n, s]) => [n, s.values])));
    for (const [name, { role }] of Object.entries(MIXED_SHEETS))
      expect(rolesOf(others, EVERY, name), name).toEqual([role]);
  });

  it("share the leave slips with attendance: one table, one role", () => {
    expect(job("attendance").inputs).toContain(LEAVE_TABLE);
    expect(DUTY_ROSTER_TABLES).toContain(LEAVE_TABLE);
    expect(job("duty-roster").inputs).toEqual([...DUTY_ROSTER_TABLES]);
  });
});

describe("which list the rosters are made from", () => {
  const employees: CellValue[][] = [
    ["工号", "姓名", "部门", "岗位", "入职日期", "离职日期"],
    ["E1", "王建华", "综合办", "项目经理", "2020-01-01", null],
    ["E2", "赵磊", "工程部", "水电工", "2026-10-05", null],
    ["E3", "孙强", "工程部", "维修工", "2021-01-01", "2026-10-20"],
    ["E4", "陈晓", "客服部", "客服专员", "2022-01-01", null],
  ];
  const run = (sheets: Record<string, CellValue[][]>) => {
    const result = runJob(job("duty-roster"), mixedBook(sheets), {
      today: "2026-09-20",
      lang: "zh-CN",
      month: "2026-10",
    });
    return { ...result, report: result.report as DutyRosterReport };
  };

  it("without a duty list, the employee list attendance reads: everyone on it, within their hire and leaving dates", () => {
    const { report, issues } = run({ 员工名单: employees });
    expect(report.staff).toEqual({ listed: 4, leaders: 1, holidayStaff: 3, engineers: 2 });
    const nights = report.slots.filter((s) => s.duty === "night");
    expect(nights.filter((s) => s.date < "2026-10-05").every((s) => s.name === "孙强")).toBe(true);
    expect(nights.filter((s) => s.date > "2026-10-20").every((s) => s.name === "赵磊")).toBe(true);
    expect(issues.filter((i) => i.code === "no_input_sheet")).toEqual([]);
  });

  it("with a duty list beside it, the duty list alone; the employee list stays attendance's", () => {
    const { report } = run({ 员工名单: employees, 值班人员名单: TEAM });
    expect(report.staff.listed).toBe(9);
    const attendance = placeJobInputs(
      job("attendance"),
      mixedBook({ 员工名单: employees, 值班人员名单: TEAM }),
    );
    expect(attendance.found.byRole.get("employees")?.map((s) => s.name)).toEqual(["员工名单"]);
  });

  it("a 花名册 with 可值班 and phone columns stays attendance's employee list, and the rosters read it as the duty list", () => {
    const roll: CellValue[][] = [
      ["工号", "姓名", "部门", "岗位", "入职日期", "离职日期", "联系电话", "可值班"],
      ["E1", "王建华", "综合办", "项目经理", "2020-01-01", null, "13800000001", "是"],
      ["E2", "赵磊", "工程部", "水电工", "2020-01-01", null, "13800000006", "是"],
      ["E3", "周丽", "综合办", "出纳", "2020-01-01", null, "13800000008", "否"],
    ];
    const attendance = placeJobInputs(job("attendance"), mixedBook({ 花名册: roll }));
    expect(attendance.found.byRole.get("employees")?.map((s) => s.name)).toEqual(["花名册"]);
    const { report } = run({ 花名册: roll, 员工名单: employees });
    expect(report.staff).toEqual({ listed: 3, leaders: 1, holidayStaff: 1, engineers: 1 });
    expect(report.slots.find((s) => s.name === "赵磊")?.phone).toBe("13800000006");
  });

  it("says which list was left out, and refuses a workbook with no list at all", () => {
    const roll = [
      ["姓名", "部门", "岗位", "电话", "可值班"],
      ...TEAM.slice(2).map((r) => [1, 2, 3, 4, 5].map((c) => r[c] ?? null)),
    ];
    const both = runJob(job("duty-roster"), mixedBook({ 名单: roll, 员工名单: employees }), {
      today: "2026-09-20",
      lang: "zh-CN",
    });
    expect((both.report as DutyRosterReport).staff.listed).toBe(9);
    const none = runJob(job("duty-roster"), mixedBook({ 请假单: LEAVE }), {
      today: "2026-09-20",
      lang: "zh-CN",
    });
    expect(none.unusable).toBe(true);
    expect(none.issues.map((i) => i.code)).toContain("no_input_sheet");
  });
});

describe("the settings and the earlier rosters", () => {
  it("take the people per day and the nights apart from 值班设置, keeping a default for a fraction", () => {
    const settings: CellValue[][] = [
      ["每日值班领导人数", "每日值班人员人数", "夜班最少间隔天数"],
      [1, 2, 2.5],
    ];
    const run = runJob(job("duty-roster"), mixedBook({ 名单: TEAM, 值班设置: settings }), {
      today: "2026-09-20",
      lang: "zh-CN",
      month: "2026-10",
    });
    const report = run.report as DutyRosterReport;
    expect(report.settings).toEqual({ leaders: 1, staff: 2, gap: 3 });
    expect(run.issues.map((i) => [i.code, i.sheet, i.column, i.row])).toEqual([
      ["duty_setting_not_whole", "值班设置", "C", 2],
    ]);
    expect(report.slots.filter((s) => s.duty === "holiday-staff")).toHaveLength(14);
  });

  it("count a kept night as a night by its 班次, its sheet's name, or else by whether the day was a holiday", () => {
    const kept: CellValue[][] = [
      ["日期", "值班人"],
      ["2026-09-29", "吴敏"],
      ["2026-09-30", "孙强"],
    ];
    const run = (name: string) =>
      runJob(job("duty-roster"), mixedBook({ 名单: TEAM, [name]: kept }), {
        today: "2026-09-20",
        lang: "zh-CN",
        month: "2026-10",
      }).report as DutyRosterReport;
    expect(run("9月夜班表").nights?.previous).toEqual({ date: "2026-09-30", name: "孙强" });
    expect(run("值班记录").nights?.previous).toEqual({ date: "2026-09-30", name: "孙强" });
    const holidayKept = run("节假日值班");
    expect(holidayKept.nights?.previous).toBeNull();
    expect(holidayKept.holidayCounts.find((c) => c.name === "孙强")).toBeUndefined();
    expect(holidayKept.holidayCounts.find((c) => c.name === "吴敏")?.year).toBe(
      1 + (holidayKept.holidayCounts.find((c) => c.name === "吴敏")?.days ?? 0),
    );
  });
});
