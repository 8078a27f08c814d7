import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { runJob } from "../../registry";
import type { Issue } from "../../../issues";
import type { BookData, CellValue } from "../../../table/sheetData";
import { evaluatedFormulas, sameShownValue } from "../../../sheets/recalculate.testkit";
import { WEEKLY_COLLECTION_JOB } from "./job";

/** A receipt register with a payer, a status and a remarks column, and one column nobody declared (说明). */
const HEADER = [
  "收据号",
  "收款日期",
  "房号",
  "交款人",
  "收费项目",
  "实收金额",
  "收款方式",
  "状态",
  "备注",
  "说明",
];

/*
 * The week Thursday 2026-11-12 to Wednesday 2026-11-18 (Excel rows of 收款登记; F is the amount column).
 *   r2  NO.0020101 11-12 1-1-101 物业管理费 250.00 现金                              payment
 *   r3  NO.0020102 11-12 1-1-102 交款人 "作废", 金额 0                               voided (payer cell)
 *   r4  NO.0020103 11-12 1-1-102 物业管理费 180.00 微信                              payment
 *   r5  NO.0020104 11-13 1-1-103 停车费 300.00 现金, 状态 "已作废"                   voided with an amount: warning F5
 *   r6  NO.0020105 11-13 1-1-104 停车费 150.00 现金                                  payment
 *   r7  NO.0020106 11-14 no unit, fee type or amount, 备注 "作废（写错房号）"        voided (the reader left it out)
 *   r8  NO.0020107 11-14 1-1-104 水费, 金额 "作廢"                                   voided (mark in the amount cell)
 *   r9  NO.0020109 11-15 1-1-105 物业管理费 220.00 支付宝                            payment; 0020108 missing
 *   r10 NO.0020110 11-16 1-1-106 物业管理费 0, 说明 "作废重开"                       voided (0 and a mark anywhere)
 *   r11 NO.0020111 11-16 1-1-106 物业管理费 200.00 现金, 备注 "未作废"               payment (negated)
 *   r12 "NO.0020112(作废)" 11-17 1-1-107 电费 0                                      voided (receipt cell)
 *   r13 NO.0020113 11-18 1-1-108 装修垃圾清运费 35.00 现金, 备注 "废料清运"          payment (废料 is no mark)
 *   r14 NO.0020116 11-18 1-1-109 物业管理费 260.00 微信                              payment; 0020114-0020115 missing
 *   r15 NO.0020117 11-19 (the Thursday after), 备注 作废                              voided, another week
 *   r16 NO.0020100 11-11 (the Wednesday before) 100.00                                payment, another week
 *
 * payments of the week: 250 + 180 + 150 + 220 + 200 + 35 + 260 = 1,295.00 (7 rows)
 * by day: 11-12 250 + 180 = 430.00; 11-13 150.00; 11-14 0.00 (both voided); 11-15 220.00; 11-16 200.00;
 *         11-17 0.00; 11-18 35 + 260 = 295.00; 430 + 150 + 220 + 200 + 295 = 1,295.00
 * by method: 现金 250 + 150 + 200 + 35 = 635.00; 微信 180 + 260 = 440.00; 支付宝 220.00; sum 1,295.00
 * by fee type (first appearance among the payments): 物业管理费 250 + 180 + 220 + 200 + 260 = 1,110.00;
 *         停车费 150.00; 装修垃圾清运费 35.00; sum 1,295.00
 * receipt numbers used in the week: 0020101-0020107, 0020109-0020113 (voided ones included), 0020116
 *   -> missing 0020108 (1, flagged at r9) and 0020114-0020115 (2, flagged at r14). Without the voided numbers
 *   0020102, 0020104, 0020106-0020108, 0020110 and 0020112 would be gaps too.
 * voided in the week, by date: 0020102, 0020104 (300.00 still shown), 0020106, 0020107, 0020110, 0020112 -> 6
 */
const ROWS: CellValue[][] = [
  ["NO.0020101", "2026-11-12", "1-1-101", "王芳", "物业管理费", 250, "现金", null, null, null],
  ["NO.0020102", "2026-11-12", "1-1-102", "作废", "物业管理费", 0, null, null, null, null],
  ["NO.0020103", "2026-11-12", "1-1-102", "李强", "物业管理费", 180, "微信", null, null, null],
  ["NO.0020104", "2026-11-13", "1-1-103", "张伟", "停车费", 300, "现金", "已作废", null, null],
  ["NO.0020105", "2026-11-13", "1-1-104", "赵敏", "停车费", 150, "现金", null, null, null],
  ["NO.0020106", "2026-11-14", null, null, null, null, null, null, "作废（写错房号）", null],
  ["NO.0020107", "2026-11-14", "1-1-104", "赵敏", "水费", "作廢", "現金", null, null, null],
  ["NO.0020109", "2026-11-15", "1-1-105", "钱进", "物业管理费", 220, "支付宝", null, null, null],
  ["NO.0020110", "2026-11-16", "1-1-106", "孙丽", "物业管理费", 0, "现金", null, null, "作废重开"],
  ["NO.0020111", "2026-11-16", "1-1-106", "孙丽", "物业管理费", 200, "现金", null, "未作废", null],
  ["NO.0020112(作废)", "2026-11-17", "1-1-107", "周杰", "电费", 0, null, null, null, null],
  ["NO.0020113", "2026-11-18", "1-1-108", "吴磊", "装修垃圾清运费", 35, "现金", null, "废料清运", null],
  ["NO.0020116", "2026-11-18", "1-1-109", "郑洁", "物业管理费", 260, "微信", null, null, null],
  ["NO.0020117", "2026-11-19", "1-1-110", "冯刚", "物业管理费", 0, null, null, "作废", null],
  ["NO.0020100", "2026-11-11", "1-1-101", "王芳", "物业管理费", 100, "现金", null, null, null],
];

const book = (rows: CellValue[][]): BookData => ({
  date1904: false,
  sheets: [{ name: "收款登记", values: [HEADER, ...rows], origin: { row: 1, column: 1 } }],
});
const run = (rows: CellValue[][]) =>
  runJob(WEEKLY_COLLECTION_JOB, book(rows), { asOf: "2026-11-18", today: "2026-11-20", lang: "zh-CN" });
const brief = (i: Issue) => [i.code, i.severity, `${i.sheet ?? ""}!${i.column ?? ""}${i.row ?? ""}`];

describe("weekly collection: voided receipts (作废)", () => {
  const result = run(ROWS);

  it("leaves them out of every total and out of the receipt gaps", () => {
    expect(result.report).toMatchObject({
      from: "2026-11-12",
      to: "2026-11-18",
      total: "1295.00",
      payments: 7,
      byDay: {
        "2026-11-12": "430.00",
        "2026-11-13": "150.00",
        "2026-11-14": "0.00",
        "2026-11-15": "220.00",
        "2026-11-16": "200.00",
        "2026-11-17": "0.00",
        "2026-11-18": "295.00",
      },
      byMethod: { 现金: "635.00", 微信: "440.00", 支付宝: "220.00" },
      byFeeType: { 物业管理费: "1110.00", 停车费: "150.00", 装修垃圾清运费: "35.00" },
      receiptGaps: [
        { prefix: "NO.", from: "0020108", to: "0020108", count: 1 },
        { prefix: "NO.", from: "0020114", to: "0020115", count: 2 },
      ],
      duplicateReceipts: [],
    });
  });

  it("lists the week's voided receipts with their count", () => {
    expect(result.report.voided).toBe(6);
    expect(result.report.voidedReceipts).toEqual([
      voided("NO.0020102", "2026-11-12", "1-1-102", "物业管理费", "0.00", 3),
      voided("NO.0020104", "2026-11-13", "1-1-103", "停车费", "300.00", 5),
      voided("NO.0020106", "2026-11-14", null, null, "0.00", 7),
      voided("NO.0020107", "2026-11-14", "1-1-104", "水费", "0.00", 8),
      voided("NO.0020110", "2026-11-16", "1-1-106", "物业管理费", "0.00", 10),
      voided("NO.0020112", "2026-11-17", "1-1-107", "电费", "0.00", 12),
    ]);
  });

  it("warns at the amount of a voided receipt that still shows one, and forgives what a voided row leaves out", () => {
    expect(result.issues.map(brief)).toEqual([
      ["voided_receipt_with_amount", "warning", "收款登记!F5"],
      ["receipt_gap", "warning", "收款登记!A9"],
      ["receipt_gap", "warning", "收款登记!A14"],
    ]);
    expect(result.issues[0]!.params).toEqual({ amount: "300.00" });
  });

  it("counts a voided row the reader first left out as read", () => {
    expect(result.readings.map((r) => [r.sheet, r.counts.read, r.counts.rejected])).toEqual([
      ["收款登记", 15, 0],
    ]);
  });

  it("shows them in a 作废收据 section under the totals and in the notes, the one with an amount shaded", () => {
    const spec = result.sheets[0]!;
    const heading = spec.cells.findIndex((r) => r[0] === "作废收据（不计入收款）");
    expect(heading).toBeGreaterThan(spec.cells.findIndex((r) => r[0] === "合计"));
    // columns A-D of the rows under the heading (index i is Excel row i + 1)
    const block = spec.cells.slice(heading + 1, heading + 5).map((r) => r.slice(0, 4));
    expect(block).toEqual([
      ["日期", "收据号", "房号 / 收费项目", "票面金额"],
      [{ date: "2026-11-12" }, "NO.0020102", "1-1-102 物业管理费", null],
      [{ date: "2026-11-13" }, "NO.0020104", "1-1-103 停车费", 300],
      [{ date: "2026-11-14" }, "NO.0020106", "", null],
    ]);
    const warned = spec.styles.filter((s) => s.style === "warning").map((s) => s.top);
    expect(warned).toContain(heading + 4);
    expect(warned).not.toContain(heading + 3);
    const text = spec.cells.flat().filter((c): c is string => typeof c === "string");
    expect(text).toContain(
      "作废收据 6 张：NO.0020102、NO.0020104、NO.0020106、NO.0020107、NO.0020110、NO.0020112。作废收据不计入任何合计，其号码不算缺号；填有金额的作废收据请核对。",
    );
    expect(text).toContain("收据号缺号：NO.0020108～NO.0020108（1 张）、NO.0020114～NO.0020115（2 张）");
    for (const f of evaluatedFormulas(spec))
      expect(sameShownValue(f.computed, f.written), `${f.at} ${f.formula}`).toBe(true);
  });

  it("says how many were voided in the summary", () => {
    expect(WEEKLY_COLLECTION_JOB.summarize(result.report, "zh-CN")).toEqual([
      "2026-11-12～2026-11-18：收款 1,295.00 元（7 笔），收据缺号 2 处、重号 0 个",
      "作废收据 6 张（不计入收款）",
    ]);
  });

  it("still counts a voided number missing from the sheet as a gap", () => {
    const without = run(ROWS.filter((r) => r[0] !== "NO.0020104"));
    expect(without.report.receiptGaps).toEqual([
      { prefix: "NO.", from: "0020104", to: "0020104", count: 1 },
      { prefix: "NO.", from: "0020108", to: "0020108", count: 1 },
      { prefix: "NO.", from: "0020114", to: "0020115", count: 2 },
    ]);
    expect(without.report.total).toBe("1295.00");
  });
});

describe("weekly collection (property): marking receipts 作废", () => {
  it("takes exactly their amounts out of the week, and never opens a gap", () => {
    const line = fc.record({
      fen: fc.integer({ min: 1, max: 500_000 }),
      day: fc.integer({ min: 12, max: 18 }),
      voided: fc.boolean(),
    });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 30 }), (lines) => {
        const rows = (mark: boolean): CellValue[][] =>
          lines.map((l, i) => [
            `NO.${String(3000 + i).padStart(7, "0")}`,
            `2026-11-${l.day}`,
            `2-1-${100 + i}`,
            "业主",
            "物业管理费",
            l.fen / 100,
            "现金",
            mark && l.voided ? "作废" : null,
            null,
            null,
          ]);
        const plain = run(rows(false)).report;
        const marked = run(rows(true)).report;
        const voidedFen = lines.filter((l) => l.voided).reduce((s, l) => s + l.fen, 0);
        expect(Math.round(Number(plain.total) * 100) - Math.round(Number(marked.total) * 100)).toBe(
          voidedFen,
        );
        expect(marked.voided).toBe(lines.filter((l) => l.voided).length);
        expect(marked.payments + marked.voided).toBe(plain.payments);
        expect(marked.receiptGaps).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});

function voided(
  receipt: string,
  date: string,
  unit: string | null,
  feeType: string | null,
  amount: string,
  row: number,
) {
  return { receipt, date, unit, feeType, amount, sheet: "收款登记", row };
}
