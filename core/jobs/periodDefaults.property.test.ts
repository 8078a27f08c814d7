import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { BookData } from "../table/sheetData";
import { addDays, addMonths, firstDayOf, lastDayOf, monthOf, type IsoDate } from "../values/isoDate";
import type { DemoSheet } from "./job";
import { datesAfterToday, defaultAsOf, previousMonth } from "./periodDefaults";
import { JOBS, runRegisteredJob } from "./registry";

/** Jobs whose sheet plans next month: their period is the future by nature, their as-of date is not. */
const PLAN_JOBS = new Set(["purchase-plan", "cash-plan"]);

const day = (from: IsoDate, days: number) =>
  fc.integer({ min: 0, max: days }).map((n): IsoDate => addDays(from, n));

/** The first day of a default period, whatever its form (a month, a date, a range `a~b`). */
const periodStart = (period: string): IsoDate =>
  period.length === 7 ? firstDayOf(period) : period.slice(0, 10);

describe("default periods and as-of dates never lie after today", () => {
  it("every job that describes what happened defaults to a period begun by today; plans to next month", () => {
    fc.assert(
      fc.property(day("2000-01-01", 36_500), (today) => {
        for (const job of JOBS) {
          const period = job.defaultPeriod(today);
          if (PLAN_JOBS.has(job.id)) expect(period).toBe(addMonths(monthOf(today), 1));
          else expect(periodStart(period) <= today, `${job.id} ${period} on ${today}`).toBe(true);
        }
      }),
    );
  });

  it("collection and fee statistics default to last month; the as-of date to its end or today", () => {
    fc.assert(
      fc.property(day("2000-01-01", 36_500), fc.integer({ min: -30, max: 30 }), (today, shift) => {
        expect(previousMonth(today)).toBe(addMonths(monthOf(today), -1));
        const month = addMonths(monthOf(today), shift);
        const asOf = defaultAsOf(month, today);
        expect(asOf <= today && asOf <= lastDayOf(month)).toBe(true);
        expect(asOf === today || asOf === lastDayOf(month)).toBe(true);
      }),
    );
  });

  it.each([
    ["2026-12-04", "2026-11", "2026-11-30"],
    ["2026-01-09", "2025-12", "2025-12-31"],
    ["2026-03-01", "2026-02", "2026-02-28"],
  ])("on %s collection reports on %s as of %s", (today, month, asOf) => {
    const job = JOBS.find((j) => j.id === "collection")!;
    expect(job.defaultPeriod(today)).toBe(month);
    expect(defaultAsOf(month, today)).toBe(asOf);
    expect(defaultAsOf(monthOf(today), today)).toBe(today);
  });

  it("warns of a typed as-of or count date after today, and of nothing else", () => {
    expect(datesAfterToday({ today: "2026-12-04" })).toEqual([]);
    expect(datesAfterToday({ today: "2026-12-04", asOf: "2026-12-04", countDate: "2026-11-25" })).toEqual([]);
    const issues = datesAfterToday({ today: "2026-12-04", asOf: "2026-12-31", countDate: "2026-12-25" });
    expect(issues.map((i) => [i.code, i.severity, i.params?.date])).toEqual([
      ["date_after_today", "warning", "2026-12-31"],
      ["date_after_today", "warning", "2026-12-25"],
    ]);
  });
});

const bookOf = (sheets: DemoSheet[]): BookData => ({
  date1904: false,
  sheets: sheets.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
});

/** The demo workbook of one day: every job's sample sheets, the first of each name. */
function demoBook(today: IsoDate): BookData {
  const seen = new Set<string>();
  const sheets = JOBS.flatMap((job) => job.demo?.(today) ?? []).filter(
    (s) => !seen.has(s.name) && seen.add(s.name),
  );
  return bookOf(sheets);
}

describe("every job run on a workbook as hosts run it, on any day", () => {
  const book = demoBook("2026-11-29");

  it("reports no as-of or count date after today, and no month after this one but a plan's", () => {
    fc.assert(
      fc.property(day("2026-09-01", 240), (today) => {
        for (const job of JOBS) {
          const { report, issues } = runRegisteredJob(job, book, { today, lang: "zh-CN" });
          const r = report as Record<string, unknown>;
          for (const key of ["asOf", "countDate", "to"] as const) {
            const date = r[key];
            if (typeof date === "string" && date.length === 10)
              expect(date <= today, `${job.id} ${key} ${date} on ${today}`).toBe(true);
          }
          const month = r.month ?? r.to;
          if (typeof month === "string" && month.length === 7 && !PLAN_JOBS.has(job.id))
            expect(month <= monthOf(today), `${job.id} month ${month} on ${today}`).toBe(true);
          expect(issues.some((i) => i.code === "date_after_today")).toBe(false);
        }
      }),
      { numRuns: 12 },
    );
  }, 120_000);

  it("runs a typed as-of date after today as given, with the warning first", () => {
    const job = JOBS.find((j) => j.id === "collection")!;
    const params = { today: "2026-11-29", lang: "zh-CN", month: "2026-11", asOf: "2026-12-15" } as const;
    const { report, issues } = runRegisteredJob(job, book, params);
    expect((report as { asOf: string }).asOf).toBe("2026-12-15");
    expect(issues[0]).toMatchObject({ code: "date_after_today", severity: "warning" });
  });
});
