import { describe, expect, it } from "vitest";
import { chooseWeek, datesOfWeek, latestWednesday, weekEnding } from "./week";

describe("latestWednesday", () => {
  it.each([
    // 2026-11-18 is a Wednesday (2026-11-29 is a Sunday).
    ["2026-11-18", "2026-11-18"],
    ["2026-11-19", "2026-11-18"], // Thursday: handover day, the week just ended
    ["2026-11-24", "2026-11-18"], // Tuesday
    ["2026-11-17", "2026-11-11"],
    ["2026-01-01", "2025-12-31"], // across a year end
    ["2028-03-01", "2028-03-01"], // 2028-03-01 is a Wednesday after a leap day
    ["2028-02-29", "2028-02-23"],
  ])("%s -> %s", (date, wednesday) => {
    expect(latestWednesday(date)).toBe(wednesday);
  });
});

describe("weekEnding and datesOfWeek", () => {
  it("runs Thursday to Wednesday", () => {
    expect(weekEnding("2026-11-18")).toEqual({ from: "2026-11-12", to: "2026-11-18" });
    expect(datesOfWeek(weekEnding("2026-01-07"))).toEqual([
      "2026-01-01",
      "2026-01-02",
      "2026-01-03",
      "2026-01-04",
      "2026-01-05",
      "2026-01-06",
      "2026-01-07",
    ]);
  });
});

describe("chooseWeek", () => {
  it("defaults to the week ending on the latest Wednesday on or before today, without an issue", () => {
    expect(chooseWeek(undefined, "2026-11-20")).toEqual({
      week: { from: "2026-11-12", to: "2026-11-18" },
      issues: [],
    });
  });

  it("takes a Wednesday as given", () => {
    expect(chooseWeek("2026-11-11", "2026-11-20")).toEqual({
      week: { from: "2026-11-05", to: "2026-11-11" },
      issues: [],
    });
  });

  it("moves another day back to the Wednesday before it, with a warning naming both dates", () => {
    expect(chooseWeek("2026-11-16", "2026-11-20")).toEqual({
      week: { from: "2026-11-05", to: "2026-11-11" },
      issues: [
        {
          code: "week_end_not_wednesday",
          severity: "warning",
          params: { date: "2026-11-16", used: "2026-11-11" },
        },
      ],
    });
  });
});
