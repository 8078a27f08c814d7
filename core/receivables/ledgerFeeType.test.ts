import { describe, expect, it } from "vitest";
import { feeTypeInText } from "./ledgerFeeType";

describe("feeTypeInText", () => {
  it.each<[string, string | null]>([
    ["2026年度物业管理费收费台账", "物业管理费"],
    ["阳光花园2026年物业费收缴台账", "物业费"],
    ["收费台账（停车费）", "停车费"],
    ["2026年度車位費收費台帳", "车位费"],
    ["车位费", "车位费"],
    ["公摊电费台账", "公摊电费"],
    ["水电费", "水电费"],
    ["绿化费台账", "绿化费"],
    ["2026年度装修垃圾费明细表", "装修垃圾费"],
    ["收费台账", null],
    ["2026年收费台账", null],
    ["Sheet1", null],
    ["阳光花园小区二期绿化养护费台账", null],
  ])("%s", (text, fee) => {
    expect(feeTypeInText(text)).toBe(fee);
  });
});
