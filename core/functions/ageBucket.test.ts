import { describe, expect, it } from "vitest";
import { DEFAULT_BUCKETS } from "../receivables/ageBuckets";
import { isoToExcelSerial } from "../values/excelSerial";
import { addDays } from "../values/isoDate";
import { functionContext } from "./functionContext";
import type { FunctionArg } from "./functionValues";
import { evaluateWorksheetFunction } from "./index";

const CONTEXT = functionContext([], false);
const AS_OF = "2026-11-30";
const ageBucket = (...args: FunctionArg[]) => evaluateWorksheetFunction("AGEBUCKET", CONTEXT, args);

describe("PROPDESK.AGEBUCKET", () => {
  it.each<[age: number, zhCN: string, en: string]>([
    [-30, "未到期", "Not yet due"],
    [0, "未到期", "Not yet due"], // due today: not yet overdue
    [1, "1-30", "1-30"],
    [30, "1-30", "1-30"],
    [31, "31-90", "31-90"],
    [90, "31-90", "31-90"],
    [91, "91-180", "91-180"],
    [180, "91-180", "91-180"],
    [181, "181-365", "181-365"],
    [365, "181-365", "181-365"],
    [366, "1-2年", "1-2 years"],
    [730, "1-2年", "1-2 years"],
    [731, "2-3年", "2-3 years"],
    [1095, "2-3年", "2-3 years"],
    [1096, "3年以上", "Over 3 years"],
    [5000, "3年以上", "Over 3 years"],
  ])("an age of %i days is %s (%s)", (age, zhCN, en) => {
    const due = addDays(AS_OF, -age);
    expect(ageBucket(due, AS_OF)).toBe(zhCN);
    expect(ageBucket(due, AS_OF, "zh-CN")).toBe(zhCN);
    expect(ageBucket(isoToExcelSerial(due, false), isoToExcelSerial(AS_OF, false), "en")).toBe(en);
  });

  it("labels every default bucket as the collection job does, in each language", () => {
    for (const bucket of DEFAULT_BUCKETS) {
      const due = addDays(AS_OF, -(bucket.maxDays ?? 4000));
      for (const [lang, text] of Object.entries(bucket.label)) expect(ageBucket(due, AS_OF, lang)).toBe(text);
    }
  });

  it.each<[FunctionArg, string]>([
    [null, "未到期"],
    ["", "未到期"],
    ["ZH-cn", "未到期"],
    ["zh", "未到期"],
    ["zh-Hans", "未到期"],
    ["zh-TW", "未到期"],
    ["zh_HK", "未到期"],
    ["zh-Hant-TW", "未到期"],
    ["en", "Not yet due"],
    ["en-GB", "Not yet due"],
  ])("takes the language %j", (lang, text) => {
    expect(ageBucket(AS_OF, AS_OF, lang)).toBe(text);
  });

  it.each<FunctionArg[]>([
    ["someday", AS_OF],
    [AS_OF, null],
    [AS_OF, true],
    [AS_OF, AS_OF, "fr"],
    [AS_OF, AS_OF, 1],
  ])("AGEBUCKET(%j, %j, %j) is #VALUE!", (...args) => {
    expect(ageBucket(...args)).toEqual({ error: "#VALUE!" });
  });
});
