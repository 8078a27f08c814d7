import { describe, expect, it } from "vitest";
import { compareMethods, METHOD_NOT_STATED, methodLabel, paymentMethod } from "./paymentMethod";

describe("paymentMethod", () => {
  it.each([
    ["现金", "现金"],
    ["現金", "现金"],
    [" Cash ", "现金"],
    ["微信", "微信"],
    ["微信支付", "微信"],
    ["WeChat Pay", "微信"],
    ["微信(扫码)", "微信"],
    ["支付宝", "支付宝"],
    ["支付寶", "支付宝"],
    ["ALIPAY", "支付宝"],
    ["银行卡", "银行卡/POS"],
    ["銀行卡", "银行卡/POS"],
    ["POS机", "银行卡/POS"],
    ["pos", "银行卡/POS"],
    ["刷卡", "银行卡/POS"],
    ["银行卡/POS", "银行卡/POS"],
    ["转账", "转账"],
    ["轉帳", "转账"],
    ["银行转账", "转账"],
    ["对公转账", "转账"],
    ["承兑汇票", "承兑汇票"], // unknown: kept as written
    [" 抵扣券 ", "抵扣券"],
    ["", METHOD_NOT_STATED],
    ["   ", METHOD_NOT_STATED],
    [null, METHOD_NOT_STATED],
  ])("%j -> %s", (typed, name) => {
    expect(paymentMethod(typed)).toBe(name);
  });
});

describe("methodLabel", () => {
  it("translates the standard methods and keeps others as written", () => {
    expect(
      ["现金", "支付宝", "银行卡/POS", "转账", METHOD_NOT_STATED, "抵扣券"].map((m) =>
        methodLabel(m, "zh-TW"),
      ),
    ).toEqual(["現金", "支付寶", "銀行卡/POS", "轉帳", "未註明", "抵扣券"]);
    expect(methodLabel("微信", "en")).toBe("WeChat");
  });
});

describe("compareMethods", () => {
  it("puts the standard methods in their order, others after, not stated last", () => {
    const methods = [METHOD_NOT_STATED, "转账", "抵扣券", "现金", "银行卡/POS", "支付宝", "承兑汇票", "微信"];
    expect([...methods].sort(compareMethods)).toEqual([
      "现金",
      "微信",
      "支付宝",
      "银行卡/POS",
      "转账",
      "承兑汇票",
      "抵扣券",
      METHOD_NOT_STATED,
    ]);
  });
});
