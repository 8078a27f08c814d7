import { describe, expect, it } from "vitest";
import { parsePeriod } from "./period";

describe("parsePeriod", () => {
  it.each([
    ["2026-05", "2026-05"],
    ["2026-5", "2026-05"],
    [" 2026/12 ", "2026-12"],
    ["2026.1", "2026-01"],
    ["2026年5月", "2026-05"],
    ["２０２６－０５", "2026-05"],
    ["２０２６年5月", "2026-05"],
  ])("reads the month %j as %s", (text, month) => {
    expect(parsePeriod("month", text)).toBe(month);
  });

  it.each(["", "2026", "2026-13", "2026-00", "26-05", "2026-05-01", "May 2026", "0000-05"])(
    "rejects %j as a month",
    (text) => {
      expect(parsePeriod("month", text)).toBeNull();
    },
  );

  it.each([
    ["2026-05-31", "2026-05-31"],
    ["2026/5/1", "2026-05-01"],
    ["2026年5月31日", "2026-05-31"],
    ["2028-02-29", "2028-02-29"],
  ])("reads the date %j as %s", (text, date) => {
    expect(parsePeriod("as-of", text)).toBe(date);
  });

  it.each(["2026-02-29", "2026-04-31", "2026-05", "31/05/2026", "2026-5-32"])(
    "rejects %j as a date",
    (text) => {
      expect(parsePeriod("as-of", text)).toBeNull();
    },
  );
});
