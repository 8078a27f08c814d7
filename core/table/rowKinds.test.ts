import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isBlankCell, isBlankRow, isTotalRow } from "./rowKinds";
import type { CellValue } from "./sheetData";

describe("isBlankCell", () => {
  it.each<[CellValue]>([[null], [""], ["   "], ["\u3000"], ["\t\r\n"], [" \u3000 "]])(
    "%j is blank",
    (cell) => {
      expect(isBlankCell(cell)).toBe(true);
    },
  );

  it.each<[CellValue]>([[0], [false], [true], ["0"], ["x"], [" a "], ["#N/A"], ["-"]])(
    "%j is not blank",
    (cell) => {
      expect(isBlankCell(cell)).toBe(false);
    },
  );
});

describe("isBlankRow", () => {
  it.each<[CellValue[], boolean]>([
    [[], true],
    [[null, "", "  ", "\u3000"], true],
    [[null, null, 0], false],
    [[null, false], false],
    [["", "备注"], false],
  ])("%j -> %s", (cells, blank) => {
    expect(isBlankRow(cells)).toBe(blank);
  });

  it("is blank exactly when every cell is blank", () => {
    const cell = fc.oneof(
      fc.constantFrom<CellValue>(null, "", " ", "\u3000", "\t"),
      fc.constantFrom<CellValue>(0, 1, false, "a", "合计"),
    );
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 10 }), (cells) => {
        expect(isBlankRow(cells)).toBe(cells.every(isBlankCell));
      }),
    );
  });
});

describe("isTotalRow", () => {
  it.each<[string]>([
    ["合计"],
    ["合計"],
    ["小计"],
    ["小計"],
    ["总计"],
    ["總計"],
    ["Total"],
    ["TOTAL"],
    ["total"],
    ["Subtotal"],
    ["SUBTOTAL"],
    ["Sub Total"],
    ["合 计"],
    ["合　计"],
    [" 小 計 "],
    ["总\n计"],
    ["合计："],
    ["ｔｏｔａｌ"],
  ])("a row starting with %j is a total row", (word) => {
    expect(isTotalRow([word, null, 120, 3600])).toBe(true);
  });

  it.each<[string, CellValue[], boolean]>([
    ["word in the first cell", ["合计", 10, 20], true],
    ["word after leading blanks", [null, "", "  ", "合计", 10], true],
    ["word in the second non-empty cell (after a serial number)", [12, "小计", 30], true],
    ["word in the second non-empty cell after blanks", [null, "一、办公物资", null, "小计", 30], true],
    ["word in the second non-empty cell after a boolean", [true, "合计"], true],
    ["word in the third non-empty cell", [1, "LED灯管", "合计"], false],
    ["word in the third non-empty cell after blanks", [null, 1, null, "拖把", null, "Total"], false],
    ["a longer text containing the word", ["合计金额", 30], false],
    ["the word inside an item name", ["合计器", 1], false],
    ["an item row", [1, "LED灯管", "支", 20], false],
    ["a blank row", [null, "", "  "], false],
    ["an empty row", [], false],
    ["numbers only", [100, 200], false],
  ])("%s -> %s", (_what, cells, total) => {
    expect(isTotalRow(cells)).toBe(total);
  });

  it("depends only on the first two non-empty cells", () => {
    const filler = fc.constantFrom<CellValue>(null, "", " ");
    const word = fc.constantFrom<CellValue>("LED灯管", 3, "工程部", true);
    const tail = fc.array(fc.constantFrom<CellValue>("合计", "小计", "Total", 5, null), { maxLength: 5 });
    fc.assert(
      fc.property(
        fc.array(filler, { maxLength: 3 }),
        word,
        fc.array(filler, { maxLength: 3 }),
        word,
        tail,
        (a, w1, b, w2, rest) => {
          expect(isTotalRow([...a, w1, ...b, w2, ...rest])).toBe(false);
          expect(isTotalRow([...a, "合计", ...b, w2, ...rest])).toBe(true);
          expect(isTotalRow([...a, w1, ...b, "总计", ...rest])).toBe(true);
        },
      ),
    );
  });
});
