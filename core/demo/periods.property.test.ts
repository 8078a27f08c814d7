import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { addDays, monthOf, type IsoDate } from "../values/isoDate";
import { JOBS, runJob } from "../jobs/registry";
import { demoBook, demoSheets } from "./index";

/** Jobs whose sheet plans next month: their period is the future by nature, their as-of date is not. */
const PLAN_JOBS = new Set(["purchase-plan", "cash-plan", "duty-roster"]);

const day = (from: IsoDate, days: number) =>
  fc.integer({ min: 0, max: days }).map((n): IsoDate => addDays(from, n));

describe("every job run on the demo workbook as hosts run it, on any day", () => {
  const book = demoBook(demoSheets("2026-11-29"));

  it("reports no as-of or count date after today, and no month after this one but a plan's", () => {
    fc.assert(
      fc.property(day("2026-09-01", 240), (today) => {
        for (const job of JOBS) {
          const { report, issues } = runJob(job, book, { today, lang: "zh-CN" });
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
    const { report, issues } = runJob(job, book, params);
    expect((report as { asOf: string }).asOf).toBe("2026-12-15");
    expect(issues[0]).toMatchObject({ code: "date_after_today", severity: "warning" });
  });
});
