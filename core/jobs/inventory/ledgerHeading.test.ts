import { describe, expect, it } from "vitest";
import type { CellValue } from "../../table/sheetData";
import { itemHeadingOf, mergeHeadings } from "./ledgerHeading";

describe("a 收发存 ledger's heading line names the goods of its block or sheet", () => {
  it.each<[string, CellValue[], ReturnType<typeof itemHeadingOf>]>([
    [
      "one cell, fields split by spaces",
      ["物资名称：LED灯管  规格：T8  单位：支"],
      { item: "LED灯管", spec: "T8", unit: "支", category: null },
    ],
    [
      "single spaces and an ASCII colon; a spec holding a space",
      ["品名:灯泡 规格型号:E27 9W 计量单位:个"],
      { item: "灯泡", spec: "E27 9W", unit: "个", category: null },
    ],
    [
      "one field a cell",
      ["物资名称：拖把", null, "规格：旋转式", null, "单位：把"],
      { item: "拖把", spec: "旋转式", unit: "把", category: null },
    ],
    [
      "a bare label, its value in the next cell",
      ["物资名称：", "洗手液", "单位：", "瓶"],
      { item: "洗手液", spec: null, unit: "瓶", category: null },
    ],
    [
      "Traditional labels (values as typed), a comma between fields, a label it does not know ending a value",
      ["類別：保潔  物資名稱：垃圾袋，規格：90×100  存放地點：一號庫"],
      { item: "垃圾袋", spec: "90×100", unit: null, category: "保潔" },
    ],
    [
      "the unit alone (the second line of a heading)",
      ["单位：支"],
      { item: null, spec: null, unit: "支", category: null },
    ],
  ])("%s", (_what, cells, heading) => {
    expect(itemHeadingOf(cells)).toEqual(heading);
  });

  it.each<[string, CellValue[]]>([
    ["a title", ["物资收发存明细账"]],
    ["a signature line", ["记账：孙丽    审核：王建国"]],
    ["a 单位 inside another label (金额单位：元)", ["仓库：服务中心    金额单位：元"]],
    ["a data row (it holds numbers)", ["物资名称：灯泡", 3]],
    ["a label without a value", ["物资名称：    规格："]],
    ["a blank row", [null, "  "]],
  ])("is no heading: %s", (_what, cells) => {
    expect(itemHeadingOf(cells)).toBeNull();
  });

  it("joins two heading lines, the first one's fields first", () => {
    expect(
      mergeHeadings(
        { item: "LED灯管", spec: null, unit: null, category: null },
        { item: null, spec: "T8", unit: "支", category: null },
      ),
    ).toEqual({ item: "LED灯管", spec: "T8", unit: "支", category: null });
  });
});
