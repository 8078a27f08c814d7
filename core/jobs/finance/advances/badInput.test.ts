import { describe, expect, it } from "vitest";
import type { BookData, CellValue } from "../../../table/sheetData";
import { ADVANCES_JOB } from "./job";
import { runJob } from "../../registry";

const LOAN_HEADER = [
  "单号",
  "日期",
  "借款人",
  "用途",
  "金额",
  "借款人签字",
  "项目负责人",
  "副总经理",
  "总经理",
];
const GOOD_LOAN: CellValue[] = [
  "JK-001",
  "2026-11-16",
  "李静",
  "电费",
  6648,
  "李静",
  "王建华",
  "刘志强",
  "陈国庆",
];
const VOUCHER_HEADER = [
  "日期",
  "发票号",
  "金额",
  "对应借款单号",
  "经办人",
  "项目负责人",
  "副总经理",
  "总经理",
];
const GOOD_VOUCHER: CellValue[] = [
  "2026-11-18",
  "44325646",
  6648,
  "JK-001",
  "李静",
  "王建华",
  "刘志强",
  "陈国庆",
];

function book(
  loans: CellValue[][] | null,
  vouchers: CellValue[][] | null = [VOUCHER_HEADER, GOOD_VOUCHER],
): BookData {
  const sheets = [];
  if (loans !== null) sheets.push({ name: "借款单", values: loans, origin: { row: 1, column: 1 } });
  if (vouchers !== null) sheets.push({ name: "支出凭证", values: vouchers, origin: { row: 1, column: 1 } });
  return { date1904: false, sheets };
}

const PARAMS = { today: "2026-11-20", lang: "zh-CN" } as const;
const where = (i: { sheet?: string; column?: string; row?: number }) =>
  `${i.sheet}!${i.column ?? ""}${i.row ?? ""}`;

describe("advances on bad input: an issue with sheet, row and column, no crash, the rest still counted", () => {
  it.each<[string, CellValue[], string, string]>([
    [
      "a loan amount in words",
      ["JK-002", "2026-11-17", "张伟", "水费", "两千元", "张伟", "王建华", "刘志强", "陈国庆"],
      "not_a_number",
      "借款单!E3",
    ],
    [
      "a zero loan",
      ["JK-002", "2026-11-17", "张伟", "水费", 0, "张伟", "王建华", "刘志强", "陈国庆"],
      "not_positive",
      "借款单!E3",
    ],
    [
      "a loan without a number",
      [null, "2026-11-17", "张伟", "水费", 2000, "张伟", "王建华", "刘志强", "陈国庆"],
      "value_required",
      "借款单!A3",
    ],
    [
      "a loan without a date",
      ["JK-002", null, "张伟", "水费", 2000, "张伟", "王建华", "刘志强", "陈国庆"],
      "value_required",
      "借款单!B3",
    ],
    [
      "a loan date that is no date",
      ["JK-002", "2026-02-30", "张伟", "水费", 2000, "张伟", "王建华", "刘志强", "陈国庆"],
      "not_a_date",
      "借款单!B3",
    ],
    [
      "a loan number used twice",
      ["jk-001", "2026-11-17", "张伟", "水费", 2000, "张伟", "王建华", "刘志强", "陈国庆"],
      "duplicate_slip",
      "借款单!A3",
    ],
  ])("%s", (_what, bad, code, at) => {
    const result = runJob(ADVANCES_JOB, book([LOAN_HEADER, GOOD_LOAN, bad]), PARAMS);
    expect(result.issues.filter((i) => i.code === code).map((i) => [i.severity, where(i)])).toEqual([
      ["error", at],
    ]);
    expect(result.report.loans.map((l) => [l.number, l.status])).toEqual([["JK-001", "offset"]]);
    // The ledger is still written, followed by the issues sheet.
    expect(result.sheets.map((s) => s.key)).toEqual([
      "advances/ledger/2026-11-20",
      "advances/2026-11-20/issues",
    ]);
  });

  it.each<[string, CellValue[], string, string]>([
    [
      "a negative voucher",
      ["2026-11-19", "1", -50, "JK-001", "李静", "王建华", "刘志强", "陈国庆"],
      "not_positive",
      "支出凭证!C3",
    ],
    [
      "a voucher amount that is an error value",
      ["2026-11-19", "1", "#VALUE!", "JK-001", "李静", "王建华", "刘志强", "陈国庆"],
      "cell_error",
      "支出凭证!C3",
    ],
    [
      "a voucher without a date",
      [null, "1", 50, "JK-001", "李静", "王建华", "刘志强", "陈国庆"],
      "value_required",
      "支出凭证!A3",
    ],
  ])("%s", (_what, bad, code, at) => {
    const result = runJob(
      ADVANCES_JOB,
      book([LOAN_HEADER, GOOD_LOAN], [VOUCHER_HEADER, GOOD_VOUCHER, bad]),
      PARAMS,
    );
    expect(result.issues.filter((i) => i.code === code).map((i) => [i.severity, where(i)])).toEqual([
      ["error", at],
    ]);
    expect(result.report.totals).toMatchObject({ amount: "6648.00", offset: "6648.00", openBalance: "0.00" });
  });

  it("a loan sheet without the GM column: one warning on its header row; the loans count that signature as missing", () => {
    const loans = [
      LOAN_HEADER.slice(0, 8),
      GOOD_LOAN.slice(0, 8),
      ["JK-002", "2026-11-17", "张伟", "水费", 2000, "张伟", "王建华", "刘志强"],
    ];
    const result = runJob(ADVANCES_JOB, book(loans), PARAMS);
    expect(result.issues.map((i) => [i.code, where(i)])).toEqual([["signature_column_missing", "借款单!A1"]]);
    expect(result.report.loans.map((l) => l.missingSignatures)).toEqual([["gm"], ["gm"]]);
  });

  it("a voucher sheet without its loan-number column cannot offset: missing_required_column on its header row", () => {
    const result = runJob(
      ADVANCES_JOB,
      book(
        [LOAN_HEADER, GOOD_LOAN],
        [
          ["日期", "发票号", "金额", "经办人", "项目负责人", "副总经理", "总经理"],
          ["2026-11-18", "44325646", 6648, "李静", "王建华", "刘志强", "陈国庆"],
        ],
      ),
      PARAMS,
    );
    expect(result.issues.map((i) => [i.code, i.severity, where(i)])).toEqual([
      ["missing_required_column", "error", "支出凭证!A1"],
    ]);
    expect(result.report.loans[0]?.status).toBe("open");
  });

  it("no loan sheet: the workbook has no loan slips (an error), no crash", () => {
    const result = runJob(ADVANCES_JOB, book(null), PARAMS);
    expect(result.issues.map((i) => i.code)).toContain("no_input_sheet");
    expect(result.report.totals.loans).toBe(0);
  });

  it("no voucher sheet: every loan is open, overdue once its deadline has passed", () => {
    const result = runJob(ADVANCES_JOB, book([LOAN_HEADER, GOOD_LOAN], null), {
      ...PARAMS,
      today: "2026-11-24",
    });
    // Monday 11-16 + 5 working days = Monday 11-23; as of 11-24 the invoice is overdue.
    expect(result.issues.map((i) => [i.code, where(i)])).toEqual([["invoice_overdue", "借款单!B2"]]);
    expect(result.report.loans.map((l) => [l.status, l.daysOpen])).toEqual([["open", 8]]);
  });

  it("run as hosts run it, a spending plan beside it (用途 / 金额 / 日期 but no number or borrower) is not read as loans", () => {
    const b = book([LOAN_HEADER, GOOD_LOAN]);
    b.sheets.push({
      name: "Sheet3",
      values: [
        ["部门", "用途", "金额", "日期"],
        ["办公室", "电费", 6648, "2026-11-12"],
      ],
      origin: { row: 1, column: 1 },
    });
    const result = runJob(ADVANCES_JOB, b, PARAMS);
    expect(result.issues).toEqual([]);
    expect(result.report.totals.loans).toBe(1);
  });
});
