import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, addMonths, firstDayOf, lastDayOf, monthOf, type IsoDate } from "../values/isoDate";
import { datesAfterToday, defaultAsOf, previousMonth } from "./periodDefaults";
import { JOBS } from "./registry";

/** Jobs whose sheet plans next month: their period is the future by nature, their as-of date is not. */
const PLAN_JOBS = new Set(["purchase-plan", "cash-plan", "duty-roster"]);

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
