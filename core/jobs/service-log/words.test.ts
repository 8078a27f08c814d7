import { describe, expect, it } from "vitest";
import { followUpOf, serviceTypeOf } from "./words";

describe("what a follow-up cell says", () => {
  it.each([
    ["满意", "satisfied"],
    ["非常满意", "satisfied"],
    ["基本满意", "satisfied"],
    ["比較滿意", "satisfied"],
    ["Satisfied", "satisfied"],
    ["Very satisfied", "satisfied"],
    ["不满意", "not-satisfied"],
    ["很不满意", "not-satisfied"],
    ["不太满意", "not-satisfied"],
    ["不很满意", "not-satisfied"],
    ["满意度一般", "not-satisfied"],
    ["一般", "not-satisfied"],
    ["Not satisfied", "not-satisfied"],
    ["Dissatisfied", "not-satisfied"],
    ["Unsatisfied", "not-satisfied"],
    ["未回访", "none"],
    ["无人接听", "none"],
    ["好", "unknown"],
  ] as const)("%j is %s", (text, meaning) => {
    expect(followUpOf(text)).toBe(meaning);
  });
});

describe("the type a cell names", () => {
  it.each([
    ["报修", "报修"],
    ["維修", "报修"],
    ["Complaint", "投诉"],
    ["其他", "其他"],
    ["其它", "其他"],
    ["Other", "其他"],
    ["报秀", null],
  ] as const)("%j is %j", (text, type) => {
    expect(serviceTypeOf(text)).toBe(type);
  });
});
