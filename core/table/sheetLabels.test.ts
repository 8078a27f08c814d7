import { describe, expect, it } from "vitest";
import { readSheetLabels } from "./sheetLabels";
import type { CellValue } from "./sheetData";

const read = (rows: CellValue[][]) => Object.fromEntries(readSheetLabels(rows));

describe("readSheetLabels", () => {
  it.each<[string, CellValue[][], Record<string, string>]>([
    ["full-width colon", [["部门：工程部"]], { 部门: "工程部" }],
    ["ASCII colon and a space, Traditional key", [["部門: 客服部"]], { 部门: "客服部" }],
    ["spaces inside the key", [["部 门：工程部"]], { 部门: "工程部" }],
    ["English key, any case", [["Department: Engineering"]], { department: "Engineering" }],
    ["label cell then the value in the next cell", [["项目：", "阳光花园"]], { 项目: "阳光花园" }],
    [
      "label cell then the value after blank (merged) cells",
      [["项目：", null, "", "阳光花园"]],
      { 项目: "阳光花园" },
    ],
    ["label cell then a number in the next cell", [["月份:", 202612]], { 月份: "202612" }],
    [
      "two labels in one cell separated by two spaces",
      [["部门：工程部  项目：阳光花园"]],
      { 部门: "工程部", 项目: "阳光花园" },
    ],
    [
      "two labels separated by a full-width space",
      [["部门：工程部\u3000项目：阳光花园"]],
      { 部门: "工程部", 项目: "阳光花园" },
    ],
    [
      "labels in several cells of a row",
      [["部门：工程部", null, null, "项目：阳光花园"]],
      { 部门: "工程部", 项目: "阳光花园" },
    ],
    ["a value that holds a colon", [["填表时间：2026-11-20 10:30"]], { 填表时间: "2026-11-20 10:30" }],
    ["a value with one inner space kept", [["项目：阳光 花园"]], { 项目: "阳光 花园" }],
    ["value trimmed", [["部门：工程部   "]], { 部门: "工程部" }],
    ["two spaces between the colon and the value", [["部门：  工程部"]], { 部门: "工程部" }],
    ["a full-width space between the colon and the value", [["部门：\u3000工程部"]], { 部门: "工程部" }],
    [
      "a blank field followed by another label in the same cell",
      [["部门：\u3000\u3000项目：阳光花园"]],
      { 项目: "阳光花园" },
    ],
    [
      "a blank field followed by another label after spaces",
      [["部门：    项目：阳光花园"]],
      { 项目: "阳光花园" },
    ],
    [
      "spaces after the colon before a value holding a time",
      [["填表时间：  2026-11-20 10:30"]],
      { 填表时间: "2026-11-20 10:30" },
    ],
    ["a title row has no label", [["工程部 2026年12月 物资采购申请单", null, null]], {}],
    ["a label with no value anywhere", [["部门：", null, null]], {}],
    ["non-text cells are ignored", [[46357, true, null]], {}],
    ["no rows", [], {}],
  ])("%s", (_what, rows, expected) => {
    expect(read(rows)).toEqual(expected);
  });

  it("keeps the first occurrence of a key, across rows and within a row", () => {
    expect(read([["部门：工程部"], ["部门：客服部"]])).toEqual({ 部门: "工程部" });
    expect(read([["部门：工程部", "部門：客服部"]])).toEqual({ 部门: "工程部" });
    expect(read([["部门：", "工程部", "部门：客服部"]])).toEqual({ 部门: "工程部" });
  });

  it("an empty label does not hide a later filled one", () => {
    expect(read([["部门：", null], ["部门：保洁部"]])).toEqual({ 部门: "保洁部" });
  });
});
