import { describe, it, expect } from "vitest";
import { excelErrorOf } from "./cellError";

describe("excelErrorOf", () => {
  it.each([
    "#N/A",
    "#VALUE!",
    "#REF!",
    "#DIV/0!",
    "#NAME?",
    "#NULL!",
    "#NUM!",
    "#SPILL!",
    "#CALC!",
    "#GETTING_DATA",
    "#FIELD!",
    "#BLOCKED!",
    "#CONNECT!",
    "#BUSY!",
    "#UNKNOWN!",
  ])("recognises %s", (e) => {
    expect(excelErrorOf(e)).toBe(e);
  });

  it.each([
    [" #N/A ", "#N/A"],
    ["#n/a", "#N/A"],
    ["#div/0!", "#DIV/0!"],
  ])("recognises %j as %s", (text, expected) => {
    expect(excelErrorOf(text)).toBe(expected);
  });

  it.each([["N/A"], ["#N/A!"], ["#"], ["#VALUE"], ["#REF! x"], [""], [null], [0], [true], ["合计"]])(
    "returns null for %j",
    (v) => {
      expect(excelErrorOf(v)).toBeNull();
    },
  );
});
