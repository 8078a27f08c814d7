import { describe, expect, it } from "vitest";
import type { CellValue } from "../../../table/sheetData";
import { ALL_TABLES, MIXED_SHEETS, mixedBook, rolesOf } from "../../mixedWorkbook.testkit";
import { LOAN_TABLE, VOUCHER_TABLE } from "./inputs";

const LOAN_ROW: CellValue[] = [
  "JK-001",
  "2026-11-11",
  "李静",
  "电费",
  6648,
  "李静",
  "王建华",
  "刘志强",
  "陈国庆",
];
const VOUCHER_ROW: CellValue[] = [
  "2026-11-13",
  "44325646",
  6648,
  "JK-001",
  "李静",
  "王建华",
  "刘志强",
  "陈国庆",
];

describe("loan and voucher input tables", () => {
  it("are placed right in a workbook holding every job's inputs, in either table order", () => {
    const book = mixedBook(Object.fromEntries(Object.entries(MIXED_SHEETS).map(([n, s]) => [n, s.values])));
    for (const tables of [ALL_TABLES, [...ALL_TABLES].reverse()]) {
      expect(rolesOf(book, tables, "借款单")).toEqual([LOAN_TABLE.role]);
      expect(rolesOf(book, tables, "支出凭证")).toEqual([VOUCHER_TABLE.role]);
      for (const [name, { role }] of Object.entries(MIXED_SHEETS)) {
        if (role !== LOAN_TABLE.role && role !== VOUCHER_TABLE.role)
          expect(rolesOf(book, tables, name), name).not.toContain(LOAN_TABLE.role);
      }
    }
  });

  it.each<[string, CellValue[], CellValue[], string]>([
    [
      "loans, Simplified",
      ["单号", "日期", "借款人", "用途", "金额", "借款人签字", "项目负责人", "副总经理", "总经理"],
      LOAN_ROW,
      LOAN_TABLE.role,
    ],
    [
      "loans, Traditional",
      ["借款單號", "借款日期", "借款人", "用途", "金額", "借款人簽字", "項目負責人", "副總經理", "總經理"],
      LOAN_ROW,
      LOAN_TABLE.role,
    ],
    [
      "loans, without signatures",
      ["单号", "日期", "借款人", "金额"],
      ["JK-001", "2026-11-11", "李静", 6648],
      LOAN_TABLE.role,
    ],
    [
      "vouchers, Simplified",
      ["日期", "发票号", "金额", "对应借款单号", "经办人", "项目负责人", "副总经理", "总经理"],
      VOUCHER_ROW,
      VOUCHER_TABLE.role,
    ],
    [
      "vouchers, Traditional",
      ["日期", "發票號碼", "金額", "對應借款單號", "經辦人", "項目負責人", "副總經理", "總經理"],
      VOUCHER_ROW,
      VOUCHER_TABLE.role,
    ],
    [
      "vouchers, English",
      ["Date", "Invoice no.", "Amount", "Loan offset", "Handler", "Project head", "Deputy GM", "GM"],
      VOUCHER_ROW,
      VOUCHER_TABLE.role,
    ],
  ])("finds %s under a sheet name that says nothing", (_what, header, row, role) => {
    expect(rolesOf(mixedBook({ Sheet1: [header, row] }), ALL_TABLES, "Sheet1")).toEqual([role]);
  });

  it("a voucher sheet headed 借款单号 (not 对应借款单号) is still taken for vouchers, so its missing column is reported", () => {
    const header = ["日期", "发票号", "金额", "借款单号", "经办人", "项目负责人", "副总经理", "总经理"];
    expect(rolesOf(mixedBook({ 支出凭证: [header, VOUCHER_ROW] }), ALL_TABLES, "支出凭证")).toEqual([
      VOUCHER_TABLE.role,
    ]);
  });
});
