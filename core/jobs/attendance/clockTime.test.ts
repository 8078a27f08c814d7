import { describe, expect, it } from "vitest";
import { clockMarks, clockText, DEFAULT_SETTINGS, minutesOfDay } from "./clockTime";

describe("minutesOfDay", () => {
  it.each<[string, number]>([
    ["08:55", 8 * 60 + 55],
    ["8:55", 8 * 60 + 55],
    ["8:55:59", 8 * 60 + 55],
    ["０８：５５", 8 * 60 + 55],
    ["2026-10-12 08:55", 8 * 60 + 55],
    ["2026/10/12 8:55:10", 8 * 60 + 55],
    ["下午5:30", 17 * 60 + 30],
    ["5:30 PM", 17 * 60 + 30],
    ["12:10 am", 10],
    ["8点55分", 8 * 60 + 55],
    ["9点", 9 * 60],
    ["0.375", 9 * 60],
    [String((8 * 60 + 55) / 1440), 8 * 60 + 55],
    ["0.354166666666667", 8 * 60 + 30],
    [String(46307 + (17 * 60 + 31) / 1440), 17 * 60 + 31],
    ["23:59", 23 * 60 + 59],
  ])("reads %j", (text, minutes) => {
    expect(minutesOfDay(text)).toBe(minutes);
  });

  it.each(["", "9", "46307", "25:00", "8:61", "下午13:00", "早上好", "08-55"])("refuses %j", (text) => {
    expect(minutesOfDay(text)).toBeNull();
  });
});

describe("clockMarks with the default 09:00-18:00 and no grace", () => {
  it.each<[number | null, number | null, string, string]>([
    [9 * 60, 18 * 60, "present", "present"],
    [9 * 60 + 1, 18 * 60, "late", "present"],
    [8 * 60, 17 * 60 + 59, "present", "early"],
    [9 * 60 + 30, 17 * 60, "late", "early"],
    [null, 18 * 60, "present", "present"],
    [9 * 60 + 5, null, "late", "present"],
  ])("in %s out %s", (clockIn, clockOut, am, pm) => {
    expect(clockMarks(clockIn, clockOut, DEFAULT_SETTINGS)).toEqual({ am, pm });
  });

  it("allows the grace minutes and no more", () => {
    const settings = { ...DEFAULT_SETTINGS, graceMinutes: 5 };
    expect(clockMarks(9 * 60 + 5, 18 * 60, settings).am).toBe("present");
    expect(clockMarks(9 * 60 + 6, 18 * 60, settings).am).toBe("late");
  });
});

describe("clockText", () => {
  it("writes HH:MM", () => {
    expect(clockText(8 * 60 + 5)).toBe("08:05");
    expect(clockText(17 * 60 + 30)).toBe("17:30");
  });
});
