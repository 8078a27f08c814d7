import { describe, expect, it } from "vitest";
import { runJob } from "../registry";
import type { SheetSpec } from "../../sheets/sheetSpec";
import { DUTY_ROSTER_JOB } from "./job";
import type { DutyRosterReport } from "./report";
import { book, KEPT, LEAVE, readBack, sheet, TEAM } from "./dutyBook.testkit";

/*
 * The golden months, worked by hand for the team of dutyBook.testkit.ts (defaults: one duty leader and one staff
 * member a holiday day, nights at least 3 apart).
 *
 * October 2026: 国庆节 10-01..07 are days off (10-10, a Saturday, is a make-up working day); due 09-30 (Wed).
 * Year so far (值班记录, 5月): 王建华 1, 李静 1, 陈晓 2; everyone else 0.
 *   Leaders 王建华 / 李静 / 张伟, each day the first of: not on duty yesterday, fewest this year, list order.
 *     10-01 张伟 (0)   10-02 王建华 (李静 on leave; 张伟 yesterday)   10-03 张伟 (李静 on leave; 王 yesterday)
 *     10-04 李静 (1, before 张 2)   10-05 王建华 (2, before 张 2 by order)   10-06 李静   10-07 张伟 (2)
 *     -> this roster 王 2, 李 2, 张 3; this year 3, 3, 3.
 *   Staff 陈晓 / 刘洋 / 赵磊 (leave 10-05..09) / 吴敏 (孙强 nights only, 周丽 none):
 *     10-01 刘洋   10-02 赵磊   10-03 吴敏   10-04 刘洋   10-05 吴敏 (赵磊 away; 刘洋 yesterday)
 *     10-06 陈晓 (吴敏 yesterday; 陈晓 2 = 刘洋 2, 陈晓 first in the list)   10-07 刘洋
 *     -> this roster 陈 1, 刘 3, 赵 1, 吴 2; this year 3, 3, 1, 2 (赵磊 was away three of the days).
 * Nights: rotation 张伟 / 赵磊 / 孙强 / 吴敏, carried on from 张伟 (09-30; 孙强 09-28, 吴敏 09-29); 赵磊 away 10-05..09.
 *   13 rest nights: 10-01..07 国庆节, weekends 10-11, 17, 18, 24, 25, 31 (10-10 is a working day).
 *   Rested (last night 3 or more before) engineers only; then the fewest nights; then a rest night to the fewest
 *   rest nights, another night to the most; then the rotation (10-11: 张伟 2 nights before 孙强 3; 10-17: 张伟 and
 *   孙强 4 each, 孙强 has 2 rest nights to 张伟's 3; 10-10 is a working Saturday, 赵磊 back with 1 night).
 *     01 赵 02 孙 03 吴 04 张 05 孙 06 吴 07 张 08 孙 09 吴 10 赵 11 张 12 孙 13 赵 14 张 15 吴 16 赵
 *     17 孙 18 吴 19 张 20 赵 21 孙 22 吴 23 张 24 赵 25 孙 26 吴 27 张 28 赵 29 孙 30 吴 31 赵
 *   -> 张伟 7 (weekend 1, holiday 2), 赵磊 8 (2, 1), 孙强 8 (2, 2), 吴敏 8 (1, 2).
 *
 * November 2026 (no holiday): no holiday sheet; the nights carry on from October's own sheet (赵磊 on 10-31; 张伟
 * 10-27, 孙强 10-29, 吴敏 10-30); 吴敏 away 11-16..18; 9 weekend nights; due 10-30 (Fri).
 *     01 孙 02 吴 03 张 04 赵 05 孙 06 吴 07 张 08 赵 09 孙 10 张 11 赵 12 吴 13 张 14 赵 15 吴 16 孙
 *     17 赵 18 张 19 孙 20 吴 21 张 22 孙 23 赵 24 吴 25 张 26 赵 27 孙 28 吴 29 张 30 赵
 *   -> 张伟 8 (weekend 3), 赵磊 8 (2), 孙强 7 (2), 吴敏 7 (2).
 */

const INPUTS = [sheet("值班人员名单", TEAM), sheet("请假单", LEAVE), sheet("值班记录", KEPT)];
const OCTOBER_NIGHTS = "赵孙吴张孙吴张孙吴赵张孙赵张吴赵孙吴张赵孙吴张赵孙吴张赵孙吴赵";
const NOVEMBER_NIGHTS = "孙吴张赵孙吴张赵孙张赵吴张赵吴孙赵张孙吴张孙赵吴张赵孙吴张赵";
const SURNAME: Record<string, string> = { 张: "张伟", 赵: "赵磊", 孙: "孙强", 吴: "吴敏" };

const october = runJob(DUTY_ROSTER_JOB, book(...INPUTS), {
  today: "2026-09-20",
  lang: "zh-CN",
  month: "2026-10",
});
const octoberReport = october.report as DutyRosterReport;
const ownOctober = october.sheets.filter((s) => !s.key.endsWith("/issues")).map(readBack);
const november = runJob(DUTY_ROSTER_JOB, book(...INPUTS, ...ownOctober), {
  today: "2026-10-20",
  lang: "zh-CN",
});
const novemberReport = november.report as DutyRosterReport;

const nightsOf = (report: DutyRosterReport) =>
  report.slots.filter((s) => s.duty === "night").map((s) => s.name);
const rows = (spec: SheetSpec | undefined) =>
  (spec?.cells ?? []).map((row) =>
    row.map((c) => (c !== null && typeof c === "object" ? ("date" in c ? c.date : null) : c)),
  );

describe("October 2026: National Day and the nights of the month", () => {
  it("rosters every day of 国庆节 as worked by hand, due the working day before", () => {
    expect(octoberReport.holidays).toEqual([
      { name: "国庆节", first: "2026-10-01", last: "2026-10-07", days: 7, due: "2026-09-30" },
    ]);
    const holiday = octoberReport.slots
      .filter((s) => s.duty !== "night")
      .map((s) => `${s.date.slice(8)} ${s.name}`);
    expect(holiday).toEqual([
      "01 张伟",
      "01 刘洋",
      "02 王建华",
      "02 赵磊",
      "03 张伟",
      "03 吴敏",
      "04 李静",
      "04 刘洋",
      "05 王建华",
      "05 吴敏",
      "06 李静",
      "06 陈晓",
      "07 张伟",
      "07 刘洋",
    ]);
    expect(octoberReport.holidayCounts).toEqual([
      { name: "王建华", role: "leader", days: 2, year: 3 },
      { name: "李静", role: "leader", days: 2, year: 3 },
      { name: "张伟", role: "leader", days: 3, year: 3 },
      { name: "陈晓", role: "staff", days: 1, year: 3 },
      { name: "刘洋", role: "staff", days: 3, year: 3 },
      { name: "赵磊", role: "staff", days: 1, year: 1 },
      { name: "吴敏", role: "staff", days: 2, year: 2 },
    ]);
  });

  it("rosters the 31 nights by rotation from 张伟, as worked by hand", () => {
    expect(nightsOf(octoberReport)).toEqual([...OCTOBER_NIGHTS].map((s) => SURNAME[s]));
    expect(octoberReport.nights).toEqual({
      due: "2026-09-30",
      previous: { date: "2026-09-30", name: "张伟" },
      counts: [
        { name: "张伟", nights: 7, weekend: 1, holiday: 2 },
        { name: "赵磊", nights: 8, weekend: 2, holiday: 1 },
        { name: "孙强", nights: 8, weekend: 2, holiday: 2 },
        { name: "吴敏", nights: 8, weekend: 1, holiday: 2 },
      ],
    });
    expect(octoberReport.vacant).toEqual({ holiday: 0, night: 0 });
  });

  it("says only that the slip of someone off the list does not touch the rosters", () => {
    expect(october.issues.map((i) => [i.code, i.severity, i.sheet, i.row, i.params?.name])).toEqual([
      ["duty_leave_not_listed", "info", "请假单", 5, "钱芳"],
    ]);
    expect(DUTY_ROSTER_JOB.summarize(octoberReport, "zh-CN")).toEqual([
      "2026-10 节假日值班：国庆节 2026-10-01～2026-10-07（报送 2026-09-30）；14 个班次，空缺 0 个",
      "2026-10 工程部夜班：31 晚，4 名工程人员（每人 7～8 晚），空缺 0 晚，报送截止 2026-09-30",
    ]);
  });

  it("writes the holiday duty sheet for the board: one row a day, names large, counts per person, signatures", () => {
    const spec = october.sheets[0]!;
    expect(spec.name).toBe("节假日值班表 2026-10");
    expect(spec.key).toBe("duty-roster/holiday/2026-10");
    const cells = rows(spec);
    const header = cells.findIndex((r) => r[0] === "日期");
    expect(cells[header]).toEqual(["日期", "星期", "节日", "值班领导", "领导电话", "值班人员", "人员电话"]);
    expect(cells[header + 2]).toEqual([
      "2026-10-01",
      "星期四",
      "国庆节",
      "张伟",
      "13800000003",
      "刘洋",
      "13800000005",
    ]);
    expect(cells.slice(header + 2, header + 9).map((r) => r[0])).toEqual([
      "2026-10-01",
      "2026-10-02",
      "2026-10-03",
      "2026-10-04",
      "2026-10-05",
      "2026-10-06",
      "2026-10-07",
    ]);
    const counts = cells.findIndex((r) => r[0] === "姓名");
    expect(cells[counts]?.slice(0, 4)).toEqual(["姓名", "值班类别", "本表天数", "本年累计"]);
    expect(cells[counts + 1]?.slice(0, 4)).toEqual(["王建华", "值班领导", 2, 3]);
    expect(cells.flat()).toContain("制表人：______________");
    expect(cells.flat()).toContain("部门经理：______________");
    expect(cells.flat()).toContain("项目负责人：______________");
    const large = spec.styles.filter((b) => b.style === "large");
    expect(large.map((b) => b.left)).toEqual(Array.from({ length: 7 }, () => [4, 6]).flat());
    expect(spec.print).toMatchObject({
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      onePage: true,
    });
  });

  it("writes the night sheet: one row a night with its weekend or holiday mark, counts with weekend and holiday nights", () => {
    const spec = october.sheets[1]!;
    expect(spec.name).toBe("工程部夜值排班表 2026-10");
    const cells = rows(spec);
    const header = cells.findIndex((r) => r[0] === "日期");
    expect(cells[header]).toEqual(["日期", "星期", "周末/节假日", "值班人", "联系电话", "备注"]);
    const nights = cells.slice(header + 1, header + 32);
    expect(nights.map((r) => r[0])).toEqual(
      Array.from({ length: 31 }, (_, i) => `2026-10-${String(i + 1).padStart(2, "0")}`),
    );
    expect(nights.map((r) => r[2])).toEqual([
      ...Array.from({ length: 7 }, () => "国庆节"),
      null,
      null,
      "调休上班",
      "周末",
      null,
      null,
      null,
      null,
      null,
      "周末",
      "周末",
      null,
      null,
      null,
      null,
      null,
      "周末",
      "周末",
      null,
      null,
      null,
      null,
      null,
      "周末",
    ]);
    expect(nights[0]).toEqual(["2026-10-01", "星期四", "国庆节", "赵磊", "13800000006", null]);
    const counts = cells.findIndex((r) => r[0] === "姓名");
    expect(cells.slice(counts, counts + 5).map((r) => r.slice(0, 4))).toEqual([
      ["姓名", "夜班次数", "其中周末", "其中节假日"],
      ["张伟", 7, 1, 2],
      ["赵磊", 8, 2, 1],
      ["孙强", 8, 2, 2],
      ["吴敏", 8, 1, 2],
    ]);
    expect(cells.flat()).toContain("上月最后值班：2026-09-30 张伟");
  });
});

describe("November 2026: a month without holidays", () => {
  it("makes the night roster alone, carried on from October's own sheet, with an info line for the holidays", () => {
    expect(november.sheets.map((s) => s.name)).toEqual(["工程部夜值排班表 2026-11", "问题清单 2026-11 值班"]);
    expect(novemberReport.holidays).toEqual([]);
    expect(nightsOf(novemberReport)).toEqual([...NOVEMBER_NIGHTS].map((s) => SURNAME[s]));
    expect(novemberReport.nights?.previous).toEqual({ date: "2026-10-31", name: "赵磊" });
    expect(novemberReport.nights?.counts).toEqual([
      { name: "张伟", nights: 8, weekend: 3, holiday: 0 },
      { name: "赵磊", nights: 8, weekend: 2, holiday: 0 },
      { name: "孙强", nights: 7, weekend: 2, holiday: 0 },
      { name: "吴敏", nights: 7, weekend: 2, holiday: 0 },
    ]);
    expect(
      novemberReport.slots.filter((s) => s.date >= "2026-11-16" && s.date <= "2026-11-18").map((s) => s.name),
    ).not.toContain("吴敏");
    expect(november.issues).toEqual([]);
    expect(DUTY_ROSTER_JOB.summarize(novemberReport, "zh-CN")).toEqual([
      "2026-11 没有节假日，不排节假日值班",
      "2026-11 工程部夜班：30 晚，4 名工程人员（每人 7～8 晚），空缺 0 晚，报送截止 2026-10-30",
    ]);
  });

  it("reads its own October sheets back in English and Traditional Chinese alike", () => {
    for (const lang of ["en", "zh-TW"] as const) {
      const written = runJob(DUTY_ROSTER_JOB, book(...INPUTS), {
        today: "2026-09-20",
        lang,
        month: "2026-10",
      });
      const own = written.sheets.filter((s) => !s.key.endsWith("/issues")).map(readBack);
      const next = runJob(DUTY_ROSTER_JOB, book(...INPUTS, ...own), {
        today: "2026-10-20",
        lang,
        month: "2026-11",
      });
      expect(nightsOf(next.report as DutyRosterReport), lang).toEqual(nightsOf(novemberReport));
    }
  });

  it("counts the year's holiday duties from its own earlier holiday sheets", () => {
    // December has no holiday of the law: the office declares a day off of its own on its 节假日 sheet.
    const dayOff = sheet("节假日", [
      ["日期", "类型", "名称"],
      ["2026-12-14", "休", "公司周年庆"],
    ]);
    const run = runJob(DUTY_ROSTER_JOB, book(...INPUTS, dayOff, ...ownOctober), {
      today: "2026-11-20",
      lang: "zh-CN",
      month: "2026-12",
    });
    const report = run.report as DutyRosterReport;
    expect(report.holidays).toEqual([
      { name: "公司周年庆", first: "2026-12-14", last: "2026-12-14", days: 1, due: "2026-12-11" },
    ]);
    // leaders all at 3 this year: 王建华 by list order; staff: 赵磊 has 1, the fewest
    expect(report.slots.filter((s) => s.duty !== "night").map((s) => s.name)).toEqual(["王建华", "赵磊"]);
    expect(report.holidayCounts.find((c) => c.name === "赵磊")).toEqual({
      name: "赵磊",
      role: "staff",
      days: 1,
      year: 2,
    });
  });
});
