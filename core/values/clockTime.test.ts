import { describe, expect, it } from "vitest";
import { clockText, minutesOfDay } from "./clockTime";

describe("minutesOfDay: the times clerks type", () => {
  it.each([
    ["9:30", 570],
    ["09:30", 570],
    ["09:30:00", 570],
    ["9:30:59", 570],
    ["０９：３０", 570],
    ["上午9点半", 570],
    ["上午9点", 540],
    ["下午3点", 900],
    ["下午3点半", 930],
    ["下午3:15", 915],
    ["晚上8点", 1200],
    ["中午12点", 720],
    ["中午1点", 780],
    ["凌晨12点", 0],
    ["8点55分", 535],
    ["14时20分", 860],
    ["5:30 PM", 1050],
    ["12:00 am", 0],
    ["2026-10-12 08:55", 535],
    ["0.6875", 990],
    ["0.5", 720],
    ["46315.375", 540],
    ["0", 0],
    ["23:59", 1439],
  ])("%s is %i minutes after midnight", (text, minutes) => {
    expect(minutesOfDay(text)).toBe(minutes);
  });

  it.each(["25:00", "24:00", "9:60", "下午13点", "明天", "", "46315", "9点75分", "abc"])(
    "%s is no time",
    (text) => {
      expect(minutesOfDay(text)).toBeNull();
    },
  );

  it("writes a time as HH:MM", () => {
    expect(clockText(535)).toBe("08:55");
    expect(clockText(0)).toBe("00:00");
  });
});
