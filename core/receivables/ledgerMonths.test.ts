import { describe, expect, it } from "vitest";
import { HeaderMatcher } from "../table/headerMatcher";
import { normalizeHeader } from "../values/text";
import { FEE_LEDGER_TABLE } from "./inputs";
import { monthNames } from "./ledgerMonths";

const matcher = new HeaderMatcher(FEE_LEDGER_TABLE);
/** The column a header (or a parent and child joined, as a header band names them) is read as. */
const keyOf = (...texts: string[]) => matcher.matchNormalized(texts.map(normalizeHeader).join(""))?.key;

describe("a fee ledger's month headers", () => {
  it("names each month the ways offices write it", () => {
    expect(monthNames(3)).toEqual(["3月", "3月份", "03月", "03月份", "三月", "三月份", "Mar", "March"]);
    expect(monthNames(11)).toEqual(["11月", "11月份", "十一月", "十一月份", "Nov", "November"]);
  });

  it.each<[string[], string | undefined]>([
    [["1月"], "m1"],
    [["01月"], "m1"],
    [["一月份"], "m1"],
    [["１２月"], "m12"],
    [["Dec"], "m12"],
    [["十二月"], "m12"],
    [["3月", "应收"], "m3Due"],
    [["3月", "應收"], "m3Due"],
    [["3月", "实收"], "m3"],
    [["3月", "已缴"], "m3"],
    [["3月", "缴费日期"], "m3Date"],
    [["3月", "欠费"], "m3Owed"],
    [["合计", "应收"], "dueTotal"],
    [["合计", "实收"], "paidTotal"],
    [["合计", "欠费"], "owedTotal"],
    [["欠费"], "owedTotal"],
    [["13月"], undefined],
    [["应收"], undefined],
    [["实收"], undefined],
  ])("%j reads as %s", (texts, key) => {
    expect(keyOf(...texts)).toBe(key);
  });
});
