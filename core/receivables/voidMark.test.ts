import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { hasVoidMark, receiptWithoutMark } from "./voidMark";

describe("hasVoidMark", () => {
  it.each([
    "作废",
    "已作废",
    "作废票",
    "作廢",
    "已作廢",
    " 作 废 ",
    "作废（金额写错）",
    "写错房号，作废重开",
    "废",
    "（废）",
    "廢",
    "废票",
    "已废",
    "VOID",
    "void",
    "Voided",
    "ＶＯＩＤ",
    "NO.0012347（作废）",
    "0012347作废",
  ])("%s marks a receipt voided", (text) => {
    expect(hasVoidMark(text)).toBe(true);
  });

  it.each([
    "",
    "未作废",
    "不作废",
    "非作废",
    "无需作废",
    "废品回收费",
    "废料清运",
    "装修废料",
    "avoid",
    "voucher",
    "正常",
    "已收",
    "补录",
    "红冲：重复缴费退款",
    "张伟",
    "NO.0012347",
  ])("%s does not", (text) => {
    expect(hasVoidMark(text)).toBe(false);
  });

  it("finds 作废 wherever it stands in a text that holds no negation", () => {
    const plain = fc.string({ unit: fc.constantFrom("收", "款", "1", "号", "，", " ", "A") });
    fc.assert(
      fc.property(plain, plain, (before, after) => {
        expect(hasVoidMark(`${before}作废${after}`)).toBe(true);
      }),
    );
  });
});

describe("receiptWithoutMark", () => {
  it.each([
    ["NO.0012347（作废）", "NO.0012347"],
    ["NO.0012347(作废)", "NO.0012347"],
    ["0012347作废", "0012347"],
    ["0012347 作废票", "0012347"],
    ["【已作廢】0012347", "0012347"],
    ["0012347 VOID", "0012347"],
    ["NO.0012347", "NO.0012347"],
    ["0012347 废品", "0012347 废品"],
  ])("%s is receipt number %s", (typed, number) => {
    expect(receiptWithoutMark(typed)).toBe(number);
  });
});
