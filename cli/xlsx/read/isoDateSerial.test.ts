import { describe, expect, it } from "vitest";
import { isoDateSerial } from "./isoDateSerial";

describe("isoDateSerial", () => {
  it("reads dates, date-times and times as serials of the workbook's date system", () => {
    expect(isoDateSerial("2026-01-05", false)).toBe(46027);
    expect(isoDateSerial("2026-01-05T18:00:00Z", false)).toBe(46027.75);
    expect(isoDateSerial("2026-01-05T06:00:00.500", false)).toBe(46027.25 + 0.5 / 86400);
    expect(isoDateSerial("2026-01-05", true)).toBe(46027 - 1462);
    expect(isoDateSerial("06:00", false)).toBe(0.25);
  });

  it("reads four-digit years below 100 as such, not as 19xx", () => {
    expect(isoDateSerial("0099-01-01", false)).toBeLessThan(0);
  });

  it("gives NaN for text that is no ISO date", () => {
    expect(isoDateSerial("next week", false)).toBeNaN();
    expect(isoDateSerial("2026/01/05", false)).toBeNaN();
  });
});
