import { describe, expect, it } from "vitest";
import { findJob, placeJobInputs, runJob } from "../jobs/registry";
import type { JobDefinition } from "../jobs/job";
import type { CalendarReport } from "../jobs/calendar/report";
import { calendarDemo } from "./calendar";
import { demoBook, demoSheets } from "./index";

const job = findJob("calendar") as JobDefinition<CalendarReport>;

describe.each(["2026-11-20", "2027-06-30"])("calendarDemo(%s)", (today) => {
  const demo = calendarDemo(today);

  it("is deterministic and adds one 事项 sheet", () => {
    expect(calendarDemo(today)).toEqual(demo);
    expect(demo.map((s) => s.name)).toEqual(["事项"]);
  });

  it("is placed among every job's demo sheets and read without an issue", () => {
    const book = demoBook(demoSheets(today));
    const { found } = placeJobInputs(job, book);
    expect(found.byRole.get("office-items")?.map((s) => s.name)).toEqual(["事项"]);
    const run = runJob(job, book, { today, lang: "zh-CN" });
    expect(run.issues.filter((i) => i.sheet === "事项")).toEqual([]);
    const own = run.report.items.filter((i) => i.source === "workbook");
    // The monthly fire check every month; the quarterly tank cleaning in March, June, September and December.
    expect(own.some((i) => i.title === "消防设施月检" && i.nominal.endsWith("-15"))).toBe(true);
    const tank = run.report.items.find((i) => i.title === "二次供水水箱清洗");
    expect(tank === undefined).toBe(![3, 6, 9, 12].includes(Number(today.slice(5, 7))));
    if (tank) expect(tank.time).toBe("15:00");
  });

  it("leaves the other jobs' placements as they were", () => {
    const book = demoBook(demoSheets(today));
    const without = demoBook(demoSheets(today).filter((s) => s.name !== "事项"));
    for (const id of ["purchase-plan", "collection", "inventory", "attendance", "cash-plan", "advances"]) {
      const other = findJob(id) as JobDefinition;
      const names = (b: typeof book) =>
        [...placeJobInputs(other, b).found.byRole].map(([role, sheets]) => [role, sheets.map((s) => s.name)]);
      expect(names(book), id).toEqual(names(without));
    }
  });
});
