import { describe, expect, it } from "vitest";
import { findJob, type JobDefinition } from "../../core/index";
import { readDateOption } from "./dateOption";

const inventory = findJob("inventory") as JobDefinition;
const asOfJob: JobDefinition = { ...inventory, period: "as-of" };

describe("readDateOption", () => {
  it.each([
    ["", "2026-11", { status: "blank" }],
    ["  \u3000", "2026-11", { status: "blank" }],
    ["2026-11-24", "2026-11", { status: "date", date: "2026-11-24" }],
    ["２０２６年11月3日", "2026/11", { status: "date", date: "2026-11-03" }],
    ["2026-12-01", "2026-11", { status: "outsideMonth", month: "2026-11" }],
    ["2026-11-31", "2026-11", { status: "invalid" }],
    ["25", "2026-11", { status: "invalid" }],
    ["2026-12-01", "not a month", { status: "date", date: "2026-12-01" }],
  ])("%j with the month %j", (text, period, expected) => {
    expect(readDateOption(inventory, period, text)).toEqual(expected);
  });

  it("does not tie the date to the period of a job that runs as of a date", () => {
    expect(readDateOption(asOfJob, "2026-11-30", "2026-12-05")).toEqual({
      status: "date",
      date: "2026-12-05",
    });
  });
});
