import { describe, expect, it } from "vitest";
import type { BookData, SheetData } from "../../table/sheetData";
import { runJob } from "../registry";
import { INVENTORY_JOB } from "./job";
import { LEDGER_LAYOUTS, ledgerSheets, type LedgerItem } from "./stockLedger.testkit";

const MONTH = "2026-11";
const u = (n: number) => n * 10_000;

// A store's November kept as one 收发存 ledger (figures worked by hand):
//   LED灯管 T8: opening 20 at 12.00 = 240.00; in 30 at 12.50 = 375.00 (11-03); out 15 (11-10), 10 (11-20)
//     -> cost 615.00 / 50 = 12.30, expected 25 -> 307.50, issued 615.00 - 307.50 = 307.50; counted 25
//   拖把 旋转式: no opening; in 4 at 45.00 = 180.00 (11-05); out 1 (11-12) -> cost 45.00, expected 3 -> 135.00,
//     issued 45.00; counted 3
//   洗手液: opening 10 at 9.50 = 95.00; out 4 (11-08) -> cost 9.50, expected 6 -> 57.00, issued 38.00; counted 5:
//     盘亏 1, -9.50
//   totals: opening 240.00 + 95.00 = 335.00; received 375.00 + 180.00 = 555.00; issued 307.50 + 45.00 + 38.00 =
//     390.50; closing 307.50 + 135.00 + 57.00 = 499.50 (= 335.00 + 555.00 - 390.50); variance -9.50
const ITEMS: LedgerItem[] = [
  {
    item: "LED灯管",
    spec: "T8",
    unit: "支",
    opening: { quantity: u(20), price: "12" },
    movements: [
      { kind: "in", day: 3, quantity: u(30), price: "12.5" },
      { kind: "out", day: 10, quantity: u(15) },
      { kind: "out", day: 20, quantity: u(10) },
    ],
  },
  {
    item: "拖把",
    spec: "旋转式",
    unit: "把",
    opening: null,
    movements: [
      { kind: "in", day: 5, quantity: u(4), price: "45" },
      { kind: "out", day: 12, quantity: u(1) },
    ],
  },
  {
    item: "洗手液",
    spec: "",
    unit: "瓶",
    opening: { quantity: u(10), price: "9.5" },
    movements: [{ kind: "out", day: 8, quantity: u(4) }],
  },
];

const COUNT: SheetData = {
  name: "盘点表",
  origin: { row: 1, column: 1 },
  values: [
    ["盘点日期", "物资名称", "规格", "单位", "实盘数量"],
    ["2026-11-25", "LED灯管", "T8", "支", 25],
    ["2026-11-25", "拖把", "旋转式", "把", 3],
    ["2026-11-25", "洗手液", "", "瓶", 5],
  ],
};

const PARAMS = { month: MONTH, countDate: "2026-11-25", today: "2026-11-30", lang: "zh-CN" as const };

const run = (sheets: SheetData[]) =>
  runJob(INVENTORY_JOB, { date1904: false, sheets: [...sheets, COUNT] } as BookData, PARAMS);

describe("the inventory job on a workbook that keeps one 收发存 ledger", () => {
  it.each(LEDGER_LAYOUTS)("reconciles the month from it as from separate sheets (%s)", (layout) => {
    const result = run(ledgerSheets(MONTH, ITEMS, layout));
    expect(result.unusable).toBe(false);
    expect(result.issues).toEqual([]);
    expect(
      result.report.items.map((i) => [
        i.item,
        i.opening,
        i.received,
        i.issued,
        i.expected,
        i.counted,
        i.variance,
        i.unitCost,
        i.openingValue,
        i.receivedValue,
        i.issuedValue,
        i.closingValue,
        i.varianceValue,
      ]),
    ).toEqual([
      ["拖把", "0", "4", "1", "3", "3", "0", "45.00", "0.00", "180.00", "45.00", "135.00", "0.00"],
      ["洗手液", "10", "0", "4", "6", "5", "-1", "9.50", "95.00", "0.00", "38.00", "57.00", "-9.50"],
      ["LED灯管", "20", "30", "25", "25", "25", "0", "12.30", "240.00", "375.00", "307.50", "307.50", "0.00"],
    ]);
    expect(result.report.totals).toEqual({
      openingValue: "335.00",
      receivedValue: "555.00",
      issuedValue: "390.50",
      closingValue: "499.50",
      varianceValue: "-9.50",
    });
    // the ledger keeps no 领用人 / 审批人: its issues are not flagged unsigned
    expect(result.report.exceptions).toEqual([]);
    expect(new Set(result.readings.map((r) => r.table["zh-CN"]))).toEqual(
      new Set(["收发存明细账", "盘点表"]),
    );
  });

  it("runs without receipt and issue sheets, the ledger standing in for them, but not without a count", () => {
    const alone = runJob(
      INVENTORY_JOB,
      { date1904: false, sheets: ledgerSheets(MONTH, ITEMS, "blocks") },
      PARAMS,
    );
    expect(alone.unusable).toBe(true);
    expect(alone.issues.filter((i) => i.code === "no_input_sheet").map((i) => i.params?.["table"])).toEqual([
      expect.objectContaining({ "zh-CN": "盘点表" }),
    ]);
  });

  it("adds a separate receipts sheet's deliveries to the ledger's", () => {
    const receipts: SheetData = {
      name: "入库明细",
      origin: { row: 1, column: 1 },
      values: [
        ["入库日期", "入库单号", "物资名称", "规格", "单位", "入库数量", "单价", "验收结果"],
        // 5 more LED灯管 at 12.50 = 62.50: cost (615.00 + 62.50) / 55 = 12.318…, expected 30 -> 369.55
        ["2026-11-21", "RK-1", "LED灯管", "T8", "支", 5, 12.5, "合格"],
      ],
    };
    const result = run([...ledgerSheets(MONTH, ITEMS, "item-column"), receipts]);
    const led = result.report.items.find((i) => i.item === "LED灯管");
    expect([led?.received, led?.expected, led?.receivedValue, led?.closingValue]).toEqual([
      "35",
      "30",
      "437.50",
      "369.55",
    ]);
    // the ledger's own balance is its rows' alone: the other sheet's delivery does not part it
    expect(result.issues.filter((i) => i.code.startsWith("stock_balance"))).toEqual([]);
  });
});
