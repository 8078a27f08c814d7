import { describe, expect, it } from "vitest";
import { readTable } from "./readTable";
import { departmentInName } from "./sections";
import type { CellValue, SheetData } from "./sheetData";
import { REQUEST_TABLE } from "../catalog/requestTable";
import { PAYMENT_TABLE } from "../receivables/inputs";
import type { YearMonth } from "../values/isoDate";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, origin: { row: 1, column: 1 } };
}

describe("departmentInName", () => {
  it.each<[string, string | null]>([
    ["工程部", "工程部"],
    ["工程部申购单", "工程部"],
    ["12月保洁部", "保洁部"],
    ["2026年12月 客服中心", "客服中心"],
    ["办公室", "办公室"],
    ["保安队申请", "保安队"],
    ["12月申购汇总", null],
    ["物资采购计划", null],
    ["申购部门汇总", null],
    ["部门申请", null],
    ["Sheet1", null],
  ])("%s gives %s", (name, department) => {
    expect(departmentInName(name)).toBe(department);
  });
});

describe("title lines and sheet names give a request's department", () => {
  const header = ["物资名称", "规格", "单位", "数量", "单价"];
  const line = ["LED灯管", "T8", "支", 2, 10];
  it.each<[string, string, string | null]>([
    ["工程部申购单", "申请部门：保洁部", "保洁部"],
    ["工程部申购单", "部门：客服部", "客服部"],
    ["工程部申购单", "物资采购申请单", "工程部"],
    ["12月申购汇总", "物资采购申请单", null],
    ["12月申购汇总", "申请部门：工程部", "工程部"],
  ])("sheet %s under %s: %s", (name, title, department) => {
    const read = readTable(sheet(name, [[title], header, line]), REQUEST_TABLE, { date1904: false });
    expect(read.rows.map((r) => r.values.department)).toEqual([department]);
  });
});

describe("dates without a year", () => {
  const header = ["收据号", "日期", "房号", "收费项目", "金额"];
  const read = (title: string, date: string, near?: YearMonth) =>
    readTable(sheet("收款", [[title], header, ["0001", date, "1-101", "物业费", 100]]), PAYMENT_TABLE, {
      date1904: false,
      ...(near === undefined ? {} : { near }),
    });

  it.each<[string, string, YearMonth | undefined, string | null, string[]]>([
    ["2026年11月收款记录", "11月3日", undefined, "2026-11-03", []],
    ["2026年11月收款记录", "11月3日", "2027-01", "2026-11-03", []],
    ["月份：2026-12", "12-03", "2027-01", "2026-12-03", []],
    ["收款记录", "12月28日", "2027-01", "2026-12-28", ["year_supplied info B3"]],
    ["收款记录", "1月2日", "2026-12", "2027-01-02", ["year_supplied info B3"]],
    ["收款记录", "7月3日", "2027-01", "2026-07-03", ["year_ambiguous warning B3"]],
    ["收款记录", "12月28日", undefined, null, ["not_a_date error B3"]],
  ])("under %s, %s near %s reads %s", (title, date, near, value, issues) => {
    const result = read(title, date, near);
    expect(result.rows.map((r) => r.values.date)).toEqual(value === null ? [] : [value]);
    expect(result.issues.map((i) => `${i.code} ${i.severity} ${i.column}${i.row}`)).toEqual(issues);
  });

  it("names the text and the date it was read as", () => {
    const [note] = read("收款记录", "12月28日", "2027-01").issues;
    expect(note?.params).toMatchObject({ value: "12月28日", date: "2026-12-28" });
  });
});
