import { describe, expect, it } from "vitest";
import { utilityOf } from "./utility";

describe("utilityOf", () => {
  it.each([
    ["水", "water"],
    ["水费", "water"],
    ["水費", "water"],
    ["自来水", "water"],
    ["自来水费", "water"],
    ["公摊水费", "water"],
    ["Water", "water"],
    ["water fee", "water"],
    ["电", "electricity"],
    ["電", "electricity"],
    ["电费", "electricity"],
    ["公摊電費", "electricity"],
    ["供电", "electricity"],
    ["Electricity", "electricity"],
    ["power bill", "electricity"],
    ["电梯费", null], // the lift, not electricity
    ["电视费", null],
    ["水电费", null], // both: cannot be split
    ["物业管理费", null],
    ["停车费", null],
    ["燃气", null],
  ])("%s -> %s", (name, utility) => {
    expect(utilityOf(name)).toBe(utility);
  });
});
