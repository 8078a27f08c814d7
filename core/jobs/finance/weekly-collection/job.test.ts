import { describe, expect, it } from "vitest";
import { runJob } from "../../registry";
import fc from "fast-check";
import type { Issue } from "../../../issues";
import type { BookData, CellValue, SheetData } from "../../../table/sheetData";
import type { JobParams } from "../../job";
import { evaluatedFormulas, recalculated, sameShownValue } from "../../../sheets/recalculate.testkit";
import { WEEKLY_COLLECTION_JOB } from "./job";

const PAYMENT_HEADER = ["收据号", "收款日期", "房号", "收费项目", "所属期间", "实收金额", "收款方式"];
const HANDOVER_HEADER = ["交接日期", "收款方式", "交接金额", "备注"];

/*
 * The golden week: Thursday 2026-11-12 to Wednesday 2026-11-18 (row numbers are Excel rows of 实收).
 *   r2  NO.0012340 11-11 (the Wednesday before)                         not in the week
 *   r3  NO.0012345 11-12 1-1-101 物业管理费  250.00 现金
 *   r4  NO.0012345 11-12 1-1-101 停车费      300.00 现金        same receipt (same unit and date)
 *   r5  NO.0012346 11-12 1-1-102 物业管理费  180.50 微信支付 -> 微信
 *   r6  NO.0012350 11-14 1-1-103 水费         45.60 POS机 -> 银行卡/POS   0012347..0012349 missing (3)
 *   r7  NO.0012351 11-16 1-1-104 物业管理费  220.00 (empty) -> 未注明
 *   r8  (none)     11-18 1-1-101 停车费     -300.00 转账         a refund without a receipt number
 *   r9  NO.0012346 11-18 1-1-105 物业管理费  199.00 支付宝       r5's number on another unit: duplicate
 *   r10 NO.0012352 11-19 (the Thursday after)                        not in the week
 *   r11 ZJ-007     11-15 1-1-102 电费         88.88 现金         another prefix, alone: no gap
 *   r12 NO.0012353 "2026-13-01"                                      bad date: left out, reported
 *
 * total = 250 + 300 + 180.50 + 45.60 + 220 - 300 + 199 + 88.88 = 983.98
 * by day: 11-12 250 + 300 + 180.50 = 730.50; 11-14 45.60; 11-15 88.88; 11-16 220.00; 11-18 -300 + 199 = -101.00;
 *         11-13 and 11-17 0.00; 730.50 + 45.60 + 88.88 + 220 - 101 = 983.98
 * by fee type (order of first appearance, r2 first): 物业管理费 250 + 180.50 + 220 + 199 = 849.50;
 *         停车费 300 - 300 = 0.00; 水费 45.60; 电费 88.88; sum 983.98
 * by method: 现金 250 + 300 + 88.88 = 638.88; 微信 180.50; 支付宝 199.00; 银行卡/POS 45.60; 转账 -300.00;
 *         未注明 220.00; sum 983.98
 * handover (dated 11-13..11-19 count): 现金 600.00 + 30.00 = 630.00 against 638.88: -8.88;
 *         刷卡 45.60 against 45.60: 0.00; 11-12 (last week's) and 11-20 (next week's) do not count.
 */
const PAYMENTS: CellValue[][] = [
  ["NO.0012340", "2026-11-11", "1-1-101", "物业管理费", "2026-11", 200, "现金"],
  ["NO.0012345", "2026-11-12", "1-1-101", "物业管理费", "2026-11", 250, "现金"],
  ["NO.0012345", "2026-11-12", "1-1-101", "停车费", "2026-11", 300, "现金"],
  ["NO.0012346", "2026-11-12", "1-1-102", "物业管理费", null, 180.5, "微信支付"],
  ["NO.0012350", "2026-11-14", "1-1-103", "水费", "2026-10", 45.6, "POS机"],
  ["NO.0012351", "2026-11-16", "1-1-104", "物业管理费", "2026-11", 220, null],
  [null, "2026-11-18", "1-1-101", "停车费", "2026-11", -300, "转账"],
  ["NO.0012346", "2026-11-18", "1-1-105", "物业管理费", "2026-11", 199, "支付宝"],
  ["NO.0012352", "2026-11-19", "1-1-101", "物业管理费", "2026-11", 250, "现金"],
  ["ZJ-007", "2026-11-15", "1-1-102", "电费", "2026-10", 88.88, "现金"],
  ["NO.0012353", "2026-13-01", "1-1-103", "物业管理费", "2026-11", 100, "现金"],
];
const HANDOVER: CellValue[][] = [
  ["2026-11-12", "现金", 500, "上周"],
  ["2026-11-19", "现金", 600, null],
  ["2026-11-19", "刷卡", 45.6, null],
  ["2026-11-19", "现金", 30, "补交"],
  ["2026-11-20", "现金", 10, "下周"],
  ["2026-11-19", "微信", "abc", null],
];

function sheet(name: string, header: CellValue[], rows: CellValue[][]): SheetData {
  return { name, values: [header, ...rows], origin: { row: 1, column: 1 } };
}

function book(...sheets: SheetData[]): BookData {
  return { date1904: false, sheets };
}

const golden = () =>
  book(sheet("实收", PAYMENT_HEADER, PAYMENTS), sheet("出纳交接", HANDOVER_HEADER, HANDOVER));
const params = (over: Partial<JobParams> = {}): JobParams => ({
  today: "2026-11-20",
  lang: "zh-CN",
  ...over,
});
const brief = (i: Issue) => [i.code, i.severity, `${i.sheet ?? ""}!${i.column ?? ""}${i.row ?? ""}`];

describe("weekly collection: the golden week", () => {
  const result = runJob(WEEKLY_COLLECTION_JOB, golden(), params({ asOf: "2026-11-18" }));

  it("gives the hand-worked report", () => {
    expect(result.report).toEqual({
      job: "weekly-collection",
      from: "2026-11-12",
      to: "2026-11-18",
      byFeeType: { 物业管理费: "849.50", 停车费: "0.00", 水费: "45.60", 电费: "88.88" },
      byMethod: {
        现金: "638.88",
        微信: "180.50",
        支付宝: "199.00",
        "银行卡/POS": "45.60",
        转账: "-300.00",
        未注明: "220.00",
      },
      byDay: {
        "2026-11-12": "730.50",
        "2026-11-13": "0.00",
        "2026-11-14": "45.60",
        "2026-11-15": "88.88",
        "2026-11-16": "220.00",
        "2026-11-17": "0.00",
        "2026-11-18": "-101.00",
      },
      total: "983.98",
      payments: 8,
      voided: 0,
      cells: [
        { date: "2026-11-12", method: "现金", feeType: "物业管理费", amount: "250.00" },
        { date: "2026-11-12", method: "现金", feeType: "停车费", amount: "300.00" },
        { date: "2026-11-12", method: "微信", feeType: "物业管理费", amount: "180.50" },
        { date: "2026-11-14", method: "银行卡/POS", feeType: "水费", amount: "45.60" },
        { date: "2026-11-15", method: "现金", feeType: "电费", amount: "88.88" },
        { date: "2026-11-16", method: "未注明", feeType: "物业管理费", amount: "220.00" },
        { date: "2026-11-18", method: "支付宝", feeType: "物业管理费", amount: "199.00" },
        { date: "2026-11-18", method: "转账", feeType: "停车费", amount: "-300.00" },
      ],
      receiptGaps: [{ prefix: "NO.", from: "0012347", to: "0012349", count: 3 }],
      duplicateReceipts: [
        {
          receipt: "NO.0012346",
          rows: [
            { sheet: "实收", row: 5 },
            { sheet: "实收", row: 9 },
          ],
        },
      ],
      voidedReceipts: [],
      handoverDifference: {
        现金: { collected: "638.88", handedOver: "630.00", difference: "-8.88" },
        "银行卡/POS": { collected: "45.60", handedOver: "45.60", difference: "0.00" },
      },
    });
  });

  it("reports each finding at its sheet, row and column; rows of other weeks stay quiet", () => {
    expect(result.issues.map(brief)).toEqual([
      ["receipt_gap", "warning", "实收!A6"],
      ["payment_method_missing", "warning", "实收!G7"],
      ["receipt_missing", "warning", "实收!A8"],
      ["duplicate_receipt", "warning", "实收!A9"],
      ["not_a_date", "error", "实收!B12"],
      ["handover_difference", "warning", "出纳交接!C3"],
      ["not_a_number", "error", "出纳交接!C7"],
    ]);
    expect(result.issues[0]!.params).toEqual({ prefix: "NO.", from: "0012347", to: "0012349", count: 3 });
    expect(result.issues[5]!.params).toMatchObject({
      collected: "638.88",
      handedOver: "630.00",
      difference: "-8.88",
    });
  });

  it("writes one sheet 收费明细 <from>~<to> whose totals are formulas that recalculate to the report", () => {
    expect(result.sheets.map((s) => s.name)).toEqual([
      "收费明细 2026-11-12~2026-11-18",
      "问题清单 2026-11-18 收费明细",
    ]);
    const spec = result.sheets[0]!;
    for (const f of evaluatedFormulas(spec))
      expect(sameShownValue(f.computed, f.written), `${f.at} ${f.formula}`).toBe(true);
    const value = recalculated(spec);
    const rowOf = (text: string, column = 1) => spec.cells.findIndex((r) => r[column - 1] === text) + 1;
    // Columns: A date, B method, C 物业管理费, D 停车费, E 水费, F 电费, G 合计.
    expect(spec.cells[2]).toEqual(["日期", "收款方式", "物业管理费", "停车费", "水费", "电费", "合计"]);
    const total = rowOf("合计");
    expect(spec.cells[total - 1]![6]).toMatchObject({
      formula: expect.stringMatching(/^SUBTOTAL\(9,G4:G\d+\)$/),
    });
    expect([3, 4, 5, 6, 7].map((c) => value(total, c))).toEqual([849.5, 0, 45.6, 88.88, 983.98]);
    const cash = rowOf("现金", 2);
    expect(spec.cells[cash - 1]![0]).toEqual({ date: "2026-11-12" });
    const cashTotal = spec.cells.findIndex((r, i) => i > total && r[1] === "现金") + 1;
    expect(spec.cells[cashTotal - 1]![6]).toMatchObject({ formula: expect.stringMatching(/^SUMIF\(/) });
    expect(value(cashTotal, 7)).toBeCloseTo(638.88, 9);
    const handover = spec.cells.findIndex((r) => r[0] === "现金") + 1;
    expect([2, 3, 4].map((c) => value(handover, c))).toEqual([638.88, 630, expect.closeTo(-8.88, 9)]);
    const subtotals = spec.cells.flatMap((r, i) => (r[1] === "当日小计" ? [value(i + 1, 7)] : []));
    expect(subtotals.map((v) => Number(v).toFixed(2))).toEqual(Object.values(result.report.byDay));
  });

  it("signs off with 经手人 and 出纳 and lists the receipt findings", () => {
    const text = result.sheets[0]!.cells.flat().filter((c): c is string => typeof c === "string");
    expect(text.some((t) => t.startsWith("经手人："))).toBe(true);
    expect(text.some((t) => t.startsWith("出纳："))).toBe(true);
    expect(text).toContain("收据号缺号：NO.0012347～NO.0012349（3 张）");
    expect(text).toContain("收据号重复：NO.0012346");
  });

  it("summarises the week in a line or two", () => {
    expect(WEEKLY_COLLECTION_JOB.summarize(result.report, "zh-CN")).toEqual([
      "2026-11-12～2026-11-18：收款 983.98 元（8 笔），收据缺号 1 处、重号 1 个",
      "出纳交接差额 -8.88 元",
    ]);
  });
});

describe("weekly collection: the week parameter", () => {
  it("defaults to the latest Wednesday on or before today", () => {
    const result = runJob(WEEKLY_COLLECTION_JOB, golden(), params({ today: "2026-11-24" }));
    expect([result.report.from, result.report.to]).toEqual(["2026-11-12", "2026-11-18"]);
    expect(result.issues.some((i) => i.code === "week_end_not_wednesday")).toBe(false);
    expect(WEEKLY_COLLECTION_JOB.defaultPeriod("2026-11-24")).toBe("2026-11-18");
    expect(WEEKLY_COLLECTION_JOB.period).toBe("as-of");
  });

  it("moves a week end that is not a Wednesday back to the Wednesday before it, with a warning", () => {
    const result = runJob(
      WEEKLY_COLLECTION_JOB,
      golden(),
      params({ asOf: "2026-11-22", today: "2026-11-24" }),
    );
    expect(result.report.total).toBe("983.98");
    expect(result.issues[0]).toEqual({
      code: "week_end_not_wednesday",
      severity: "warning",
      params: { date: "2026-11-22", used: "2026-11-18" },
    });
  });
});

describe("weekly collection: bad and missing input", () => {
  it("needs no charges ledger, and without a handover sheet gives handoverDifference null", () => {
    const result = runJob(
      WEEKLY_COLLECTION_JOB,
      book(sheet("实收", PAYMENT_HEADER, PAYMENTS)),
      params({ asOf: "2026-11-18" }),
    );
    expect(result.report.handoverDifference).toBeNull();
    expect(result.issues.filter((i) => i.severity === "error").map(brief)).toEqual([
      ["not_a_date", "error", "实收!B12"],
    ]);
    expect(result.sheets[0]!.cells.flat()).not.toContain("出纳交接核对");
  });

  it("is unusable without a payments sheet", () => {
    const result = runJob(
      WEEKLY_COLLECTION_JOB,
      book(sheet("出纳交接", HANDOVER_HEADER, HANDOVER)),
      params(),
    );
    expect(result.issues.map(brief)).toContainEqual(["no_input_sheet", "error", "!"]);
    expect(result.report.total).toBe("0.00");
  });

  it("says so when the handover sheet has no row for the week", () => {
    const result = runJob(WEEKLY_COLLECTION_JOB, golden(), params({ asOf: "2026-10-28" }));
    expect(result.report.handoverDifference).toEqual({});
    expect(result.issues.filter((i) => i.code === "handover_missing")).toEqual([
      {
        code: "handover_missing",
        severity: "warning",
        sheet: "出纳交接",
        params: { from: "2026-10-22", to: "2026-10-28" },
      },
    ]);
  });

  it.each<[string, CellValue[], CellValue[][], string[][]]>([
    [
      "a negative handover amount",
      HANDOVER_HEADER,
      [["2026-11-19", "现金", -5, null]],
      [["negative_value", "error", "出纳交接!C2"]],
    ],
    [
      "a handover date that is not a date",
      HANDOVER_HEADER,
      [["下周四", "现金", 5, null]],
      [["not_a_date", "error", "出纳交接!A2"]],
    ],
    [
      "a handover sheet without its amount column",
      ["交接日期", "收款方式", "金额"],
      [["2026-11-19", "现金", 5]],
      [["missing_required_column", "error", "出纳交接!A1"]],
    ],
  ])("reports %s with its coordinates", (_what, header, rows, expected) => {
    const result = runJob(
      WEEKLY_COLLECTION_JOB,
      book(sheet("实收", PAYMENT_HEADER, PAYMENTS.slice(1, 2)), sheet("出纳交接", header, rows)),
      params({ asOf: "2026-11-18" }),
    );
    expect(result.issues.filter((i) => i.severity === "error").map(brief)).toEqual(expected);
  });

  it("keeps unknown-unit warnings of the week's rows when there is a charges ledger, and drops other sheets' issues", () => {
    const charges = sheet(
      "应收",
      ["房号", "业主", "收费项目", "所属期间", "应收金额"],
      [
        ["1-1-101", "王", "物业管理费", "2026-11", 250],
        ["1-1-101", "王", "停车费", "2026-11", "#N/A"],
      ],
    );
    const payments = sheet("实收", PAYMENT_HEADER, [
      ["NO.1", "2026-11-01", "9-9-999", "物业管理费", null, 10, "现金"],
      ["NO.2", "2026-11-13", "9-9-998", "物业管理费", null, 10, "现金"],
    ]);
    const result = runJob(WEEKLY_COLLECTION_JOB, book(charges, payments), params({ asOf: "2026-11-18" }));
    expect(result.issues.map(brief)).toEqual([["payment_without_charges", "warning", "实收!C3"]]);
  });
});

describe("weekly collection (property): the sheet adds up to the report", () => {
  const row = fc.record({
    receipt: fc.integer({ min: 1, max: 40 }).map((n) => `NO.${String(n).padStart(4, "0")}`),
    day: fc.integer({ min: 0, max: 10 }),
    fee: fc.constantFrom("物业管理费", "停车费", "水费"),
    fen: fc.integer({ min: -20_000, max: 300_000 }),
    method: fc.constantFrom("现金", "微信", "POS", "转账", "支付宝", "代金券", null),
  });

  it("every formula recalculates to its written value; the total cells equal the report", () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const values: CellValue[][] = rows.map((r, i) => [
          r.receipt,
          `2026-11-${String(10 + r.day).padStart(2, "0")}`,
          `1-1-${100 + i}`,
          r.fee,
          null,
          r.fen / 100,
          r.method,
        ]);
        const result = runJob(
          WEEKLY_COLLECTION_JOB,
          book(sheet("实收", PAYMENT_HEADER, values)),
          params({ asOf: "2026-11-18" }),
        );
        const spec = result.sheets[0]!;
        for (const f of evaluatedFormulas(spec))
          expect(sameShownValue(f.computed, f.written), f.at).toBe(true);
        const value = recalculated(spec);
        const total = spec.cells.findIndex((r) => r[0] === "合计") + 1;
        const width = spec.columns.length;
        expect(Number(value(total, width))).toBeCloseTo(Number(result.report.total), 9);
        const inWeek = rows.filter((r) => r.day >= 2 && r.day <= 8).reduce((s, r) => s + r.fen, 0);
        expect(result.report.total).toBe((inWeek / 100).toFixed(2));
      }),
      { numRuns: 60 },
    );
  });
});
