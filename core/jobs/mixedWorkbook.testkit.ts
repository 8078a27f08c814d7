import type { TableSpec } from "../table/declaration";
import { locateInputs } from "../table/locateInputs";
import type { BookData, CellValue, SheetData } from "../table/sheetData";
import { HOLIDAY_TABLE } from "../calendar/holidayTable";
import { REQUEST_TABLE } from "../catalog/requestTable";
import { COLLECTION_TABLES } from "../receivables/inputs";
import { INVENTORY_TABLES } from "./inventory/inputs";
import { ATTENDANCE_TABLES } from "./attendance/inputs";
import { HANDOVER_TABLE } from "./finance/weekly-collection/inputs";
import { UTILITY_BILL_TABLE } from "./finance/fee-statistics/inputs";
import { LOAN_TABLE, VOUCHER_TABLE } from "./finance/advances/inputs";
import { SPENDING_TABLE } from "./finance/cash-plan/inputs";

/** For tests: every input table of every job, so a placement test sees all the others. */
export const ALL_TABLES: readonly TableSpec[] = [
  ...INVENTORY_TABLES,
  REQUEST_TABLE,
  ...COLLECTION_TABLES,
  HOLIDAY_TABLE,
  ...ATTENDANCE_TABLES,
  HANDOVER_TABLE,
  UTILITY_BILL_TABLE,
  SPENDING_TABLE,
  LOAN_TABLE,
  VOUCHER_TABLE,
];

/** For tests: every other job's tables (not the cash plan's or the advances job's), each job's set as it locates them. */
export const OTHER_JOBS_TABLES: Record<string, readonly TableSpec[]> = {
  "purchase-plan": [REQUEST_TABLE, HOLIDAY_TABLE],
  collection: [...COLLECTION_TABLES, HOLIDAY_TABLE],
  inventory: [...INVENTORY_TABLES, HOLIDAY_TABLE],
  attendance: [...ATTENDANCE_TABLES, HOLIDAY_TABLE],
  "weekly-collection": [...COLLECTION_TABLES, HOLIDAY_TABLE, HANDOVER_TABLE],
  "fee-statistics": [...COLLECTION_TABLES, HOLIDAY_TABLE, UTILITY_BILL_TABLE],
};

/** For tests: one small sheet of each kind an office keeps, by sheet name, with the role it must be placed as. */
export const MIXED_SHEETS: Record<string, { role: string; values: CellValue[][] }> = {
  用款计划: {
    role: SPENDING_TABLE.role,
    values: [
      ["阳光花园 2026年12月 用款计划"],
      ["序号", "部门", "用途", "金额", "日期", "备注"],
      [1, "工程部", "电梯维保费", 3600, "2026-12-08", null],
    ],
  },
  借款单: {
    role: LOAN_TABLE.role,
    values: [
      ["序号", "单号", "日期", "借款人", "用途", "金额", "借款人签字", "项目负责人", "副总经理", "总经理"],
      [1, "JK-001", "2026-11-11", "李静", "电费", 6648, "李静", "王建华", "刘志强", "陈国庆"],
    ],
  },
  支出凭证: {
    role: VOUCHER_TABLE.role,
    values: [
      ["凭证号", "日期", "发票号", "金额", "对应借款单号", "经办人", "项目负责人", "副总经理", "总经理"],
      ["记-001", "2026-11-13", "44325646", 6648, "JK-001", "李静", "王建华", "刘志强", "陈国庆"],
    ],
  },
  工程部申请: {
    role: REQUEST_TABLE.role,
    values: [
      ["部门：工程部"],
      ["序号", "类别", "物资名称", "规格", "单位", "数量", "单价", "金额", "需用日期", "用途"],
      [1, "工程", "LED灯管", "T8", "支", 20, 12.5, 250, "2026-12-05", "更换"],
    ],
  },
  应收: {
    role: "charges",
    values: [
      ["房号", "业主", "收费项目", "所属期间", "应收金额"],
      ["1-101", "王五", "物业费", "2026-11", 300],
    ],
  },
  实收: {
    role: "payments",
    values: [
      ["收据号", "收款日期", "房号", "收费项目", "实收金额", "收款方式"],
      ["NO1", "2026-11-10", "1-101", "物业费", 300, "微信"],
    ],
  },
  催缴跟进: {
    role: "follow-ups",
    values: [
      ["房号", "收费项目", "未收原因", "预计交款时间"],
      ["1-101", "物业费", "业主在外地", "2026-12-15"],
    ],
  },
  入库明细: {
    role: "receipts",
    values: [
      ["入库日期", "入库单号", "物资名称", "规格", "单位", "入库数量", "单价", "金额", "验收结果"],
      ["2026-11-03", "RK001", "LED灯管", "T8", "支", 20, 12.5, 250, "合格"],
    ],
  },
  领料单: {
    role: "issues",
    values: [
      ["领用日期", "领料单号", "物资名称", "规格", "单位", "领用数量", "领用部门", "领用人", "项目负责人"],
      ["2026-11-05", "LL001", "LED灯管", "T8", "支", 5, "工程部", "张三", "李四"],
    ],
  },
  节假日: {
    role: HOLIDAY_TABLE.role,
    values: [
      ["日期", "类型", "名称"],
      ["2026-11-30", "休", "公司周年庆"],
    ],
  },
  员工名单: {
    role: "employees",
    values: [
      ["工号", "姓名", "部门", "岗位", "入职日期"],
      ["E001", "李静", "办公室", "文员", "2024-03-01"],
    ],
  },
  加班记录: {
    role: "overtime",
    values: [
      ["加班日期", "姓名", "部门", "加班时数", "事由"],
      ["2026-11-07", "张伟", "工程部", 4, "抢修水管"],
    ],
  },
  出纳交接: {
    role: HANDOVER_TABLE.role,
    values: [
      ["交接日期", "收款方式", "交接金额"],
      ["2026-11-19", "现金", 1200],
    ],
  },
  水电费缴费: {
    role: UTILITY_BILL_TABLE.role,
    values: [
      ["缴费日期", "类型", "账单金额", "抄表期间"],
      ["2026-11-12", "电", 6648, "10月"],
    ],
  },
};

/** For tests: a workbook of the given sheets (values as given, starting at A1). */
export function mixedBook(sheets: Record<string, CellValue[][]>): BookData {
  return {
    date1904: false,
    sheets: Object.entries(sheets).map(([name, values]): SheetData => ({
      name,
      values,
      origin: { row: 1, column: 1 },
    })),
  };
}

/** For tests: the roles a sheet was placed as (one, when all is well). */
export function rolesOf(book: BookData, tables: readonly TableSpec[], name: string): string[] {
  const found = locateInputs(book, tables);
  return [...found.byRole].filter(([, sheets]) => sheets.some((s) => s.name === name)).map(([role]) => role);
}
