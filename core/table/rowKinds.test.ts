import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  fillsOtherKey,
  headingOf,
  isBlankCell,
  isBlankRow,
  isNoteLabel,
  isTotalLabel,
  isTotalRow,
  rowKindOf,
  ROW_DATA,
  ROW_NOTES,
  ROW_SECTION,
  ROW_TOTAL,
  type RowKind,
} from "./rowKinds";
import { DEPARTMENT_NAMES } from "./sections";
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

describe("isTotalLabel", () => {
  it.each<[string]>([
    ["小计"],
    ["小計"],
    ["合计"],
    ["合計"],
    ["总计"],
    ["總計"],
    ["累计"],
    ["累計"],
    ["共计"],
    ["本月合计"],
    ["本页合计"],
    ["本頁合計"],
    ["当日合计"],
    ["本周合计"],
    ["办公用品小计"],
    ["工程材料小计"],
    ["1栋小计"],
    ["水费小计"],
    ["合    计"],
    ["小  计"],
    ["小　計"],
    ["合计："],
    ["小计(元)"],
    ["Subtotal"],
    ["Sub-total"],
    ["TOTAL"],
    ["Grand total"],
    ["ｔｏｔａｌ"],
    ["Sum"],
    [" SUM "],
  ])("%j names a total", (text) => {
    expect(isTotalLabel(text)).toBe(true);
  });

  it.each<[string]>([
    ["LED灯管"],
    ["温度计"],
    ["计算器"],
    ["会计"],
    ["统计表"],
    ["设计费"],
    ["Toner"],
    ["T8 灯管"],
    ["Summer"],
    ["summary"],
    ["总经理"],
    ["小区"],
    [""],
  ])("%j names no total", (text) => {
    expect(isTotalLabel(text)).toBe(false);
  });
});

describe("isNoteLabel", () => {
  it.each<[string]>([
    ["制表人：张三"],
    ["制表：李敏　　审核："],
    ["编制人：李敏"],
    ["审核："],
    ["审核:"],
    ["说明：盘点数量以实物清点为准。"],
    ["备注：1. 本表于每月4日前报项目负责人审核；"],
    ["備註：借款須於五個工作日內憑發票沖帳。"],
    ["注：带*为必填项"],
    ["项目负责人：____"],
    ["项目负责人："],
    ["考勤员：李敏　　部门负责人："],
    ["客服部经理："],
    ["日期：2026年11月25日"],
    ["申請人：陳大文　　主管：　　總務："],
    ["經辦人：李敏"],
    ["收款人：陈晓　　复核："],
    ["验收人：赵刚　　库管员：孙丽"],
  ])("%j opens a notes or signature line", (text) => {
    expect(isNoteLabel(text)).toBe(true);
  });

  it.each<[string]>([
    ["部门：工程部"],
    ["项目：阳光花园"],
    ["单位：元"],
    ["急用：明天"],
    ["08:30"],
    ["12：00"],
    ["LED灯管"],
    ["制表人"],
    [":张三"],
  ])("%j opens no note", (text) => {
    expect(isNoteLabel(text)).toBe(false);
  });
});

describe("headingOf", () => {
  it.each<[CellValue[], string, number]>([
    [["一、办公用品"], "办公用品", 0],
    [["二、保洁物资："], "保洁物资", 0],
    [["（二）工程材料"], "工程材料", 0],
    [["(3) 清洁用品"], "清洁用品", 0],
    [["十二、其他"], "其他", 0],
    [["1. 办公用品"], "办公用品", 0],
    [["1、办公用品"], "办公用品", 0],
    [["１．办公用品"], "办公用品", 0],
    [["第一部分 办公用品"], "办公用品", 0],
    [["1栋"], "1栋", 0],
    [["12号楼"], "12号楼", 0],
    [["A座："], "A座", 0],
    [[null, "", "三、清洁用品", null], "清洁用品", 2],
    [["一", "办公用品"], "办公用品", 1],
    [["（一）", null, "工程材料："], "工程材料", 2],
  ])("%j is the heading %j", (cells, name, cell) => {
    expect(headingOf(cells, null)).toEqual({ name, cell });
  });

  it.each<[CellValue[]]>([
    [["LED灯管"]],
    [["工程部"]],
    [["一、"]],
    [["1.5"]],
    [["1. 2"]],
    [[1, "办公用品"]],
    [["一、办公用品", 5]],
    [["一", "办公用品", "急"]],
    [["LED灯管", "支"]],
    [["1、请各部门于每月4日前将本部门下月物资采购申请报送项目负责人审核"]],
    [[]],
  ])("%j is no heading", (cells) => {
    expect(headingOf(cells, null)).toBeNull();
  });

  it("takes a bare name as a heading when the table's section names take it", () => {
    expect(headingOf(["工程部"], DEPARTMENT_NAMES)).toEqual({ name: "工程部", cell: 0 });
    expect(headingOf([null, "客服中心："], DEPARTMENT_NAMES)).toEqual({ name: "客服中心", cell: 1 });
    expect(headingOf(["办公用品"], DEPARTMENT_NAMES)).toBeNull();
  });
});

describe("rowKindOf", () => {
  const kinds: Record<RowKind, string> = {
    [ROW_DATA]: "data",
    [ROW_TOTAL]: "total",
    [ROW_SECTION]: "section",
    [ROW_NOTES]: "notes",
  };
  // rows of office forms: 物资采购计划 (01), 收费明细 by building (06), 收款记录 (07), 借款登记 (08)
  it.each<[string, CellValue[], string]>([
    ["a request line", [1, "办公室", "A4复印纸", "70g 500张", "包", 20, 24.5, 490, 46392, null], "data"],
    ["a charge line", ["1-1-101", "张伟", "物业管理费", "10月", 300, null, null], "data"],
    ["a line whose spec has a T", [4, "工程部", "LED灯管", "T8 18W", "支", 40], "data"],
    ["a line of a thermometer (计)", [5, "工程部", "温度计", "0-100℃", "支", 2], "data"],
    ["a line with a time", ["08:30", "17:30", "张伟"], "data"],
    [
      "a subtotal merged over the first columns",
      ["办公用品小计", null, null, null, null, 95, null, 695.5],
      "total",
    ],
    ["a subtotal in the item column", [null, null, "工程材料小计", null, null, 50, null, 881.6], "total"],
    ["a spaced grand total", ["合    计", null, null, null, null, 179, null, 2120.1], "total"],
    ["a building subtotal", ["1栋小计", null, null, null, 1100], "total"],
    ["a day's total", ["当日合计", null, null, null, null, null, 450], "total"],
    ["a week's total", ["本周合计", null, null, null, null, null, 1600.5], "total"],
    ["a page total in Traditional", ["本頁合計", null, null, null, 17500], "total"],
    ["a total after a serial number", [9, "小计", null, 30], "total"],
    [
      "a total in words and figures",
      ["合计", null, null, null, null, "贰万肆仟玖佰伍拾玖元贰角捌分", 24959.28],
      "total",
    ],
    ["a category heading", ["一、办公用品", null, null, null], "section"],
    ["a heading merged across", [null, "（二）工程材料", null], "section"],
    ["a building heading", ["1栋"], "section"],
    ["a heading split over two cells", ["三", "清洁用品"], "section"],
    [
      "a signature row",
      ["编制人：李敏", null, null, "部门负责人：", null, null, "项目负责人：王建国"],
      "notes",
    ],
    ["a signature row after a blank cell", [null, "制表：李敏", null, null, null, "客服部经理："], "notes"],
    ["a date line", [null, "日期：", 46351], "notes"],
    ["a notes row", ["说明：√出勤　○事假　☆病假　△迟到　□早退　×旷工　休 休息"], "notes"],
    ["a note with figures after it", ["备注：急用", "LED灯管", 5], "data"],
    ["a label above a table", ["部门：工程部", null, "项目：阳光花园"], "data"],
  ])("%s", (_what, cells, kind) => {
    expect(kinds[rowKindOf(cells, null)]).toBe(kind);
  });

  it("is a total whenever a label cell contains a total word, whatever comes after it", () => {
    const word = fc.constantFrom("小计", "合计", "总计", "累计", "共计", "本月合计", "Subtotal", "Total");
    const label = fc.tuple(fc.constantFrom("", "办公用品", "1栋", "本页"), word).map(([a, b]) => a + b);
    const tail = fc.array(fc.oneof(fc.constantFrom<CellValue>(null, "", "支"), fc.integer()), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(
        fc.array(fc.constant(null), { maxLength: 3 }),
        fc.boolean(),
        label,
        tail,
        (lead, serial, l, t) => {
          const cells: CellValue[] = [...lead, ...(serial ? [7] : []), l, ...t];
          expect(rowKindOf(cells, null)).toBe(ROW_TOTAL);
        },
      ),
    );
  });
});

describe("rowKindOf with the table's key text cells", () => {
  // a request sheet: 序号 | 类别 | 物资名称 | 规格 | 单位 | 数量 | 单价 | 金额; item, spec and unit are its key text cells
  const KEYS = [2, 3, 4];
  const kinds: Record<RowKind, string> = {
    [ROW_DATA]: "data",
    [ROW_TOTAL]: "total",
    [ROW_SECTION]: "section",
    [ROW_NOTES]: "notes",
  };
  it.each<[string, CellValue[], string]>([
    ["a full line whose 类别 says 合计", [1, "合计", "A4复印纸", "70g", "包", 20, 24.5, 490], "data"],
    ["a line whose 类别 says 小计, its unit alone filled", [2, "小计", null, null, "支", 5, 2, 10], "data"],
    ["an item named 合计器 with its unit", [3, "办公用品", "合计器", null, "台", 2, 50, 100], "data"],
    ["an item named 合计器 first, with its unit", [null, "合计器", null, "台", 2, 50, 100], "data"],
    ["an item holding 总计 with its spec", [4, null, "总计数器", "XL-1", null, 1], "data"],
    ["a total whose figure spilled into a key cell", [null, "合计", 101, null, null, 300], "total"],
    ["a unit typed as a number, the owner 合计商贸", [101, "合计商贸", "物业费", null, null, 300], "data"],
    ["a subtotal in the serial column", ["办公用品小计", null, null, null, null, 95, null, 695.5], "total"],
    ["a subtotal in the item column", [null, null, "工程材料小计", null, null, 50, null, 881.6], "total"],
    ["a spaced grand total", ["合    计", null, null, null, null, 179, null, 2120.1], "total"],
    ["a total in the 类别 column, keys empty", [null, "合计", null, null, null, 30, null, 750], "total"],
    ["a total after a serial number", [9, "小计", null, null, null, 30], "total"],
    ["a total with a blank key cell", ["合计", null, "  ", "", null, 30], "total"],
  ])("%s", (_what, cells, kind) => {
    expect(kinds[rowKindOf(cells, null, KEYS)]).toBe(kind);
  });

  it("is data whenever a key text cell besides the label's is filled, a total otherwise", () => {
    const word = fc.constantFrom(
      "小计",
      "合计",
      "总计",
      "累计",
      "共计",
      "本月合计",
      "Subtotal",
      "Total",
      "合计器",
    );
    const filling = fc.constantFrom<CellValue>("A4纸", "支", "70g", " 包 ");
    const empty = fc.constantFrom<CellValue>(null, "", " ");
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 4 }),
        word,
        fc.array(fc.oneof(filling, empty, fc.integer()), { minLength: 5, maxLength: 5 }),
        (at, label, keyCells) => {
          // the label sits at index `at` (a key cell or not); cells 1..4 are the keys; a number in a key cell after
          // the label (a figure spilled left) fills nothing, and none comes before it (that would end the labels)
          const keys = [1, 2, 3, 4];
          const cells: CellValue[] = [null, ...keyCells.slice(1)].map((c, i) =>
            i < at && typeof c === "number" ? null : c,
          );
          cells[at] = label;
          const filled = keys.some(
            (k) => k !== at && typeof cells[k] === "string" && !isBlankCell(cells[k] ?? null),
          );
          expect(fillsOtherKey(cells, at, keys)).toBe(filled);
          // every cell before the label is a key cell, so the label is always one of the label cells
          expect(rowKindOf(cells, null, keys) === ROW_TOTAL).toBe(!filled);
        },
      ),
    );
  });
});
