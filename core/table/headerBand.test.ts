import { describe, expect, it } from "vitest";
import { findHeader } from "./findHeader";
import { headerColumns } from "./headerColumns";
import { HeaderMatcher } from "./headerMatcher";
import { readTable } from "./readTable";
import { column, table, type TableSpec } from "./declaration";
import { label } from "../i18n/label";
import type { CellValue, MergedArea, SheetData } from "./sheetData";
import { REQUEST_TABLE } from "../catalog/requestTable";
import { ISSUE_TABLE, OPENING_TABLE, RECEIPT_TABLE } from "../jobs/inventory/inputs";
import { LOAN_TABLE } from "../jobs/finance/advances/inputs";

function sheet(values: CellValue[][], merges?: string[]): SheetData {
  const data: SheetData = { name: "表", values, origin: { row: 1, column: 1 } };
  if (merges !== undefined) data.merges = merges.map(area);
  return data;
}

/** `G3:H3` as a merged area. */
function area(a1: string): MergedArea {
  const m = /^([A-Z])(\d+):([A-Z])(\d+)$/.exec(a1);
  if (m === null) throw new Error(a1);
  const col = (c: string) => c.charCodeAt(0) - 64;
  return { top: Number(m[2]), left: col(m[1]!), bottom: Number(m[4]), right: col(m[3]!) };
}

const mergedDown = (letters: string, top: number, bottom: number) =>
  [...letters].map((c) => `${c}${top}:${c}${bottom}`);

/** Where the header is and which letter each column took. */
function headerOf(s: SheetData, spec: TableSpec) {
  const read = readTable(s, spec, { date1904: false });
  return { rows: read.headerRows, columns: read.columns, issues: read.issues.map((i) => i.code) };
}

// 物资采购申请单: `预算(元)` merged over `单价 | 金额`, every other header merged down over both rows (form 02)
const REQUEST_BAND: CellValue[][] = [
  ["2027年1月 物资采购申请单", null, null, null, null, null, null, null, null, null],
  ["申请部门：工程部    项目：阳光花园", null, null, null, null, null, null, null, null, null],
  ["序号", "物资名称", "类别", "规格型号", "单位", "数量", "预算(元)", null, "需用日期", "备注"],
  [null, null, null, null, null, null, "单价", "金额", null, null],
  [1, "角阀", "工程", "4分", "个", 10, 18, 180, 46392, null],
];

// 物资入库登记表: `入库` merged over `数量 | 单价 | 金额` (form 05)
const RECEIPT_BAND: CellValue[][] = [
  ["物资入库登记表", null, null, null, null, null, null, null, null, null],
  ["日期", "入库单号", "物资名称", "规格型号", "单位", "入库", null, null, "验收", "经手人"],
  [null, null, null, null, null, "数量", "单价", "金额", null, null],
  [46330, "RK-01", "扫把", "竹制", "把", 10, 15, 150, "合格", "孙丽"],
];

// 物资收发存台账: `本月收发存` over `入库 | 出库 | 结存`, each over `数量 | 单价 | 金额`, the item fields merged
// down over the three rows
const LEDGER_THREE: CellValue[][] = [
  ["物资收发存台账"],
  ["日期", "单号", "物资名称", "规格", "单位", "本月收发存", null, null, null, null, null, null, null, null],
  [null, null, null, null, null, "入库", null, null, "出库", null, null, "结存", null, null],
  [null, null, null, null, null, "数量", "单价", "金额", "数量", "单价", "金额", "数量", "单价", "金额"],
  [46330, "D-01", "扫把", "竹制", "把", 10, 15, 150, 4, 15, 60, 6, 15, 90],
];
const LEDGER_MERGES = ["F2:N2", "F3:H3", "I3:K3", "L3:N3", ...mergedDown("ABCDE", 2, 4), "A1:N1"];

// 借款登记表: `借款金额` merged over `大写 | 小写` (form 08)
const LOANS_BAND: CellValue[][] = [
  ["借款登记表"],
  ["序号", "借款单号", "借款日期", "借款人", "借款事由", "借款金额", null, "借款人签字", "项目负责人"],
  [null, null, null, null, null, "大写", "小写", null, null],
  [1, "JK-2611-01", 46328, "李敏", "预付11月电费", "人民币壹万贰仟元整", 12000, "李敏", "王建国"],
];

describe("header bands: a parent merged over children names them", () => {
  it.each<[string, string[] | undefined]>([
    ["from the empty cells right of the parent", undefined],
    ["from the sheet's merged areas", ["A1:J1", "A2:J2", "G3:H3", ...mergedDown("ABCDEFIJ", 3, 4)]],
  ])("物资采购申请单: 预算(元) over 单价 | 金额, %s", (_how, merges) => {
    expect(headerOf(sheet(REQUEST_BAND, merges), REQUEST_TABLE)).toEqual({
      rows: [3, 4],
      columns: {
        item: "B",
        category: "C",
        spec: "D",
        unit: "E",
        quantity: "F",
        unitPrice: "G",
        amount: "H",
        neededBy: "I",
        remarks: "J",
      },
      issues: [],
    });
    const read = readTable(sheet(REQUEST_BAND, merges), REQUEST_TABLE, { date1904: false });
    expect(
      read.rows.map((r) => [r.row, r.values.item, r.values.unitPrice?.toString(), r.values.amount]),
    ).toEqual([[5, "角阀", "18", 18000]]);
  });

  it("入库 over 数量 | 单价 | 金额 gives the receipt's quantity, price and amount (入库数量 is a receipt synonym)", () => {
    expect(headerOf(sheet(RECEIPT_BAND), RECEIPT_TABLE)).toEqual({
      rows: [2, 3],
      columns: {
        date: "A",
        slip: "B",
        item: "C",
        spec: "D",
        unit: "E",
        quantity: "F",
        unitPrice: "G",
        amount: "H",
        accepted: "I",
      },
      issues: [],
    });
  });

  it.each<[string, string[] | undefined]>([
    ["by their empty cells", undefined],
    ["by merged areas", LEDGER_MERGES],
  ])("三级表头 入库 / 出库 / 结存 under 本月收发存: each table takes its own group (%s)", (_how, merges) => {
    const s = sheet(LEDGER_THREE, merges);
    expect(headerOf(s, RECEIPT_TABLE)).toEqual({
      rows: [2, 3, 4],
      columns: {
        date: "A",
        slip: "B",
        item: "C",
        spec: "D",
        unit: "E",
        quantity: "F",
        unitPrice: "G",
        amount: "H",
      },
      issues: [],
    });
    // 出库数量 is an issue synonym; the bare 数量 under 入库 and 结存 is another group's figure, left out quietly
    expect(headerOf(s, ISSUE_TABLE).columns).toMatchObject({ quantity: "I" });
    expect(headerOf(s, ISSUE_TABLE).issues).toEqual([]);
    // 结存数量 / 结存金额 are opening-stock synonyms
    expect(headerOf(s, OPENING_TABLE).columns).toMatchObject({ quantity: "L", amount: "N" });
  });

  it("a table naming each group's columns reads all three", () => {
    const ledger = table({
      role: "ledger",
      label: label("收发存", "收發存", "ledger"),
      columns: [
        column({
          key: "item",
          label: label("物资名称", "物資名稱", "Item"),
          synonyms: ["物资名称"],
          type: "text",
        }),
        ...(["入库", "出库", "结存"] as const).map((group, i) =>
          column({
            key: `q${i}`,
            label: label(`${group}数量`, `${group}數量`, `qty ${i}`),
            synonyms: [`${group}数量`],
            type: "quantity",
          }),
        ),
        ...(["入库", "出库", "结存"] as const).map((group, i) =>
          column({
            key: `a${i}`,
            label: label(`${group}金额`, `${group}金額`, `amount ${i}`),
            synonyms: [`${group}金额`],
            type: "money",
          }),
        ),
      ],
    });
    const read = readTable(sheet(LEDGER_THREE, LEDGER_MERGES), ledger, { date1904: false });
    expect(read.columns).toEqual({ item: "C", q0: "F", q1: "I", q2: "L", a0: "H", a1: "K", a2: "N" });
    expect(read.rows.map((r) => r.values)).toEqual([
      { item: "扫把", q0: 100_000, q1: 40_000, q2: 60_000, a0: 15_000, a1: 6_000, a2: 9_000 },
    ]);
  });

  it("借款金额 over 大写 | 小写: the figures (小写) are the amount, not the words under the parent's own cell", () => {
    const read = readTable(sheet(LOANS_BAND), LOAN_TABLE, { date1904: false });
    expect(read.headerRows).toEqual([2, 3]);
    expect(read.columns).toMatchObject({ number: "B", date: "C", borrower: "D", amount: "G" });
    expect(read.rows.map((r) => r.values.amount)).toEqual([1_200_000]);
    expect(read.issues).toEqual([]);
  });

  it("joins a parent row above the best row when it names a field merged down over the band", () => {
    const s = sheet([
      ["物资名称", "单位", "预算", null],
      [null, null, "数量", "单价"],
      ["LED灯管", "支", 3, 12.5],
    ]);
    // the lower row names quantity and price, the upper item and unit: the upper row wins the tie, and the band both
    expect(findHeader(s, new HeaderMatcher(REQUEST_TABLE))).toMatchObject({
      index: 0,
      band: { first: 0, last: 1 },
      missingRequired: [],
    });
    const upward = sheet([
      ["物资名称", "预算(元)", null, null],
      [null, "数量", "单价", "单位"],
      ["LED灯管", 3, 12.5, "支"],
    ]);
    expect(findHeader(upward, new HeaderMatcher(REQUEST_TABLE))).toMatchObject({
      index: 0,
      band: { last: 1 },
    });
    expect(headerColumns(upward, REQUEST_TABLE)).toEqual({
      item: "A",
      quantity: "B",
      unitPrice: "C",
      unit: "D",
    });
  });

  it.each<[string, CellValue[][], string[] | undefined]>([
    [
      "a title merged across the sheet above the header",
      [
        ["物资采购申请单", null, null, null],
        ["物资名称", "单位", "数量", "单价"],
        ["LED灯管", "支", 3, 12.5],
      ],
      ["A1:D1"],
    ],
    [
      "labels above the header",
      [
        ["部门：工程部", null, "项目：阳光花园", null],
        ["物资名称", "单位", "数量", "单价"],
        ["LED", "支", 3, 1],
      ],
      undefined,
    ],
    [
      "a units row under the header",
      [
        ["物资名称", "单位", "数量", "单价"],
        [null, null, "(个)", "(元)"],
        ["LED灯管", "支", 3, 12.5],
      ],
      undefined,
    ],
    [
      "a first data row all of text",
      [
        ["物资名称", "单位", "数量", "备注"],
        ["LED灯管", "支", null, "急用"],
        ["扳手", "把", 2, null],
      ],
      undefined,
    ],
    [
      "text under a parent the merged areas say spans one column",
      [
        ["物资名称", "单位", "数量", null],
        [null, null, "急", "备用"],
        ["LED灯管", "支", 3, null],
      ],
      ["A5:B5"],
    ],
  ])("is one row with %s", (_what, values, merges) => {
    const found = findHeader(sheet(values, merges), new HeaderMatcher(REQUEST_TABLE));
    expect(found?.band).toBeUndefined();
    expect(readTable(sheet(values, merges), REQUEST_TABLE, { date1904: false }).headerRows).toHaveLength(1);
  });

  it("skips the header band repeated on a later page", () => {
    const values = [
      ...REQUEST_BAND,
      REQUEST_BAND[2]!,
      REQUEST_BAND[3]!,
      [2, "扳手", "工程", "10寸", "把", 2, 35, 70],
    ];
    const read = readTable(sheet(values), REQUEST_TABLE, { date1904: false });
    expect(read.rows.map((r) => r.row)).toEqual([5, 8]);
    expect(read.counts.skipped.header).toBe(2);
    expect(read.issues).toEqual([]);
  });
});
