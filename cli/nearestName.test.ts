import { describe, expect, it } from "vitest";
import { nearestName } from "./nearestName";

describe("nearestName", () => {
  it.each([
    ["moth", ["out", "month", "json"], "month"],
    ["week-end", ["as-of", "count-date", "week-ending"], "week-ending"],
    ["asof", ["month", "as-of", "today"], "as-of"],
    ["xyz", ["out", "pdf"], "out"],
  ])("gives %s the nearest of %j: %s", (word, candidates, nearest) => {
    expect(nearestName(word, candidates)).toBe(nearest);
  });

  it("gives nothing when there is nothing to choose from", () => {
    expect(nearestName("month", [])).toBeUndefined();
  });
});
