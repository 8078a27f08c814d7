import { describe, expect, it } from "vitest";
import { findJob, placeJobInputs, runJob } from "../jobs/registry";
import type { DutyRosterReport } from "../jobs/duty-roster/report";
import { demoBook, demoSheets } from "./index";
import { dutyRosterDemo } from "./dutyRoster";

const job = (id: string) => findJob(id)!;

describe.each(["2026-12-04", "2026-09-15", "2027-01-20"])("dutyRosterDemo(%s)", (today) => {
  const demo = dutyRosterDemo(today);
  const run = runJob(job("duty-roster"), demoBook(demo), { today, lang: "zh-CN" });
  const report = run.report as DutyRosterReport;

  it("is deterministic: a staff list of 12 with 5 engineers, leave slips and this month's night roster", () => {
    expect(dutyRosterDemo(today)).toEqual(demo);
    expect(demo.map((s) => s.name)).toEqual(["值班人员名单", "请假登记", `${Number(today.slice(5, 7))}月夜班表`]);
    expect(report.staff).toEqual({ listed: 12, leaders: 4, holidayStaff: 6, engineers: 5 });
  });

  it("makes next month's rosters with every slot filled, nobody on leave, carried on from this month", () => {
    expect(run.unusable).toBe(false);
    expect(report.vacant).toEqual({ holiday: 0, night: 0 });
    expect(report.nights?.previous?.date).toBe(`${today.slice(0, 7)}-${today.slice(5, 7) === "09" ? "30" : "31"}`);
    const zhao = report.slots.filter((s) => s.name === "赵磊").map((s) => s.date.slice(8));
    for (const day of ["05", "06", "07", "08", "09"]) expect(zhao).not.toContain(day);
    expect(run.issues.filter((i) => i.severity !== "info" && i.code !== "calendar_year_not_covered")).toEqual([]);
  });
});

describe("the duty roster demo in the demo workbook", () => {
  const book = demoBook(demoSheets("2026-12-04"));

  it("is read by the duty roster alone: attendance keeps its own employee list and ignores next month's slips", () => {
    const roster = placeJobInputs(job("duty-roster"), book).found.byRole;
    expect(roster.get("duty-staff")?.map((s) => s.name)).toEqual(["值班人员名单"]);
    expect(roster.get("duty-history")?.map((s) => s.name)).toEqual(["12月夜班表"]);
    expect(roster.get("leave-slips")?.map((s) => s.name)).toContain("请假登记");
    const attendance = placeJobInputs(job("attendance"), book).found.byRole;
    expect(attendance.get("employees")?.map((s) => s.name)).not.toContain("值班人员名单");
    const run = runJob(job("attendance"), book, { today: "2026-12-04", lang: "zh-CN" });
    expect(run.issues.filter((i) => i.sheet === "请假登记" || i.sheet === "值班人员名单")).toEqual([]);
  });

  it("makes January 2027's rosters: 元旦 and the nights, from the duty staff list, not the employee list", () => {
    const run = runJob(job("duty-roster"), book, { today: "2026-12-04", lang: "zh-CN" });
    const report = run.report as DutyRosterReport;
    expect(report.month).toBe("2027-01");
    expect(report.holidays.map((h) => [h.name, h.first, h.due])).toEqual([["元旦", "2027-01-01", "2026-12-31"]]);
    expect(report.staff.listed).toBe(12);
    expect(run.sheets.map((s) => s.name)).toEqual(["节假日值班表 2027-01", "工程部夜值排班表 2027-01", "问题清单 2027-01 值班"]);
  });
});
