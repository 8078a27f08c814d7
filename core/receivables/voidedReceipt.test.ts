import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { Issue } from "../issues";
import type { BookData, CellValue, SheetData } from "../table/sheetData";
import { placeAlone } from "../table/placedSheets";
import { runJob } from "../jobs/registry";
import { COLLECTION_JOB } from "../jobs/collection/job";
import { FEE_STATISTICS_JOB } from "../jobs/finance/fee-statistics/job";
import { COLLECTION_TABLES } from "./inputs";
import { readCollectionInputs } from "./readInputs";

const CHARGE_HEADER = ["房号", "业主", "收费项目", "所属期间", "应收金额"];
/** Payments with a payer, a status, a remarks column and one nobody declared (经手人). */
const PAYMENT_HEADER = [
  "收据号",
  "收款日期",
  "房号",
  "交款人",
  "收费项目",
  "实收金额",
  "状态",
  "备注",
  "经手人",
];

/** 1-1-101 and 1-1-102 each owe 物业管理费 of 200.00 for 2026-11. */
const CHARGES: CellValue[][] = [
  ["1-1-101", "王芳", "物业管理费", "2026-11", 200],
  ["1-1-102", "李强", "物业管理费", "2026-11", 200],
];
/** The payment every case sits beside: 1-1-101 pays its 200.00 in full. */
const PAID: CellValue[] = ["NO.1001", "2026-11-05", "1-1-101", "王芳", "物业管理费", 200, null, null, "陈晓"];

function sheet(name: string, header: CellValue[], rows: CellValue[][]): SheetData {
  return { name, values: [header, ...rows], origin: { row: 1, column: 1 } };
}

const book = (payments: CellValue[][]): BookData => ({
  date1904: false,
  sheets: [sheet("应收", CHARGE_HEADER, CHARGES), sheet("实收", PAYMENT_HEADER, payments)],
});
const read = (payments: CellValue[][]) =>
  readCollectionInputs(placeAlone(book(payments), COLLECTION_TABLES), "2026-11");
const brief = (i: Issue) => [i.code, i.severity, `${i.sheet ?? ""}!${i.column ?? ""}${i.row ?? ""}`];

describe("a payments row marked 作废", () => {
  /** The second row, 1-1-102's receipt NO.1002 of 2026-11-06, typed the ways offices type a voided one. */
  it.each<[string, CellValue[], boolean]>([
    [
      "作废 as the payer",
      ["NO.1002", "2026-11-06", "1-1-102", "作废", "物业管理费", 0, null, null, "陈晓"],
      true,
    ],
    [
      "已作废 as the status",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 0, "已作废", null, null],
      true,
    ],
    [
      "作废票 in the remarks",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 0, null, "作废票", null],
      true,
    ],
    [
      "廢 in the remarks",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 0, null, "（廢）", null],
      true,
    ],
    [
      "VOID as the status",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 0, "VOID", null, null],
      true,
    ],
    [
      "作废 beside the number",
      ["NO.1002作废", "2026-11-06", "1-1-102", "李强", "物业管理费", 0, null, null, null],
      true,
    ],
    [
      "0 with 作废 in a column nobody declared",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 0, null, null, "作废"],
      true,
    ],
    [
      "作废 in the amount cell",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", "作废", null, null, null],
      true,
    ],
    [
      "nothing but number, date and mark",
      ["NO.1002", "2026-11-06", null, null, null, null, null, "作废", null],
      true,
    ],
    [
      "an amount and 作废 in the remarks",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 200, null, "作废", null],
      true,
    ],
    [
      "an amount and 作废 only in a column nobody declared",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 200, null, null, "作废"],
      false,
    ],
    [
      "an amount and 作废 of another receipt in the remarks",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 200, null, "重开，原NO.1001作废", null],
      false,
    ],
    [
      "作废 beside its own number in the remarks",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 200, null, "NO.1002作废", null],
      true,
    ],
    [
      "未作废 in the remarks",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 200, null, "未作废", null],
      false,
    ],
    [
      "废料 in the remarks",
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 200, null, "废料清运", null],
      false,
    ],
    ["a plain 0", ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 0, null, null, null], false],
  ])("%s: voided %s", (_what, row, isVoided) => {
    const inputs = read([PAID, row]);
    expect(inputs.payments.map((p) => p.source.row)).toEqual(isVoided ? [2] : [2, 3]);
    expect(inputs.voided.map((v) => [v.receipt, v.date, v.source.row])).toEqual(
      isVoided ? [["NO.1002", "2026-11-06", 3]] : [],
    );
    expect(inputs.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("is no payment_zero, no payment without charges and no duplicate; one still showing an amount is a warning at it", () => {
    const inputs = read([
      PAID,
      ["NO.1001", "2026-11-06", "9-9-999", "作废", "停车费", 0, null, null, null],
      ["NO.1003", "2026-11-07", "1-1-102", "李强", "物业管理费", 150.5, "作废", null, null],
    ]);
    expect(inputs.payments.map((p) => p.source.row)).toEqual([2]);
    expect(inputs.voided.map((v) => [v.receipt, v.unit, v.feeType, v.amountFen])).toEqual([
      ["NO.1001", "9-9-999", "停车费", 0],
      ["NO.1003", "1-1-102", "物业管理费", 15050],
    ]);
    expect(inputs.issues.map(brief)).toEqual([["voided_receipt_with_amount", "warning", "实收!F4"]]);
    expect(inputs.issues[0]!.params).toEqual({ amount: "150.50" });
  });

  /*
   * 2026-11: receivable 200.00 + 200.00 = 400.00. 1-1-101 paid 200.00; 1-1-102's receipt of 200.00 is voided.
   * collected 200.00, rate 200 / 400 = 0.5000; 1-1-102 still owes 200.00. (Counted as a payment, the voided
   * receipt would make it 400.00 and 1.0000.)
   */
  it("changes no figure of the collection job or the fee statistics", () => {
    const withVoided = book([
      PAID,
      ["NO.1002", "2026-11-06", "1-1-102", "李强", "物业管理费", 200, "作废", null, null],
    ]);
    const collection = runJob(COLLECTION_JOB, withVoided, {
      month: "2026-11",
      today: "2026-12-05",
      lang: "zh-CN",
    });
    expect(collection.report.total).toMatchObject({
      currentReceivable: "400.00",
      currentCollected: "200.00",
      currentRate: "0.5000",
    });
    expect(collection.report.receivables.map((r) => [r.unit, r.outstanding])).toEqual([
      ["1-1-102", "200.00"],
    ]);
    const statistics = runJob(FEE_STATISTICS_JOB, withVoided, {
      month: "2026-11",
      today: "2026-12-05",
      lang: "zh-CN",
    });
    expect(statistics.report.total).toMatchObject({
      receivable: "400.00",
      collected: "200.00",
      rate: "0.5000",
    });
  });

  it("(property) reading a list with voided rows among its payments gives the same payments as the list without them", () => {
    const payment = fc.record({
      unit: fc.constantFrom("1-1-101", "1-1-102"),
      fen: fc.integer({ min: -5_000, max: 50_000 }),
    });
    const voidedRow = fc.record({
      fen: fc.integer({ min: 0, max: 50_000 }),
      where: fc.constantFrom(3, 6, 7),
      mark: fc.constantFrom("作废", "已作废", "作廢", "VOID", "废"),
    });
    const entry = fc.oneof(
      payment.map((p) => ({ payment: p })),
      voidedRow.map((v) => ({ voided: v })),
    );
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 25 }), (entries) => {
        const rows: CellValue[][] = entries.map((e, i) => {
          const row: CellValue[] = [
            `NO.${2000 + i}`,
            "2026-11-10",
            "1-1-101",
            "王芳",
            "物业管理费",
            0,
            null,
            null,
            null,
          ];
          if ("payment" in e) {
            row[2] = e.payment.unit;
            row[5] = e.payment.fen / 100;
          } else {
            row[5] = e.voided.fen / 100;
            row[e.voided.where] = e.voided.mark;
          }
          return row;
        });
        const all = read(rows);
        const onlyPayments = read(rows.filter((_, i) => "payment" in entries[i]!));
        const shape = (p: { receipt: string | null; unit: string; amountFen: number }) => [
          p.receipt,
          p.unit,
          p.amountFen,
        ];
        expect(all.payments.map(shape)).toEqual(onlyPayments.payments.map(shape));
        expect(all.voided.length).toBe(entries.filter((e) => "voided" in e).length);
      }),
      { numRuns: 80 },
    );
  });
});
