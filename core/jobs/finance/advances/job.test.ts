import { describe, expect, it } from "vitest";
import type { BookData, CellValue, SheetData } from "../../../table/sheetData";
import { Dec } from "../../../values/decimal";
import { evaluatedFormulas as recalculate, fen } from "../../../sheets/recalculate.testkit";
import { runJob } from "../../registry";
import { ADVANCES_JOB } from "./job";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  values,
  origin: { row: 1, column: 1 },
});

/*
 * The golden case, as of 2026-10-20 (2026: National Day holiday 10-01..07; Sunday 09-20 and Saturday 10-10 are
 * make-up working days).
 *
 *   JK-001 Fri 09-11  7,779.00  deadline Fri 09-18 (14 15 16 17 18); voucher 09-22 7,779.00: late; offset
 *   JK-002 Fri 09-18  2,523.00  deadline Thu 09-24 (Sun 20, 21 22 23 24); voucher 09-24 2,359.40 typed `jk-002`:
 *                                on time; partly offset, open 163.60, open 32 days (09-18 -> 10-20: 12 + 20);
 *                                the GM has not signed the slip (I3)
 *   JK-003 Tue 09-29  1,860.00  deadline Mon 10-12 (30, [holiday], 08 09 Sat-10 12); no voucher by 10-20: overdue,
 *                                open 21 days (09-29 -> 10-20: 1 + 20)
 *   JK-004 Mon 10-12  6,933.00  deadline Mon 10-19; vouchers 10-14 5,000.00 and 10-16 2,000.00 typed `ｊｋ－００４`:
 *                                7,000.00 > 6,933.00: over-offset, balance -67.00 (owed to the borrower)
 *   JK-005 Wed 10-21  1,000.00  after the as-of date: not counted (nor its voucher of 10-22)
 *
 *   loans 7,779.00 + 2,523.00 + 1,860.00 + 6,933.00 = 19,095.00
 *   offset 7,779.00 + 2,359.40 + 0 + 7,000.00 = 17,138.40
 *   open 0 + 163.60 + 1,860.00 - 67.00 = 1,956.60 = 19,095.00 - 17,138.40
 *   unmatched: 记-03 880.00 (no loan number) + 记-06 300.00 (JK-099, unknown) = 1,180.00
 */
const LOANS = sheet("借款单", [
  ["单号", "日期", "借款人", "用途", "金额", "借款人签字", "项目负责人", "副总经理", "总经理"],
  ["JK-001", "2026-09-11", "李静", "9月电费", 7779, "李静", "王建华", "刘志强", "陈国庆"],
  ["JK-002", "2026-09-18", "张伟", "8、9月水费", 2523, "张伟", "王建华", "刘志强", null],
  ["JK-003", "2026-09-29", "张伟", "采购灭火器", 1860, "张伟", "王建华", "刘志强", "陈国庆"],
  ["JK-004", "2026-10-12", "李静", "10月电费", 6933, "李静", "王建华", "刘志强", "陈国庆"],
  ["JK-005", "2026-10-21", "张伟", "零星采购", 1000, "张伟", "王建华", "刘志强", "陈国庆"],
]);
const VOUCHERS = sheet("支出凭证", [
  ["凭证号", "日期", "发票号", "金额", "对应借款单号", "经办人", "项目负责人", "副总经理", "总经理"],
  ["记-01", "2026-09-22", "INV1001", 7779, "JK-001", "李静", "王建华", "刘志强", "陈国庆"],
  ["记-02", "2026-09-24", "INV1002", 2359.4, "jk-002", "张伟", "王建华", null, "陈国庆"],
  ["记-03", "2026-10-09", "INV1003", 880, null, "张伟", "王建华", "刘志强", "陈国庆"],
  ["记-04", "2026-10-14", "INV1004", 5000, "JK-004", "李静", "王建华", "刘志强", "陈国庆"],
  ["记-05", "2026-10-16", "INV1005", 2000, "ｊｋ－００４", "李静", "王建华", "刘志强", "陈国庆"],
  ["记-06", "2026-10-19", "INV1006", 300, "JK-099", "张伟", "王建华", "刘志强", "陈国庆"],
  ["记-07", "2026-10-22", "INV1007", 1000, "JK-005", "张伟", "王建华", "刘志强", "陈国庆"],
]);
const GOLDEN: BookData = { date1904: false, sheets: [LOANS, VOUCHERS] };
const PARAMS = { today: "2026-10-20", lang: "zh-CN" } as const;

describe("advances: the hand-worked case", () => {
  const result = runJob(ADVANCES_JOB, GOLDEN, PARAMS);
  const { report } = result;

  it("gives each loan its offset, open balance, days open, deadline and status", () => {
    expect(
      report.loans.map((l) => [
        l.number,
        l.amount,
        l.offset,
        l.openBalance,
        l.daysOpen,
        l.deadline,
        l.status,
      ]),
    ).toEqual([
      ["JK-001", "7779.00", "7779.00", "0.00", null, "2026-09-18", "offset"],
      ["JK-002", "2523.00", "2359.40", "163.60", 32, "2026-09-24", "partly-offset"],
      ["JK-003", "1860.00", "0.00", "1860.00", 21, "2026-10-12", "open"],
      ["JK-004", "6933.00", "7000.00", "-67.00", null, "2026-10-19", "over-offset"],
    ]);
    expect(report.loans[0]?.vouchers).toEqual([
      {
        date: "2026-09-22",
        voucher: "记-01",
        invoice: "INV1001",
        amount: "7779.00",
        cashReturn: false,
        late: true,
      },
    ]);
    expect(report.loans.map((l) => l.overdue)).toEqual([false, false, true, false]);
    expect(report.loans[1]?.missingSignatures).toEqual(["gm"]);
    expect(report.loans[1]?.voucherMissingSignatures).toEqual(["deputyGm"]);
  });

  it("totals: offsets + open balances = loans; vouchers matching no loan apart", () => {
    expect(report.totals).toEqual({
      loans: 4,
      amount: "19095.00",
      offset: "17138.40",
      cashReturned: "0.00",
      openBalance: "1956.60",
      unmatched: "1180.00",
    });
    expect(new Dec(report.totals.offset).plus(report.totals.openBalance).toFixed(2)).toBe(
      report.totals.amount,
    );
    const sum = (xs: string[]) => xs.reduce((s, x) => s.plus(x), new Dec(0)).toFixed(2);
    expect(sum(report.loans.map((l) => l.amount))).toBe(report.totals.amount);
    expect(sum(report.loans.map((l) => l.openBalance))).toBe(report.totals.openBalance);
    expect(report.unmatchedVouchers.map((v) => [v.voucher, v.loan, v.reason, v.amount])).toEqual([
      ["记-03", null, "no-loan", "880.00"],
      ["记-06", "JK-099", "unknown-loan", "300.00"],
    ]);
    expect(report.flags).toEqual({
      lateInvoices: 1,
      overdueLoans: 1,
      unsignedLoans: 1,
      unsignedVouchers: 1,
      overOffsetLoans: 1,
      unmatchedVouchers: 2,
    });
  });

  it("reports every flag at its cell", () => {
    expect(result.issues.map((i) => [i.code, `${i.sheet}!${i.column ?? ""}${i.row}`])).toEqual([
      ["loan_signature_missing", "借款单!I3"],
      ["invoice_overdue", "借款单!B4"],
      ["invoice_late", "支出凭证!B2"],
      ["voucher_signature_missing", "支出凭证!H3"],
      ["voucher_without_loan", "支出凭证!E4"],
      ["offset_above_loan", "支出凭证!D6"],
      ["voucher_loan_unknown", "支出凭证!E7"],
    ]);
    expect(result.issues.every((i) => i.severity === "warning")).toBe(true);
  });

  it("writes the 借款台账 sheet whose SUBTOTAL and balance formulas, recalculated, give the report's totals", () => {
    const spec = result.sheets[0]!;
    expect(spec.name).toBe("借款台账 2026-10-20");
    const formulas = recalculate(spec);
    for (const f of formulas) expect(fen(f.computed), f.at).toBe(Math.round(Number(f.written) * 100));
    const totalRow = spec.cells.findIndex((cells) => cells[1] === "合计") + 1;
    const at = (column: string) => formulas.find((f) => f.at === `${column}${totalRow}`)!;
    expect([at("F").formula, at("G").formula, at("H").formula]).toEqual([
      "SUBTOTAL(9,F4:F7)",
      "SUBTOTAL(9,G4:G7)",
      "SUBTOTAL(9,H4:H7)",
    ]);
    expect([fen(at("F").computed), fen(at("G").computed), fen(at("H").computed)]).toEqual([
      1_909_500, 1_713_840, 195_660,
    ]);
    expect(formulas.find((f) => f.at === "H7")).toMatchObject({ formula: "ROUND(F7-G7,2)", written: -67 });
  });

  it("shades flagged loans, lists the unmatched vouchers under the table and has signature lines", () => {
    const spec = result.sheets[0]!;
    const shaded = spec.styles.filter((s) => s.style === "warning").map((s) => s.top);
    expect(shaded).toEqual([4, 5, 6, 7]);
    const text = spec.cells.flat().filter((c): c is string => typeof c === "string");
    expect(text.filter((t) => t.includes("INV1003") || t.includes("JK-099"))).toHaveLength(2);
    expect(text.some((t) => t.startsWith("会计："))).toBe(true);
    expect(spec.print).toMatchObject({ paper: "A4", orientation: "landscape" });
  });

  it("summarises in one line", () => {
    expect(ADVANCES_JOB.summarize(report, "zh-CN")).toEqual([
      "截至 2026-10-20：借款 4 笔共 19,095.00 元，已冲销 17,138.40 元，未冲销 1,956.60 元；发票逾期 2 笔，缺签字 2 张，未对应凭证 2 张",
    ]);
  });

  it("defaults to today; an earlier as-of date leaves later loans and vouchers out", () => {
    const early = runJob(ADVANCES_JOB, GOLDEN, { ...PARAMS, asOf: "2026-09-23" }).report;
    // As of 09-23: JK-001 7,779.00 offset by the 09-22 voucher (late); JK-002 2,523.00 still open, 5 days.
    expect(early.loans.map((l) => [l.number, l.openBalance, l.daysOpen, l.status])).toEqual([
      ["JK-001", "0.00", null, "offset"],
      ["JK-002", "2523.00", 5, "open"],
    ]);
    expect(early.unmatchedVouchers).toEqual([]);
  });
});
