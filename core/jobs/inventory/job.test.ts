import { describe, expect, it } from "vitest";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import { runJob } from "../registry";
import { INVENTORY_JOB } from "./job";
import { defaultCountDate } from "./countDate";
import { createCalendar } from "../../calendar/workingCalendar";

function sheet(name: string, values: CellValue[][], ownerKey?: string): SheetData {
  const out: SheetData = { name, values, origin: { row: 1, column: 1 } };
  if (ownerKey !== undefined) out.ownerKey = ownerKey;
  return out;
}

const OPENING = sheet("期初库存", [
  ["物资名称", "规格", "单位", "期初数量", "期初金额"],
  ["灯管", "T8", "支", 10, 120],
]);
const RECEIPTS = (rows: CellValue[][]) =>
  sheet("入库明细", [
    ["入库日期", "入库单号", "物资名称", "规格", "单位", "入库数量", "单价", "验收结果"],
    ...rows,
  ]);
const ISSUES = sheet("出库明细", [
  ["出库日期", "领料单号", "物资名称", "规格", "单位", "出库数量", "领用人", "项目负责人"],
  ["2026-11-06", "L1", "灯管", "T8", "支", 2, "张伟", "刘建国"],
]);
const COUNT = sheet("盘点", [
  ["盘点日期", "物资名称", "规格", "单位", "实盘数量"],
  ["2026-11-25", "灯管", "T8", "支", 8],
]);
const PLAN = sheet(
  "采购计划明细 2026-11",
  [
    ["类别", "物资名称", "规格", "单位", "数量"],
    ["工程物资", "灯管", "T8", "支", 5],
    ["保洁物资", "拖把", "", "把", 2],
  ],
  "purchase-plan/detail/2026-11",
);

const params = { today: "2026-11-29", lang: "zh-CN" as const, month: "2026-11" };
const book = (...sheets: SheetData[]): BookData => ({ sheets, date1904: false });

describe("the inventory job", () => {
  it("checks receipts against the month's plan sheet: over plan, unplanned (500.00 or more) and emergency", () => {
    const result = runJob(
      INVENTORY_JOB,
      book(
        OPENING,
        RECEIPTS([
          ["2026-11-03", "R1", "灯管", "T8", "支", 6, 12, "合格"],
          ["2026-11-04", "R2", "拖把", "", "把", 2, 40, "合格"],
          ["2026-11-05", "R3", "水泵", "1.5kW", "台", 1, "600", "合格"],
          ["2026-11-05", "R4", "扫把", "", "把", 4, "15", "合格"],
        ]),
        ISSUES,
        COUNT,
        PLAN,
      ),
      params,
    );
    const found = result.report.exceptions.map((e) => [e.code, e.item, e.row]);
    expect(found).toContainEqual(["over_plan", "灯管 T8", 2]);
    expect(found).toContainEqual(["unplanned_receipt", "水泵 1.5kW", 4]);
    expect(found).toContainEqual(["emergency_purchase", "扫把", 5]);
    const planned = found.filter(([code, item]) => item === "拖把" && code !== "not_counted");
    expect(planned).toEqual([]);
  });

  it("groups the ledger by the plan's categories when the stock sheets give none", () => {
    const result = runJob(INVENTORY_JOB, book(OPENING, RECEIPTS([]), ISSUES, COUNT, PLAN), params);
    const ledger = result.sheets[0]!;
    const column = ledger.cells.map((row) => row[0]);
    expect(column.indexOf("工程物资")).toBeGreaterThan(0);
    expect(column.indexOf("灯管")).toBe(column.indexOf("工程物资") + 1);
    expect(column).not.toContain("未分类");
  });

  it("without a plan sheet, no receipt is called unplanned", () => {
    const result = runJob(
      INVENTORY_JOB,
      book(OPENING, RECEIPTS([["2026-11-05", "R3", "水泵", "1.5kW", "台", 1, "600", "合格"]]), ISSUES, COUNT),
      params,
    );
    expect(result.report.exceptions.map((e) => e.code)).not.toContain("unplanned_receipt");
  });

  it.each([
    ["2026-11", 4],
    ["2026-12", 5],
  ])(
    "in %s it writes %i sheets (the quarterly ledger only in a quarter's last month; the issues sheet last)",
    (month, n) => {
      const result = runJob(INVENTORY_JOB, book(OPENING, RECEIPTS([]), ISSUES, COUNT), { ...params, month });
      expect(result.sheets).toHaveLength(n);
      expect(result.sheets.at(-1)?.key).toBe(`inventory/${month}/issues`);
    },
  );

  it.each([
    ["2026-10", "2026-10-23"],
    ["2026-11", "2026-11-25"],
    ["2027-04", "2027-04-23"],
  ])("the count date of %s is %s (the 25th or the working day before it)", (month, date) => {
    expect(defaultCountDate(month, createCalendar())).toBe(date);
  });

  it.each([
    ["the count sheet's own date", undefined, "2026-11-24", "2026-11-24", "8"],
    ["the date asked for", "2026-11-25", "2026-11-24", "2026-11-25", null],
    ["the 25th when the sheet gives no date", undefined, null, "2026-11-25", "8"],
  ])("compares the count on %s", (_what, asked, dated, countDate, counted) => {
    const count = sheet("盘点", [
      ["盘点日期", "物资名称", "规格", "单位", "实盘数量"],
      [dated, "灯管", "T8", "支", 8],
    ]);
    const run = runJob(INVENTORY_JOB, book(OPENING, RECEIPTS([]), ISSUES, count), {
      ...params,
      ...(asked === undefined ? {} : { countDate: asked }),
    });
    expect(run.report.countDate).toBe(countDate);
    expect(run.report.items[0]?.counted).toBe(counted);
  });

  it.each([
    ["a past month: the 25th rule", "2026-10", "2026-12-04", "2026-10-23"],
    ["this month before the 25th: today", undefined, "2026-11-20", "2026-11-20"],
    ["this month after the 25th: the 25th", undefined, "2026-11-29", "2026-11-25"],
  ])("with no count sheet date, counts on %s", (_what, month, today, countDate) => {
    const count = sheet("盘点", [
      ["物资名称", "规格", "单位", "实盘数量"],
      ["灯管", "T8", "支", 8],
    ]);
    const run = runJob(INVENTORY_JOB, book(OPENING, RECEIPTS([]), ISSUES, count), {
      today,
      lang: "zh-CN",
      ...(month === undefined ? {} : { month }),
    });
    expect(run.report.countDate).toBe(countDate);
    expect(run.sheets[1]?.name).toBe(`库存物资清单 ${countDate}`);
  });

  it("leaves out count rows dated after today, with a warning, and counts on today", () => {
    const count = sheet("盘点", [
      ["盘点日期", "物资名称", "规格", "单位", "实盘数量"],
      ["2026-11-25", "灯管", "T8", "支", 8],
    ]);
    const run = runJob(INVENTORY_JOB, book(OPENING, RECEIPTS([]), ISSUES, count), {
      ...params,
      today: "2026-11-20",
    });
    expect(run.report.countDate).toBe("2026-11-20");
    expect(run.report.items[0]?.counted).toBeNull();
    expect(run.issues.filter((i) => i.code === "count_after_today")).toMatchObject([
      { sheet: "盘点", row: 2, params: { count: 1, date: "2026-11-25", today: "2026-11-20" } },
    ]);
  });

  it("run as hosts run it, purchase requests in the same workbook are neither opening stock nor reported", () => {
    const requests = sheet("工程部", [
      ["类别", "物资名称", "规格型号", "单位", "申请数量", "单价", "金额", "需用日期", "用途", "申请人"],
      ["工程", "灯管", "T8", "支", 4, 12, 48, "2026-12-05", "照明", "张伟"],
    ]);
    const result = runJob(INVENTORY_JOB, book(requests, OPENING, RECEIPTS([]), ISSUES, COUNT), params);
    expect(result.issues.filter((i) => i.sheet === "工程部")).toEqual([]);
    expect(result.report.items).toEqual([expect.objectContaining({ item: "灯管", opening: "10" })]);
  });
});

describe("the month the opening stock opens", () => {
  const LATE_RECEIPT = RECEIPTS([["2026-10-30", "R0", "灯管", "T8", "支", 5, 12, "合格"]]);
  const titled = (title: string) =>
    sheet("期初库存", [
      [title],
      ["物资名称", "规格", "单位", "期初数量", "期初金额"],
      ["灯管", "T8", "支", 10, 120],
    ]);

  it.each(["2026年11月 期初库存", "截至2026年10月31日", "期初月份：2026-11"])(
    "is read from %s: a receipt of 10-30 is left out with a warning, and the count shows no shortage",
    (title) => {
      const run = runJob(INVENTORY_JOB, book(titled(title), LATE_RECEIPT, ISSUES, COUNT), params);
      const lamp = run.report.items[0];
      expect([lamp?.opening, lamp?.received, lamp?.expected, lamp?.counted, lamp?.variance]).toEqual([
        "10",
        "0",
        "8",
        "8",
        "0",
      ]);
      expect(run.report.exceptions).toEqual([]);
      expect(run.issues.map((i) => [i.code, i.sheet, i.row, i.params?.["opening"]])).toEqual([
        ["movements_before_opening", "入库明细", 2, "2026-11"],
      ]);
    },
  );

  it("when no line states it, the month taken from the movements is said in a warning naming the sheet", () => {
    const run = runJob(INVENTORY_JOB, book(OPENING, LATE_RECEIPT, ISSUES, COUNT), params);
    expect(run.issues).toEqual([
      {
        code: "opening_month_assumed",
        severity: "warning",
        sheet: "期初库存",
        params: { sheet: "期初库存", month: "2026-10" },
      },
    ]);
    expect(run.report.items[0]?.variance).toBe("-5");
  });
});
