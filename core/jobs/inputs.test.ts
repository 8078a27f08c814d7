import { describe, expect, it } from "vitest";
import type { TableSpec } from "../table/declaration";
import { locateInputs } from "../table/locateInputs";
import type { BookData, CellValue } from "../table/sheetData";
import { HOLIDAY_TABLE } from "../calendar/holidayTable";
import { REQUEST_TABLE } from "../catalog/requestTable";
import { COLLECTION_TABLES } from "../receivables/inputs";
import { INVENTORY_TABLES } from "./inventory/inputs";
import { ATTENDANCE_TABLES } from "./attendance/inputs";
import { SPENDING_TABLE } from "./finance/cash-plan/inputs";
import { LOAN_TABLE, VOUCHER_TABLE } from "./finance/advances/inputs";
import { HANDOVER_TABLE } from "./finance/weekly-collection/inputs";
import { UTILITY_BILL_TABLE } from "./finance/fee-statistics/inputs";

const OURS = [HANDOVER_TABLE, UTILITY_BILL_TABLE];
const OTHERS: readonly TableSpec[] = [
  ...INVENTORY_TABLES,
  REQUEST_TABLE,
  ...COLLECTION_TABLES,
  HOLIDAY_TABLE,
  ...ATTENDANCE_TABLES,
  SPENDING_TABLE,
  LOAN_TABLE,
  VOUCHER_TABLE,
];
const ALL = [...OTHERS, ...OURS];

/** Handover and utility-bill sheets as offices write them, with the role each must get. */
const OUR_SHEETS: Record<string, { role: string; values: CellValue[][] }> = {
  出纳交接: {
    role: HANDOVER_TABLE.role,
    values: [
      ["阳光花园 出纳交接登记表"],
      ["序号", "交接日期", "收款方式", "交接金额", "交款人", "出纳", "备注"],
      [1, "2026-11-19", "现金", 1200, "陈晓", "周丽", null],
    ],
  },
  现金交接: {
    role: HANDOVER_TABLE.role,
    values: [
      ["日期", "实交金额", "交款人", "收款人"],
      ["2026-11-19", 1200, "陈晓", "周丽"],
    ],
  },
  Handover: {
    role: HANDOVER_TABLE.role,
    values: [
      ["Handover date", "Payment method", "Amount handed over"],
      ["2026-11-19", "Cash", 1200],
    ],
  },
  水电费缴费: {
    role: UTILITY_BILL_TABLE.role,
    values: [
      ["阳光花园 水电费缴费记录"],
      ["序号", "缴费日期", "类型", "缴费单位", "抄表期间", "用量（吨/度）", "账单金额", "备注"],
      [1, "2026-11-12", "电", "市供电局", "2026-10-11~2026-11-10", 11872, 6648.32, null],
    ],
  },
  水電費: {
    role: UTILITY_BILL_TABLE.role,
    values: [
      ["繳費日期", "類型", "帳單金額", "抄表期間"],
      ["2026/11/20", "水", 3260.4, "9-10月"],
    ],
  },
};

/** Other jobs' sheets as offices write them (the collection ledgers with 日期 / 金额 / 收款方式 among them). */
const OTHER_SHEETS: Record<string, CellValue[][]> = {
  实收: [
    ["收据号", "日期", "房号", "收费项目", "金额", "收款方式", "备注"],
    ["NO.1", "2026-11-10", "1-101", "物业费", 300, "现金", null],
  ],
  应收: [
    ["房号", "业主", "收费项目", "所属期间", "应收金额"],
    ["1-101", "王五", "物业费", "2026-11", 300],
  ],
  节假日: [
    ["日期", "类型", "名称"],
    ["2026-11-30", "休", "公司周年庆"],
  ],
  用款计划: [
    ["序号", "部门", "用途", "金额", "日期", "备注"],
    [1, "工程部", "电费", 3600, "2026-12-08", null],
  ],
  借款单: [
    ["单号", "日期", "借款人", "用途", "金额", "借款人签字", "项目负责人", "副总经理", "总经理"],
    ["JK-001", "2026-11-11", "李静", "电费", 6648, "李静", "王建华", "刘志强", "陈国庆"],
  ],
  出纳日记账: [
    ["日期", "摘要", "收入", "支出", "余额"],
    ["2026-11-11", "收物业费", 300, null, 300],
  ],
  交接班记录: [
    ["日期", "班次", "交班人", "接班人", "交接事项"],
    ["2026-11-11", "夜班", "张三", "李四", "3号楼水管漏水已报修"],
  ],
};

function book(sheets: Record<string, CellValue[][]>): BookData {
  return {
    date1904: false,
    sheets: Object.entries(sheets).map(([name, values]) => ({ name, values, origin: { row: 1, column: 1 } })),
  };
}

const roleOf = (found: ReturnType<typeof locateInputs>, name: string) =>
  [...found.byRole].filter(([, sheets]) => sheets.some((s) => s.name === name)).map(([role]) => role);

describe("the finance handover and utility-bill tables", () => {
  const ours = book(Object.fromEntries(Object.entries(OUR_SHEETS).map(([n, s]) => [n, s.values])));

  it("place their sheets by header among every job's tables, whatever the table order", () => {
    for (const specs of [ALL, [...ALL].reverse()]) {
      const found = locateInputs(ours, specs);
      for (const [name, { role }] of Object.entries(OUR_SHEETS))
        expect(roleOf(found, name), name).toEqual([role]);
      expect(found.issues.filter((i) => i.sheet !== undefined)).toEqual([]);
    }
  });

  it("are taken by no other job's table (so a job run alone never reads them as its input)", () => {
    const found = locateInputs(ours, OTHERS);
    expect([...found.byRole.values()].flat()).toEqual([]);
    expect(found.issues.filter((i) => i.sheet !== undefined).map((i) => [i.code, i.sheet])).toEqual(
      Object.keys(OUR_SHEETS).map((name) => ["sheet_not_placed", name]),
    );
  });

  it("take no other job's sheet: payments, holidays, spending plans, loans, a cash journal or a shift log", () => {
    const others = book(OTHER_SHEETS);
    const found = locateInputs(others, [...OURS, ...OTHERS]);
    for (const table of OURS) expect(found.byRole.get(table.role)).toEqual([]);
    const alone = locateInputs(others, OURS);
    expect([...alone.byRole.values()].flat()).toEqual([]);
  });
});
