import { describe, expect, it } from "vitest";
import { localToday } from "./today";

describe("localToday", () => {
  it("uses the local calendar date, not UTC", () => {
    expect(localToday(new Date(2026, 0 /* Jan */, 1, 0, 30))).toBe("2026-01-01");
    expect(localToday(new Date(2026, 11 /* Dec */, 31, 23, 59))).toBe("2026-12-31");
  });
});
