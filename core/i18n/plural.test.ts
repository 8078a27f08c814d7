import { describe, expect, it } from "vitest";
import { countWords, fillText } from "./plural";

describe("English counts take the noun in the right number (issue 19)", () => {
  it.each([
    [0, "error", "errors", "0 errors"],
    [1, "error", "errors", "1 error"],
    [2, "error", "errors", "2 errors"],
    [1, "warning", "warnings", "1 warning"],
    ["1", "day", "days", "1 day"],
    ["0.5", "day", "days", "0.5 days"],
    ["1.5", "day", "days", "1.5 days"],
    [1, "row", "rows", "1 row"],
    [11, "row", "rows", "11 rows"],
    [1, "slip or voucher", "slips or vouchers", "1 slip or voucher"],
  ])("countWords(%j, %j, %j) is %j", (count, one, other, expected) => {
    expect(countWords(count, one, other)).toBe(expected);
  });

  it.each([
    ["Issues: {e:error|errors}, {w:warning|warnings}", { e: 1, w: 1 }, "Issues: 1 error, 1 warning"],
    ["Issues: {e:error|errors}, {w:warning|warnings}", { e: 2, w: 0 }, "Issues: 2 errors, 0 warnings"],
    ["{absent:day|days} absent", { absent: "1" }, "1 day absent"],
    ["{absent:day|days} absent", { absent: "2.5" }, "2.5 days absent"],
    ["错误 {e} 个，警告 {w} 个", { e: 1, w: 2 }, "错误 1 个，警告 2 个"],
    ["{a} and {b}", { a: "x" }, "x and {b}"],
    ["{n:line|lines} {n}", { n: 1 }, "1 line 1"],
    ["{amount} yuan, $& kept", { amount: "$&1,000.00" }, "$&1,000.00 yuan, $& kept"],
  ])("fillText(%j, %j) is %j", (template, params, expected) => {
    expect(fillText(template, params)).toBe(expected);
  });
});
