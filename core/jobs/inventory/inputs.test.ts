import { describe, expect, it } from "vitest";
import { locateInputs } from "../../table/locateInputs";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import { REQUEST_TABLE } from "../../catalog/requestTable";
import { COLLECTION_TABLES } from "../../receivables/inputs";
import {
  COUNT_TABLE,
  INVENTORY_TABLES,
  ISSUE_TABLE,
  OPENING_TABLE,
  RECEIPT_TABLE,
  STOCK_LEDGER_TABLE,
} from "./inputs";
import { LEDGER_LAYOUTS, ledgerSheets } from "./stockLedger.testkit";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, origin: { row: 1, column: 1 } };
}

function book(...sheets: SheetData[]): BookData {
  return { sheets, date1904: false };
}

const ALL_TABLES = [...INVENTORY_TABLES, REQUEST_TABLE, ...COLLECTION_TABLES];

const SHEETS: Record<string, CellValue[][]> = {
  期初库存: [
    ["物资名称", "规格", "单位", "期初数量", "单位成本", "期初金额"],
    ["LED灯管", "T8", "支", 10, 12.5, 125],
  ],
  入库明细: [
    ["2026年11月 入库明细"],
    ["入库日期", "入库单号", "物资名称", "规格", "单位", "入库数量", "单价", "金额", "验收结果", "退换期限"],
    ["2026-11-03", "RK001", "LED灯管", "T8", "支", 20, 12.5, 250, "合格", null],
  ],
  领料单: [
    ["领用日期", "领料单号", "物资名称", "规格", "单位", "领用数量", "领用部门", "领用人", "项目负责人"],
    ["2026-11-05", "LL001", "LED灯管", "T8", "支", 5, "工程部", "张三", "李四"],
  ],
  盘点表: [
    ["盘点日期", "物资名称", "规格", "单位", "实盘数量"],
    ["2026-11-25", "LED灯管", "T8", "支", 25],
  ],
  工程部申请: [
    ["部门：工程部"],
    ["序号", "物资名称", "规格", "单位", "数量", "单价", "用途"],
    [1, "LED灯管", "T8 1.2m", "支", 20, 12.5, "更换"],
  ],
  应收: [
    ["房号", "业主", "收费项目", "所属期间", "应收金额"],
    ["1-101", "王五", "物业费", "2026-11", 300],
  ],
  实收: [
    ["收据号", "收款日期", "房号", "收费项目", "实收金额"],
    ["NO1", "2026-11-10", "1-101", "物业费", 300],
  ],
};

const EXPECTED: Record<string, string> = {
  期初库存: OPENING_TABLE.role,
  入库明细: RECEIPT_TABLE.role,
  领料单: ISSUE_TABLE.role,
  盘点表: COUNT_TABLE.role,
  工程部申请: REQUEST_TABLE.role,
  应收: "charges",
  实收: "payments",
};

function roleOf(found: ReturnType<typeof locateInputs>, name: string): string[] {
  return [...found.byRole].filter(([, sheets]) => sheets.some((s) => s.name === name)).map(([role]) => role);
}

describe("inventory input tables", () => {
  it("places each sheet of a mixed workbook by its headers, whatever the table order", () => {
    const wb = book(...Object.entries(SHEETS).map(([name, values]) => sheet(name, values)));
    for (const specs of [ALL_TABLES, [...ALL_TABLES].reverse()]) {
      const found = locateInputs(wb, specs);
      for (const [name, role] of Object.entries(EXPECTED)) expect(roleOf(found, name), name).toEqual([role]);
      expect(found.issues.filter((i) => i.code === "sheet_not_placed")).toEqual([]);
    }
  });

  it("tells sheets with only generic headers (日期 / 单号 / 数量) apart by their sheet names", () => {
    const generic: CellValue[][] = [
      ["日期", "单号", "物资名称", "规格", "单位", "数量"],
      ["2026-11-03", "X1", "扫帚", "", "把", 2],
    ];
    const plain: CellValue[][] = [
      ["物资名称", "规格", "单位", "数量"],
      ["扫帚", "", "把", 2],
    ];
    const wb = book(
      sheet("期初", plain),
      sheet("入库", generic),
      sheet("出库", generic),
      sheet("11月盘点", plain),
    );
    for (const specs of [ALL_TABLES, [...ALL_TABLES].reverse()]) {
      const found = locateInputs(wb, specs);
      expect(roleOf(found, "期初")).toEqual(["opening"]);
      expect(roleOf(found, "入库")).toEqual(["receipts"]);
      expect(roleOf(found, "出库")).toEqual(["issues"]);
      expect(roleOf(found, "11月盘点")).toEqual(["count"]);
    }
  });

  it("matches Traditional and marked headers", () => {
    const wb = book(
      sheet("Sheet1", [
        ["*出庫日期", "領料單號", "物資名稱", "規格", "單位", "出庫數量(個)", "領用部門", "領料人", "審批人"],
        ["2026/11/5", "A1", "拖把", "", "把", 1, "保洁部", "赵六", "李四"],
      ]),
    );
    const found = locateInputs(wb, ALL_TABLES);
    expect(roleOf(found, "Sheet1")).toEqual(["issues"]);
  });

  const LEDGER_ITEMS = [
    {
      item: "LED灯管",
      spec: "T8",
      unit: "支",
      opening: { quantity: 200_000, price: "12" },
      movements: [
        { kind: "in" as const, day: 3, quantity: 100_000, price: "12.5" },
        { kind: "out" as const, day: 6, quantity: 80_000 },
      ],
    },
  ];

  it.each(LEDGER_LAYOUTS)("places a 收发存 ledger as one, never as receipts or issues (%s)", (layout) => {
    const wb = book(...ledgerSheets("2026-11", LEDGER_ITEMS, layout), sheet("盘点表", SHEETS["盘点表"]!));
    for (const specs of [ALL_TABLES, [...ALL_TABLES].reverse()]) {
      const found = locateInputs(wb, specs);
      for (const s of wb.sheets.slice(0, -1))
        expect(roleOf(found, s.name), s.name).toEqual([STOCK_LEDGER_TABLE.role]);
    }
    // the ledger stands in for the receipts and the issues: the job's inputs are all there
    const own = locateInputs(wb, INVENTORY_TABLES);
    expect(own.issues.filter((i) => i.code === "no_input_sheet")).toEqual([]);
  });

  it.each([
    ["收入 / 发出 / 结存", ["收入", "发出", "结存"]],
    ["借方 / 贷方 / 余额", ["借方", "贷方", "余额"]],
    ["Traditional 入庫 / 出庫 / 結存", ["入庫", "出庫", "結存"]],
  ])("knows the groups named %s", (_what, [inn, out, balance]) => {
    const ledger = sheet("存货明细账", [
      ["日期", "凭证号", "摘要", "品名", "单位", inn!, null, null, out!, null, null, balance!, null, null],
      [null, null, null, null, null, "数量", "单价", "金额", "数量", "单价", "金额", "数量", "单价", "金额"],
      ["2026-11-03", "记-1", "购入", "灯泡", "个", 10, 8, 80, null, null, null, 10, 8, 80],
    ]);
    for (const specs of [ALL_TABLES, [...ALL_TABLES].reverse()])
      expect(roleOf(locateInputs(book(ledger), specs), "存货明细账")).toEqual([STOCK_LEDGER_TABLE.role]);
  });

  it.each<[string, CellValue[][]]>([
    [
      "a voucher list (凭证号, 日期, 摘要 and an amount)",
      [
        ["序号", "凭证号", "日期", "摘要", "金额", "项目负责人"],
        [1, "记-1", "2026-11-03", "购灯管", 375, "王建国"],
      ],
    ],
    [
      "a 收发存 summary without dates (期初结存, 本月入库, 本月出库, 期末结存)",
      [
        ["物资收发存台账 2026年11月"],
        ["物资名称", "规格", "单位", "期初结存", "本月入库", "本月出库", "期末结存"],
        ["A4纸", "70g", "包", 10, 20, 15, 15],
      ],
    ],
  ])("does not take %s for a ledger", (_what, values) => {
    const found = locateInputs(book(sheet("收发存台账", values)), ALL_TABLES);
    expect(found.byRole.get(STOCK_LEDGER_TABLE.role)).toEqual([]);
  });
});
