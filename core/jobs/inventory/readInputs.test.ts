import { describe, expect, it } from "vitest";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import { placeAlone } from "../../table/placedSheets";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { INVENTORY_TABLES, RECEIPT_TABLE } from "./inputs";
import { readInventoryInputs } from "./readInputs";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, origin: { row: 1, column: 1 } };
}

function book(...sheets: SheetData[]): BookData {
  return { sheets, date1904: false };
}

/** Places a workbook's sheets among the inventory's tables on their own, then reads them (`placed` kept). */
function read(workbook: BookData) {
  const placed = placeAlone(workbook, [...INVENTORY_TABLES, HOLIDAY_TABLE]);
  return { ...readInventoryInputs(placed), placed };
}

const OPENING_HEADER = ["物资名称", "规格", "单位", "期初数量", "单位成本", "期初金额"];
const RECEIPT_HEADER = [
  "入库日期",
  "入库单号",
  "物资名称",
  "规格",
  "单位",
  "入库数量",
  "单价",
  "金额",
  "验收结果",
  "退换期限",
];
const ISSUE_HEADER = [
  "出库日期",
  "领料单号",
  "物资名称",
  "规格",
  "单位",
  "出库数量",
  "领用部门",
  "领用人",
  "审批人",
];
const COUNT_HEADER = ["盘点日期", "物资名称", "规格", "单位", "实盘数量"];

type Rows = readonly (readonly CellValue[])[];

/** A workbook with the four inputs; any table left out gets just its header. */
function inputs(parts: { opening?: Rows; receipts?: Rows; issues?: Rows; count?: Rows }) {
  return read(
    book(
      sheet("期初库存", [OPENING_HEADER, ...(parts.opening ?? []).map((r) => [...r])]),
      sheet("入库明细", [RECEIPT_HEADER, ...(parts.receipts ?? []).map((r) => [...r])]),
      sheet("出库明细", [ISSUE_HEADER, ...(parts.issues ?? []).map((r) => [...r])]),
      sheet("盘点", [COUNT_HEADER, ...(parts.count ?? []).map((r) => [...r])]),
    ),
  );
}

const codes = (r: ReturnType<typeof inputs>) =>
  r.issuesFound.map((i) => [i.code, i.severity, i.sheet, i.row, i.column]);

describe("readInventoryInputs", () => {
  it("reads every table into records with their sources", () => {
    const r = inputs({
      opening: [["LED灯管", "T8", "支", 10, 12.5, null]],
      receipts: [["2026-11-03", "RK1", "LED灯管", "T8", "支", 2.5, "3.35", null, "合格", null]],
      issues: [["2026-11-05", "LL1", "LED灯管", "T8", "支", 5, "工程部", "张三", null]],
      count: [[null, "LED灯管", null, "支", 0]],
    });
    expect(r.issuesFound).toEqual([]);
    expect(r.opening).toEqual([
      {
        item: "LED灯管",
        spec: "T8",
        unit: "支",
        category: null,
        quantity: 100000,
        valueFen: 12500,
        source: { sheet: "期初库存", row: 2 },
      },
    ]);
    expect(r.receipts).toHaveLength(1);
    expect(r.receipts[0]).toMatchObject({
      date: "2026-11-03",
      slip: "RK1",
      quantity: 25000,
      amountFen: 838,
      accepted: true,
      returnBy: null,
      source: { sheet: "入库明细", row: 2 },
    });
    expect(r.receipts[0]?.unitPrice?.toString()).toBe("3.35");
    expect(r.issues).toEqual([
      {
        item: "LED灯管",
        spec: "T8",
        unit: "支",
        date: "2026-11-05",
        slip: "LL1",
        quantity: 50000,
        department: "工程部",
        taker: "张三",
        approver: null,
        source: { sheet: "出库明细", row: 2 },
      },
    ]);
    expect(r.counts).toEqual([
      {
        item: "LED灯管",
        spec: "",
        unit: "支",
        date: null,
        category: null,
        quantity: 0,
        source: { sheet: "盘点", row: 2 },
      },
    ]);
    expect(r.placed.sheets(RECEIPT_TABLE).map((s) => s.name)).toEqual(["入库明细"]);
    expect(r.openingMonth).toBeNull();
  });

  it.each([
    ["期初月份：2026-09", "2026-09"],
    ["月份: 2026年9月", "2026-09"],
    ["Month: 2026-09", "2026-09"],
    ["2026年9月 期初库存", "2026-09"],
    ["截至2026年8月31日", "2026-09"],
    ["仓库：一号库", null],
  ])("the opening sheet's label %s gives the opening month %s", (text, month) => {
    const r = read(
      book(
        sheet("期初库存", [
          ["期初库存表"],
          [text],
          ["类别", ...OPENING_HEADER],
          ["工程", "灯", "", "个", 1, 1, 1],
        ]),
      ),
    );
    expect(r.openingMonth).toBe(month);
    expect(r.opening[0]?.category).toBe("工程");
  });

  it.each([
    ["opening", { opening: [["A", "", "个", 0, null, null]] }, "D"],
    ["opening", { opening: [["A", "", "个", -1, null, null]] }, "D"],
    ["receipts", { receipts: [["2026-11-01", "R", "A", "", "个", 0, 1, null, null, null]] }, "F"],
    ["receipts", { receipts: [["2026-11-01", "R", "A", "", "个", -2, 1, null, null, null]] }, "F"],
    ["issues", { issues: [["2026-11-01", "L", "A", "", "个", 0, null, null, null]] }, "F"],
  ] as const)(
    "a %s quantity of 0 or less is a not_positive error and the row is dropped",
    (role, parts, col) => {
      const r = inputs(parts);
      expect(r[role === "opening" ? "opening" : role]).toEqual([]);
      expect(codes(r)).toEqual([["not_positive", "error", expect.any(String), 2, col]]);
    },
  );

  it.each([
    [0, [], 1],
    [3.5, [], 1],
    [-1, [["negative_value", "error", "盘点", 2, "E"]], 0],
  ])("a counted quantity of %s", (qty, expected, kept) => {
    const r = inputs({ count: [["2026-11-25", "A", "", "个", qty]] });
    expect(codes(r)).toEqual(expected);
    expect(r.counts).toHaveLength(kept);
  });

  it.each([
    ["typed amount wins", 4, "12.5", 49.99, 4999],
    ["quantity x price rounded half-up", 3, "0.335", null, 101],
    ["price with no amount, exact", 2.5, "3.35", null, 838],
    ["amount with no price", 4, null, 10, 1000],
    ["neither: unknown", 4, null, null, null],
  ] as const)("receipt amount: %s", (_, qty, price, amount, fen) => {
    const r = inputs({ receipts: [["2026-11-02", null, "A", "", "个", qty, price, amount, null, null]] });
    expect(r.issuesFound).toEqual([]);
    expect(r.receipts[0]?.amountFen).toBe(fen);
  });

  it.each([
    ["amount", 10, null, 500, 50000],
    ["unit cost", 3, "1.005", null, 302],
    ["neither", 3, null, null, null],
  ] as const)("opening value from %s", (_, qty, cost, amount, fen) => {
    const r = inputs({ opening: [["A", "", "个", qty, cost, amount]] });
    expect(r.opening[0]?.valueFen).toBe(fen);
  });

  it.each([
    ["合格", true],
    [null, true],
    ["", true],
    ["已验收", true],
    ["√", true],
    ["OK", true],
    ["驗收合格", true],
    ["不合格", false],
    [" 不 合格 ", false],
    ["拒收", false],
    ["退货", false],
    ["退貨", false],
    ["不通過", false],
    ["×", false],
    ["否", false],
    ["Rejected", false],
    ["不合格（破损，退货）", false],
    ["合格（部分退货）", false],
  ] as const)("acceptance %j -> %s, without an issue", (text, accepted) => {
    const r = inputs({ receipts: [["2026-11-02", null, "A", "", "个", 1, 1, null, text, "2026-11-09"]] });
    expect(r.issuesFound).toEqual([]);
    expect(r.receipts[0]?.accepted).toBe(accepted);
    expect(r.receipts[0]?.returnBy).toBe(accepted ? null : "2026-11-09");
  });

  it.each([["待验收"], ["未验收"], ["部分合格"], ["良好"]])(
    "an unknown verdict %j keeps the receipt as accepted, with a warning at the cell",
    (text) => {
      const r = inputs({ receipts: [["2026-11-02", "RK1", "A", "", "个", 1, 1, null, text, null]] });
      expect(r.receipts.map((x) => x.accepted)).toEqual([true]);
      expect(r.issuesFound).toEqual([
        {
          code: "verdict_unknown",
          severity: "warning",
          sheet: "入库明细",
          row: 2,
          column: "I",
          // the column as the sheet heads it, as every message about one of its cells names it
          params: { header: "验收结果", value: text, field: "accepted" },
        },
      ]);
    },
  );

  it("reads the verdicts of a store's 入库验收单 as printed and filled in", () => {
    const r = read(
      book(
        sheet("12月入库验收单", [
          ["物资入库验收单"],
          ["项目：阳光花园物业服务中心", null, null, null, null, null, null, "2026年12月"],
          [
            "入库日期",
            "入库单号",
            "物资名称",
            "规格型号",
            "单位",
            "数量",
            "单价",
            "金额",
            "是否合格",
            "退换期限",
            "备注",
          ],
          ["2026-12-03", "RK2612-01", "LED灯管", "T8 1.2m", "支", 20, 12.5, 250, "合格", null, null],
          ["2026-12-03", "RK2612-01", "垃圾袋", "90×100", "包", 30, 12, 360, "验收合格", null, null],
          [
            "2026-12-08",
            "RK2612-02",
            "拖把",
            "旋转式",
            "把",
            5,
            45,
            225,
            "不合格（破损，退货）",
            "2026-12-15",
            "供应商换货",
          ],
          ["2026-12-08", "RK2612-02", "洗手液", "500ml", "瓶", 12, 9.8, 117.6, "√", null, null],
          [
            "2026-12-10",
            "RK2612-03",
            "抹布",
            "30×30",
            "条",
            50,
            1.5,
            75,
            "合格（部分退货）",
            "2026-12-17",
            "10条有污渍",
          ],
          ["2026-12-12", "RK2612-04", "电池", "5号", "节", 40, 1.2, 48, "待定", null, "未试用"],
          ["2026-12-12", "RK2612-04", "胶带", "48mm", "卷", 10, 6, 60, "驗收合格", null, null],
          ["2026-12-15", "RK2612-05", "灯泡", "E27", "个", 10, 8, 80, "×", "2026-12-22", "规格不符"],
          ["2026-12-15", "RK2612-05", "扫把", "", "把", 6, 15, 90, null, null, null],
          ["合计", null, null, null, null, 183, null, 1305.6, null, null, null],
        ]),
      ),
    );
    expect(r.placed.sheets(RECEIPT_TABLE).map((x) => x.name)).toEqual(["12月入库验收单"]);
    expect(r.receipts.map((x) => [x.item, x.accepted, x.returnBy])).toEqual([
      ["LED灯管", true, null],
      ["垃圾袋", true, null],
      ["拖把", false, "2026-12-15"],
      ["洗手液", true, null],
      ["抹布", false, "2026-12-17"],
      ["电池", true, null],
      ["胶带", true, null],
      ["灯泡", false, "2026-12-22"],
      ["扫把", true, null],
    ]);
    expect(r.issuesFound.map((i) => [i.code, i.severity, i.row, i.column, i.params?.["value"]])).toEqual([
      ["verdict_unknown", "warning", 9, "I", "待定"],
    ]);
  });

  it("a negative price or amount is an error", () => {
    const r = inputs({
      receipts: [["2026-11-02", null, "A", "", "个", 1, -1, null, null, null]],
      opening: [["A", "", "个", 1, null, -5]],
    });
    expect(r.receipts).toEqual([]);
    expect(r.opening).toEqual([]);
    expect(codes(r).map((c) => [c[0], c[4]])).toEqual([
      ["negative_value", "F"],
      ["negative_value", "G"],
    ]);
  });

  it.each([
    [
      "one slip, several items of one date",
      [
        ["RK1", "2026-11-02", "A"],
        ["RK1", "2026-11-02", "B"],
      ],
      [],
    ],
    [
      "the same slip on another date",
      [
        ["RK1", "2026-11-02", "A"],
        ["rk1", "2026-11-03", "B"],
      ],
      [3],
    ],
    [
      "the same slip in full-width letters and with a space, on another date",
      [
        ["RK1", "2026-11-02", "A"],
        ["ＲＫ 1", "2026-11-03", "B"],
      ],
      [3],
    ],
    [
      "the same item twice on one slip",
      [
        ["RK1", "2026-11-02", "A"],
        ["RK1", "2026-11-02", "B"],
        ["RK1", "2026-11-02", "A"],
      ],
      [4],
    ],
    [
      "no slip numbers",
      [
        [null, "2026-11-02", "A"],
        [null, "2026-11-02", "A"],
      ],
      [],
    ],
  ] as const)("duplicated slip numbers: %s", (_, lines, warnedRows) => {
    const r = inputs({
      receipts: lines.map(([slip, date, item]) => [date, slip, item, "", "个", 1, 1, null, null, null]),
      issues: lines.map(([slip, date, item]) => [date, slip, item, "", "个", 1, null, null, null]),
    });
    expect(r.receipts).toHaveLength(lines.length);
    expect(r.issues).toHaveLength(lines.length);
    const warned = r.issuesFound.filter((i) => i.code === "duplicate_slip");
    expect(warned.map((i) => [i.sheet, i.row, i.column, i.severity])).toEqual([
      ...warnedRows.map((row) => ["入库明细", row, "B", "warning"]),
      ...warnedRows.map((row) => ["出库明细", row, "B", "warning"]),
    ]);
    for (const w of warned) expect(w.params).toMatchObject({ firstSheet: w.sheet, firstRow: 2 });
  });

  it("receipts and issues may share a slip number", () => {
    const r = inputs({
      receipts: [["2026-11-02", "S1", "A", "", "个", 1, 1, null, null, null]],
      issues: [["2026-11-03", "S1", "A", "", "个", 1, null, null, null]],
    });
    expect(r.issuesFound).toEqual([]);
  });

  it("keeps table-level issues (bad dates, missing sheets)", () => {
    const r = read(
      book(sheet("入库", [RECEIPT_HEADER, ["not a date", null, "A", "", "个", 1, 1, null, null, null]])),
    );
    expect(r.receipts).toEqual([]);
    expect([...r.placed.issues, ...r.issuesFound].map((i) => i.code)).toEqual(
      expect.arrayContaining(["no_input_sheet", "not_a_date"]),
    );
  });
});
