import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { createCalendar } from "../../calendar/workingCalendar";
import { addDays } from "../../values/isoDate";
import { DEFAULT_LIMITS } from "./limits";
import { stampOf } from "./moments";
import type { ServiceRecord } from "./records";
import { noCounts, tallyService, type Counts } from "./tally";
import { SERVICE_TYPES } from "./words";

const calendar = createCalendar();
const MONTH = "2026-10";
const ASOF = "2026-10-31";

/** Items dated from mid-September to mid-November, answered and completed (or not) up to two weeks later. */
const recordArb = fc
  .record({
    day: fc.integer({ min: -15, max: 45 }),
    minute: fc.integer({ min: 0, max: 1439 }),
    type: fc.constantFrom(...SERVICE_TYPES),
    unit: fc.option(fc.constantFrom("1-101", "1-102", "2-201", " 1-101", "3-301"), { nil: null }),
    channel: fc.option(fc.constantFrom("电话", "来访", "微信", "前台"), { nil: null }),
    department: fc.option(fc.constantFrom("工程部", "客服部", "秩序部"), { nil: null }),
    respondAfter: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
    completeAfter: fc.option(fc.integer({ min: 0, max: 20_000 }), { nil: null }),
    closedWithoutTime: fc.boolean(),
    followUp: fc.constantFrom("satisfied", "not-satisfied", "none") as fc.Arbitrary<
      ServiceRecord["followUp"]
    >,
  })
  .map(({ day, minute, respondAfter, completeAfter, closedWithoutTime, ...rest }): ServiceRecord => {
    const date = addDays("2026-10-01", day);
    const start = stampOf(date, minute);
    return {
      sheet: "登记",
      row: 0,
      date,
      start,
      content: null,
      handler: null,
      responded: respondAfter === null ? null : start + respondAfter,
      completed: completeAfter === null ? null : start + completeAfter,
      closedWithoutTime: completeAfter === null && closedWithoutTime,
      ...rest,
    };
  });

const sum = (groups: Iterable<Counts>): Counts => {
  const out = noCounts();
  for (const c of groups) for (const k of Object.keys(out) as (keyof Counts)[]) out[k] += c[k];
  return out;
};

describe("tallyService properties", () => {
  const records = fc.array(recordArb, { maxLength: 80 });
  const tally = (rs: ServiceRecord[]) =>
    tallyService(rs, { month: MONTH, asOf: ASOF, limits: DEFAULT_LIMITS, calendar });

  it("counts every record of the month once in the totals, and once in each breakdown", () => {
    fc.assert(
      fc.property(records, (rs) => {
        const figures = tally(rs);
        const inMonth = rs.filter((r) => r.date.startsWith(MONTH)).length;
        expect(figures.totals.received).toBe(inMonth);
        expect(sum(figures.byType.values())).toEqual(figures.totals);
        expect(sum(figures.byChannel.values())).toEqual(figures.totals);
        expect(sum(figures.byDepartment.values())).toEqual(figures.totals);
      }),
    );
  });

  it("open + closed = received; on time never more than the total; satisfied never more than followed up", () => {
    fc.assert(
      fc.property(records, (rs) => {
        const figures = tally(rs);
        for (const c of [figures.totals, ...figures.byType.values()]) {
          expect(c.open + c.closed).toBe(c.received);
          expect(c.respondedOnTime).toBeLessThanOrEqual(c.received);
          expect(c.completedOnTime).toBeLessThanOrEqual(c.closed);
          expect(c.satisfied).toBeLessThanOrEqual(c.followedUp);
          expect(c.followedUp).toBeLessThanOrEqual(c.received);
        }
      }),
    );
  });

  it("lists as open exactly the month's open items plus the earlier ones not closed, each aged as-of - date", () => {
    fc.assert(
      fc.property(records, (rs) => {
        const figures = tally(rs);
        const ofMonth = figures.openItems.filter((i) => i.record.date.startsWith(MONTH));
        expect(ofMonth.length).toBe(
          figures.totals.open - rs.filter((r) => r.date > ASOF && r.date.startsWith(MONTH)).length,
        );
        for (const item of figures.openItems) {
          expect(item.record.date <= ASOF).toBe(true);
          expect(addDays(item.record.date, item.ageDays)).toBe(ASOF);
        }
      }),
    );
  });

  it("flags a unit as a repeat complainer exactly when it has two or more complaints in the month", () => {
    fc.assert(
      fc.property(records, (rs) => {
        const counts = new Map<string, number>();
        for (const r of rs)
          if (r.type === "投诉" && r.unit !== null && r.date.startsWith(MONTH)) {
            const key = r.unit.trim();
            counts.set(key, (counts.get(key) ?? 0) + 1);
          }
        const expected = [...counts]
          .filter(([, n]) => n >= 2)
          .map(([, n]) => n)
          .sort();
        expect(
          tally(rs)
            .repeatComplaints.map((c) => c.count)
            .sort(),
        ).toEqual(expected);
      }),
    );
  });
});
