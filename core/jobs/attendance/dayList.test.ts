import { describe, expect, it } from "vitest";
import { dayList } from "./dayList";

describe("dayList", () => {
  it.each<[number[], string]>([
    [[], ""],
    [[16], "16"],
    [[3, 4], "3, 4"],
    [[3, 4, 5, 9, 12, 13], "3~5, 9, 12, 13"],
    [[1, 2, 3, 4, 5, 6, 7], "1~7"],
  ])("%j is %j", (days, text) => {
    expect(dayList(days)).toBe(text);
  });

  it("shows each day with the given function", () => {
    expect(dayList([8, 9, 10], (d) => `10-${String(d).padStart(2, "0")}`)).toBe("10-08~10-10");
  });
});
