import { describe, expect, it } from "vitest";
import type { CellValue } from "../../table/sheetData";
import { findSheetLegend } from "./sheetLegend";
import { brief, sheet } from "./testBook.testkit";

/** A small grid (header on row 2, two people) with the given rows above and below it. */
function grid(above: CellValue[][], below: CellValue[][]) {
  return sheet("考勤", [
    ...above,
    ["工号", "姓名", 1, 2, 3],
    ["E1", "张三", "√", "○", "△"],
    ["E2", "李四", "√", "√", "×"],
    ...below,
  ]);
}

/** The legend's entries as `symbol=mark@cell`. */
function entries(found: ReturnType<typeof findSheetLegend>): string[] {
  return [...(found.legend?.entries.values() ?? [])].map(
    (e) => `${e.symbol}=${e.mark}@${e.source.column}${e.source.row}`,
  );
}

describe("findSheetLegend: where the legend sits on the sheet", () => {
  it("a notes line under the grid, in one merged cell", () => {
    const found = findSheetLegend(grid([], [[], ["说明：√出勤　○事假　△迟到"]]), new Set([1]));
    expect(entries(found)).toEqual(["√=present@A5", "○=事假@A5", "△=late@A5"]);
    expect([...found.rows]).toEqual([5]);
    expect(found.issues).toEqual([]);
  });

  it("a line above the header, spread over cells", () => {
    const sheetAbove = grid([["考勤符号：", "√ 出勤", "○ 事假", "△ 出差"]], []);
    const found = findSheetLegend(sheetAbove, new Set([2]));
    expect(entries(found)).toEqual(["√=present@B1", "○=事假@C1", "△=trip@D1"]);
  });

  it("a two-column block under a heading, read as data by the grid (its rows are the legend's)", () => {
    const block = grid(
      [],
      [[], ["考勤符号说明"], ["符号", "含义"], ["√", "出勤"], ["○", "事假"], ["×", "休息"], [], ["制表人："]],
    );
    const found = findSheetLegend(block, new Set([1]));
    expect(entries(found)).toEqual(["√=present@A7", "○=事假@A8", "×=rest@A9"]);
    // The heading rows directly above the block belong to it; the blank and signature rows do not.
    expect([...found.rows].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9]);
  });

  it("no legend: the grid's own rows and a signature line say nothing", () => {
    const found = findSheetLegend(
      grid([["2026年10月考勤表"]], [["考勤员：李敏　项目负责人："]]),
      new Set([2]),
    );
    expect(found.legend).toBeNull();
    expect(found.rows.size).toBe(0);
  });

  it("the header row is never read as a legend, even when its words look like one", () => {
    const sheetWithOddHeader = sheet("考勤", [["√出勤", "○事假"]]);
    expect(findSheetLegend(sheetWithOddHeader, new Set([1])).legend).toBeNull();
    expect(findSheetLegend(sheetWithOddHeader, new Set()).legend).not.toBeNull();
  });
});

describe("findSheetLegend: what it says about a legend", () => {
  it("a symbol given two meanings keeps the first, with a warning at the second", () => {
    const found = findSheetLegend(grid([["说明：△迟到 ○事假"]], [["注：△出差"]]), new Set([2]));
    expect(entries(found)).toEqual(["△=late@A1", "○=事假@A1"]);
    expect(found.issues.map(brief)).toEqual(["legend_symbol_conflict 考勤!A5 warning"]);
    expect(found.issues[0]!.params).toMatchObject({ symbol: "△" });
  });

  it("the same meaning twice (above and below) is no conflict", () => {
    const found = findSheetLegend(grid([["说明：△迟到"]], [["说明：△迟到"]]), new Set([2]));
    expect(found.issues).toEqual([]);
  });

  it("a meaning it cannot count is a warning at the legend, and its symbol stays undefined", () => {
    const found = findSheetLegend(grid([], [["说明：√出勤 ◎值夜"]]), new Set([1]));
    expect(entries(found)).toEqual(["√=present@A4"]);
    expect(found.issues.map(brief)).toEqual(["legend_meaning_unknown 考勤!A4 warning"]);
    expect(found.issues[0]!.params).toEqual({ symbol: "◎", meaning: "值夜" });
  });
});

describe("findSheetLegend: a block row of a meaning it cannot count", () => {
  it.each<[string, CellValue[][]]>([
    [
      "inside the block",
      [
        ["√", "出勤"],
        ["◎", "值夜"],
        ["×", "休息"],
      ],
    ],
    [
      "opening the block",
      [
        ["◎", "值夜"],
        ["√", "出勤"],
        ["×", "休息"],
      ],
    ],
  ])("%s: the row is the legend's, with a warning, and its symbol undefined", (_where, block) => {
    const found = findSheetLegend(grid([], [[], ["符号", "含义"], ...block]), new Set([1]));
    expect(entries(found).map((e) => e.split("@")[0])).toEqual(["√=present", "×=rest"]);
    expect([...found.rows].sort((a, b) => a - b)).toEqual([5, 6, 7, 8]);
    expect(found.issues.map((i) => i.code)).toEqual(["legend_meaning_unknown"]);
  });
});
