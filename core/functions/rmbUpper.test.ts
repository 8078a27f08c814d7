import { describe, expect, it } from "vitest";
import { parseAmountWords } from "../values/amountWords";
import { functionContext } from "./functionContext";
import type { FunctionArg } from "./functionValues";
import { evaluateWorksheetFunction } from "./index";

const CONTEXT = functionContext([], false);
const rmbUpper = (amount: FunctionArg) => evaluateWorksheetFunction("RMBUPPER", CONTEXT, [amount]);

describe("PROPDESK.RMBUPPER", () => {
  it.each<[FunctionArg, string]>([
    [1234.5, "壹仟贰佰叁拾肆元伍角整"],
    [1234.56, "壹仟贰佰叁拾肆元伍角陆分"],
    [0.1 + 0.2, "叁角整"], // the 0.3 Excel shows, not 0.30000000000000004
    [0.3, "叁角整"],
    [1.005, "壹元零壹分"], // half-up from the decimal shown, though the double is 1.00499…
    [2.675, "贰元陆角捌分"],
    [0.004, "零元整"],
    [0.005, "壹分"],
    [-0.004, "零元整"], // rounds to nothing: no 负
    [0, "零元整"],
    [10005, "壹万零伍元整"],
    [1000000.05, "壹佰万元零伍分"],
    [1680.32, "壹仟陆佰捌拾元零叁角贰分"],
    [16409.02, "壹万陆仟肆佰零玖元零贰分"],
    [100000000, "壹亿元整"],
    [-1234.5, "负壹仟贰佰叁拾肆元伍角整"],
    [-0.005, "负壹分"],
    [999999999999.99, "玖仟玖佰玖拾玖亿玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分"],
    ["¥1,234.50", "壹仟贰佰叁拾肆元伍角整"],
    ["1234.5元", "壹仟贰佰叁拾肆元伍角整"],
    ["(12.00)", "负壹拾贰元整"],
    ["１２３", "壹佰贰拾叁元整"],
    [null, ""], // an empty amount leaves the 大写 cell blank
    ["", ""],
    [undefined, ""],
  ])("RMBUPPER(%j) is %s", (amount, words) => {
    expect(rmbUpper(amount)).toBe(words);
  });

  it("writes words the jobs read back to the same fen", () => {
    for (const amount of [
      0.01, 0.1, 1, 10.1, 100.01, 1001, 20050.6, 3000000.07, 40000000000.4, 123456789.12,
    ]) {
      const words = rmbUpper(amount);
      const back = parseAmountWords(typeof words === "string" ? words : null);
      expect(back.ok && back.value).toBe(Math.round(amount * 100));
    }
  });

  it.each<[FunctionArg, string]>([
    [1e12, "#NUM!"], // 10^12 yuan: beyond 仟亿
    [999999999999.995, "#NUM!"], // rounds to 10^12
    [-1e12, "#NUM!"],
    [1e308, "#NUM!"],
    ["abc", "#VALUE!"],
    [true, "#VALUE!"],
    ["#N/A", "#VALUE!"],
    ["12元5角", "#VALUE!"],
  ])("RMBUPPER(%j) is %s", (amount, code) => {
    expect(rmbUpper(amount)).toEqual({ error: code });
  });
});
