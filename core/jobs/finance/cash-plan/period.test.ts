import { describe, expect, it } from "vitest";
import { createCalendar } from "../../../calendar/workingCalendar";
import { cashPlanAsOf, cashPlanDueDate, defaultCashPlanMonth } from "./period";

describe("cash plan period", () => {
  it.each([
    ["2026-11-06", "2026-12"],
    ["2026-12-31", "2027-01"],
    ["2027-01-01", "2027-02"],
  ])("a plan made on %s is for %s", (today, month) => {
    expect(defaultCashPlanMonth(today)).toBe(month);
  });

  it.each<[string, string, string | undefined, string]>([
    ["made before the month: payments up to today", "2026-11-06", undefined, "2026-11-06"],
    ["made on the month's eve: the same day", "2026-11-30", undefined, "2026-11-30"],
    ["re-made inside the month: still the day before it starts", "2026-12-09", undefined, "2026-11-30"],
    ["re-made long after: still the day before it starts", "2027-03-01", undefined, "2026-11-30"],
    ["an as-of date given wins", "2026-11-06", "2026-12-15", "2026-12-15"],
  ])("%s", (_case, today, asOf, expected) => {
    expect(cashPlanAsOf("2026-12", asOf === undefined ? { today } : { today, asOf })).toBe(expected);
  });

  it.each([
    ["2026-12", "2026-11-10"], // a Tuesday
    ["2026-06", "2026-05-09"], // 05-10 is a Sunday; Saturday 05-09 is a make-up working day
    ["2026-07", "2026-06-10"], // a Wednesday
    ["2026-11", "2026-10-10"], // a Saturday, but a make-up working day after the National Day week
    ["2026-02", "2026-01-09"], // 01-10 is a Saturday: the Friday before
  ])(
    "the plan for %s is due on %s (the 10th of the month before, moved back to a working day)",
    (month, due) => {
      expect(cashPlanDueDate(month, createCalendar())).toBe(due);
    },
  );
});
