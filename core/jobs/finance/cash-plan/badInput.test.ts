import { describe, expect, it } from "vitest";
import type { BookData, CellValue } from "../../../table/sheetData";
import { CASH_PLAN_JOB } from "./job";
import { runJob } from "../../registry";
import type { CashPlanReport } from "./report";

const HEADER = ["部门", "用途", "金额", "日期"];
const GOOD: CellValue[] = ["工程部", "电梯维保费", 3600, "2026-12-08"];
const CHARGES: CellValue[][] = [
  ["房号", "业主", "收费项目", "所属期间", "应收金额"],
  ["1-101", "张三", "物业管理费", "2026-12", 200],
];
const PAYMENTS: CellValue[][] = [["收据号", "收款日期", "房号", "收费项目", "实收金额"]];

function bookWith(spending: CellValue[][] | null, charges = CHARGES): BookData {
  const sheets = [
    { name: "应收", values: charges, origin: { row: 1, column: 1 } },
    { name: "实收", values: PAYMENTS, origin: { row: 1, column: 1 } },
  ];
  if (spending !== null) sheets.push({ name: "用款计划", values: spending, origin: { row: 1, column: 1 } });
  return { date1904: false, sheets };
}

const PARAMS = { today: "2026-11-20", lang: "zh-CN" } as const;

describe("cash plan on bad input: an issue with sheet, row and column, no crash, the rest still planned", () => {
  it.each<[string, CellValue[], string, string]>([
    ["text in the amount", ["保洁部", "清运", "五百元", "2026-12-05"], "not_a_number", "C3"],
    ["a zero amount", ["保洁部", "清运", 0, "2026-12-05"], "not_positive", "C3"],
    ["a negative amount", ["保洁部", "清运", -500, "2026-12-05"], "not_positive", "C3"],
    ["an #N/A amount", ["保洁部", "清运", "#N/A", "2026-12-05"], "cell_error", "C3"],
    ["no date", ["保洁部", "清运", 500, null], "value_required", "D3"],
    ["a date that does not exist", ["保洁部", "清运", 500, "2026-12-32"], "not_a_date", "D3"],
    ["no department", [null, "清运", 500, "2026-12-05"], "value_required", "A3"],
  ])("%s", (_what, bad, code, where) => {
    const result = runJob(CASH_PLAN_JOB, bookWith([HEADER, GOOD, bad]), PARAMS);
    const found = result.issues.filter((i) => i.code === code);
    expect(found.map((i) => [i.severity, i.sheet, `${i.column ?? ""}${i.row}`])).toEqual([
      ["error", "用款计划", where],
    ]);
    expect(result.report.spending.rows.map((r) => r.amount)).toEqual(["3600.00"]);
    expect(result.report.receipts.total).toBe("200.00");
    expect(result.sheets.map((s) => s.name)).toEqual(["回款与用款计划 2026-12", "问题清单 2026-12 用款计划"]);
  });

  it("a spending sheet without its date column: missing_required_column on the header row, nothing planned", () => {
    const result = runJob(
      CASH_PLAN_JOB,
      bookWith([
        ["部门", "用途", "金额"],
        ["工程部", "电梯维保费", 3600],
      ]),
      PARAMS,
    );
    expect(result.issues.map((i) => [i.code, i.severity, i.sheet, i.row])).toEqual([
      ["missing_required_column", "error", "用款计划", 1],
    ]);
    expect(result.report.spending.total).toBe("0.00");
  });

  it("no spending plan at all: the workbook has no 用款计划 (an error), receipts still counted", () => {
    const result = runJob(CASH_PLAN_JOB, bookWith(null), PARAMS);
    expect(result.issues.map((i) => [i.code, i.severity])).toEqual([["no_input_sheet", "error"]]);
    expect(result.report.receipts.total).toBe("200.00");
  });

  it("a bad charge cell is reported as the collection job reports it, and that charge is not expected", () => {
    const result = runJob(
      CASH_PLAN_JOB,
      bookWith([HEADER, GOOD], [...CHARGES, ["1-102", "李四", "物业管理费", "2026-12", "#REF!"]]),
      PARAMS,
    );
    expect(result.issues.map((i) => [i.code, i.sheet, `${i.column ?? ""}${i.row}`])).toEqual([
      ["cell_error", "应收", "E3"],
    ]);
    expect(result.report.receipts.total).toBe("200.00");
  });

  it("a sheet it cannot place is reported once, not once per reader", () => {
    const book = bookWith([HEADER, GOOD]);
    book.sheets.push({ name: "说明", values: [["本表由办公室维护"]], origin: { row: 1, column: 1 } });
    const result = runJob(CASH_PLAN_JOB, book, PARAMS);
    expect(result.issues.map((i) => [i.code, i.sheet])).toEqual([["sheet_not_placed", "说明"]]);
  });

  it("run as hosts run it, a loan sheet beside it (用途 / 金额 / 日期 but no 部门) is left to the advances job, not read as spending", () => {
    const book = bookWith([HEADER, GOOD]);
    book.sheets.push({
      name: "Sheet3",
      values: [
        ["单号", "日期", "借款人", "用途", "金额"],
        ["JK-001", "2026-12-11", "李静", "电费", 6648],
      ],
      origin: { row: 1, column: 1 },
    });
    const result = runJob(CASH_PLAN_JOB, book, PARAMS);
    expect(result.issues).toEqual([]);
    expect((result.report as CashPlanReport).spending.total).toBe("3600.00");
  });
});
