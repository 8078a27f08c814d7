import { describe, expect, it } from "vitest";
import type { BookData, CellValue, SheetData } from "../../../table/sheetData";
import { runJob } from "../../registry";
import { isCashReturnText } from "./cashReturn";
import { ADVANCES_JOB } from "./job";

describe("isCashReturnText", () => {
  it.each([
    "交回余款",
    "余款交回",
    "交回现金",
    "现金交回",
    "現金交回",
    "退还现金",
    "退還現金",
    "退回借款",
    "归还借款",
    "歸還借款",
    "还款",
    "還款",
    "退款",
    "退回余款",
    "退还借款（未采购）",
    "电费余款 交 回 余 款",
  ])("%s hands cash back", (text) => {
    expect(isCashReturnText(text)).toBe(true);
  });

  it.each(["", "报销", "11月电费", "冲借款", "办公用品（无需还款）", "未还款", "不退款", "押金", "发票"])(
    "%s does not",
    (text) => {
      expect(isCashReturnText(text)).toBe(false);
    },
  );
});

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  values,
  origin: { row: 1, column: 1 },
});
const SIGNED = ["王建华", "刘志强", "陈国庆"];

/*
 * As of Mon 2026-11-30 (November 2026 has no holiday; the deadline is the 5th working day after the loan).
 *
 *   JK-11 Mon 11-02 3,000.00  deadline Mon 11-09 (03 04 05 06 09); 记-11 invoice 11-05 2,712.50 (on time) and
 *                             记-12 交回余款 11-16 287.50: no invoice, never late (a voucher of 11-16 was "late")
 *                             -> offset 3,000.00, of which cash 287.50; open 0.00: 已冲平
 *   JK-12 Tue 11-10 2,000.00  deadline Tue 11-17 (11 12 13 16 17); 记-13 退还借款 / 还款 11-20 2,000.00, nothing
 *                             bought: offset 2,000.00, all cash; open 0.00, no invoice owed: not overdue, not late
 *   JK-13 Wed 11-11 1,500.00  deadline Wed 11-18 (12 13 16 17 18); 记-14 11-13 500.00, remarks 現金交回: open
 *                             1,000.00 spent without an invoice by 11-30: overdue, 19 days open (11-11 -> 11-30)
 *   JK-14 Mon 11-16   800.00  deadline Mon 11-23 (17 18 19 20 23); 记-15 invoice 11-25 800.00, summary
 *                             "办公用品（无需还款）" (negated: an invoice): late
 *   记-16 11-26 交回余款 100.00 names no loan: unmatched
 *
 *   loans 3,000 + 2,000 + 1,500 + 800 = 7,300.00; offset 3,000 + 2,000 + 500 + 800 = 6,300.00;
 *   of it cash 287.50 + 2,000 + 500 = 2,787.50; open 7,300 - 6,300 = 1,000.00; unmatched 100.00
 */
const LOANS = sheet("借款单", [
  ["单号", "日期", "借款人", "用途", "金额", "借款人签字", "项目负责人", "副总经理", "总经理"],
  ["JK-11", "2026-11-02", "李静", "预付11月电费", 3000, "李静", ...SIGNED],
  ["JK-12", "2026-11-10", "张伟", "采购维修材料", 2000, "张伟", ...SIGNED],
  ["JK-13", "2026-11-11", "张伟", "预付水费", 1500, "张伟", ...SIGNED],
  ["JK-14", "2026-11-16", "李静", "办公用品", 800, "李静", ...SIGNED],
]);
const VOUCHER_HEADER = [
  "凭证号",
  "日期",
  "摘要",
  "类别",
  "发票号",
  "金额",
  "对应借款单号",
  "经办人",
  "项目负责人",
  "副总经理",
  "总经理",
  "备注",
];
const VOUCHERS = sheet("支出凭证", [
  VOUCHER_HEADER,
  ["记-11", "2026-11-05", "11月电费", "报销", "44001", 2712.5, "JK-11", "李静", ...SIGNED, null],
  ["记-12", "2026-11-16", "交回余款", null, null, 287.5, "JK-11", "李静", ...SIGNED, null],
  ["记-13", "2026-11-20", "退还借款（未采购）", "还款", null, 2000, "JK-12", "张伟", ...SIGNED, null],
  ["记-14", "2026-11-13", "预付水费余款", null, null, 500, "JK-13", "张伟", ...SIGNED, "現金交回"],
  ["记-15", "2026-11-25", "办公用品（无需还款）", "报销", "44002", 800, "JK-14", "李静", ...SIGNED, null],
  ["记-16", "2026-11-26", "交回余款", null, null, 100, null, "张伟", ...SIGNED, null],
]);
const BOOK: BookData = { date1904: false, sheets: [LOANS, VOUCHERS] };

describe("advances: cash handed back (交回余款)", () => {
  const result = runJob(ADVANCES_JOB, BOOK, { today: "2026-11-30", lang: "zh-CN" });
  const { report } = result;

  it("offsets the loan without an invoice: the balance goes down by it", () => {
    expect(
      report.loans.map((l) => [
        l.number,
        l.amount,
        l.offset,
        l.cashReturned,
        l.openBalance,
        l.daysOpen,
        l.deadline,
        l.status,
        l.overdue,
      ]),
    ).toEqual([
      ["JK-11", "3000.00", "3000.00", "287.50", "0.00", null, "2026-11-09", "offset", false],
      ["JK-12", "2000.00", "2000.00", "2000.00", "0.00", null, "2026-11-17", "offset", false],
      ["JK-13", "1500.00", "500.00", "500.00", "1000.00", 19, "2026-11-18", "partly-offset", true],
      ["JK-14", "800.00", "800.00", "0.00", "0.00", null, "2026-11-23", "offset", false],
    ]);
    expect(report.totals).toEqual({
      loans: 4,
      amount: "7300.00",
      offset: "6300.00",
      cashReturned: "2787.50",
      openBalance: "1000.00",
      unmatched: "100.00",
    });
  });

  it("is never a late invoice; an invoice after the deadline still is", () => {
    expect(
      report.loans.flatMap((l) => l.vouchers.map((v) => [v.voucher, v.invoice, v.cashReturn, v.late])),
    ).toEqual([
      ["记-11", "44001", false, false],
      ["记-12", null, true, false],
      ["记-13", null, true, false],
      ["记-14", null, true, false],
      ["记-15", "44002", false, true],
    ]);
    expect(report.unmatchedVouchers.map((v) => [v.voucher, v.cashReturn, v.reason])).toEqual([
      ["记-16", true, "no-loan"],
    ]);
    expect(report.flags).toMatchObject({ lateInvoices: 1, overdueLoans: 1, unmatchedVouchers: 1 });
    expect(result.issues.map((i) => [i.code, `${i.sheet}!${i.column ?? ""}${i.row}`])).toEqual([
      ["invoice_overdue", "借款单!B4"],
      ["invoice_late", "支出凭证!B6"],
      ["voucher_without_loan", "支出凭证!G7"],
    ]);
  });

  it("shows it in the ledger as 交回现金, and flags only the late invoice and the loan still owing one", () => {
    const spec = result.sheets[0]!;
    const rowOf = (loan: string) => spec.cells.find((r) => r[1] === loan)!;
    // columns: K 冲账凭证, M 备注
    expect(rowOf("JK-11")[10]).toBe("2026-11-05 发票 44001 2712.50；2026-11-16 交回现金 287.50");
    expect(rowOf("JK-12")[10]).toBe("2026-11-20 交回现金 2000.00");
    expect([rowOf("JK-11")[12], rowOf("JK-12")[12], rowOf("JK-13")[12], rowOf("JK-14")[12]]).toEqual([
      "",
      "",
      "逾期未冲账",
      "发票逾期",
    ]);
    const text = spec.cells.flat().filter((c): c is string => typeof c === "string");
    expect(text.some((t) => t.includes("2026-11-26") && t.includes("交回现金") && t.includes("100.00"))).toBe(
      true,
    );
  });
});
