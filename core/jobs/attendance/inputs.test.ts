import { describe, expect, it } from "vitest";
import { locateInputs } from "../../table/locateInputs";
import type { CellValue } from "../../table/sheetData";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { REQUEST_TABLE } from "../../catalog/requestTable";
import { COLLECTION_TABLES } from "../../receivables/inputs";
import { OTHER_JOBS_TABLES } from "../mixedWorkbook.testkit";
import { prepareDayHeaders } from "./dayHeaders";
import { ATTENDANCE_TABLES } from "./inputs";
import { book, sheet } from "./testBook.testkit";

const INVENTORY_TABLES = OTHER_JOBS_TABLES["inventory"]!.filter((t) => t !== HOLIDAY_TABLE);
const ALL_TABLES = [
  ...ATTENDANCE_TABLES,
  HOLIDAY_TABLE,
  REQUEST_TABLE,
  ...COLLECTION_TABLES,
  ...INVENTORY_TABLES,
];

const DAYS = Array.from({ length: 31 }, (_, i) => i + 1);

/** Sheets named so that no name gives the role away: only the headers tell them apart. */
const SHEETS: Record<string, [CellValue[][], string]> = {
  Sheet1: [
    [
      ["员工花名册"],
      ["序号", "工号", "姓名", "部门", "岗位", "入职日期", "离职日期"],
      [1, "A001", "张伟", "客服部", "客服主管", "2020-03-01", null],
    ],
    "employees",
  ],
  Sheet2: [
    [
      ["序号", "工号", "姓名", "部门", ...DAYS, "出勤天数"],
      [1, "A001", "张伟", "客服部", ...DAYS.map(() => "√"), 22],
    ],
    "attendance-grid",
  ],
  Sheet3: [
    [
      ["日期", "工号", "姓名", "部门", "考勤状态"],
      ["2026-10-08", "A001", "张伟", "客服部", "√"],
    ],
    "attendance-records",
  ],
  Sheet4: [
    [
      ["日期", "工号", "姓名", "部门", "上班时间", "下班时间", "状态"],
      ["2026-10-08", "A001", "张伟", "客服部", "08:55", "18:02", null],
    ],
    "clock-records",
  ],
  Sheet5: [
    [
      ["单号", "工号", "姓名", "部门", "类型", "开始日期", "结束日期", "天数", "原因"],
      ["QJ1", "A001", "张伟", "客服部", "事假", "2026-10-12", "2026-10-12", 1, "家事"],
    ],
    "leave-slips",
  ],
  Sheet6: [
    [
      ["日期", "工号", "姓名", "部门", "加班时数", "类型", "事由"],
      ["2026-10-03", "A001", "张伟", "客服部", 8, "节假日", "值班"],
    ],
    "overtime",
  ],
  Sheet7: [
    [
      ["上班时间", "下班时间", "迟到宽限(分钟)"],
      ["08:30", "17:30", 5],
    ],
    "attendance-settings",
  ],
  Sheet8: [
    [
      ["日期", "类型", "名称"],
      ["2026-11-30", "休", "公司周年庆"],
    ],
    "holidays",
  ],
  Sheet9: [
    [
      ["序号", "物资名称", "规格", "单位", "数量", "单价", "部门"],
      [1, "LED灯管", "T8", "支", 20, 12.5, "工程部"],
    ],
    "purchase-requests",
  ],
  Sheet10: [
    [
      ["房号", "姓名", "收费项目", "所属期间", "应收金额"],
      ["1-101", "王五", "物业费", "2026-11", 300],
    ],
    "charges",
  ],
  Sheet11: [
    [
      ["收据号", "日期", "房号", "收费项目", "实收金额"],
      ["NO1", "2026-11-10", "1-101", "物业费", 300],
    ],
    "payments",
  ],
  Sheet12: [
    [
      ["领用日期", "领料单号", "物资名称", "规格", "单位", "领用数量", "领用部门", "领用人"],
      ["2026-11-05", "LL001", "LED灯管", "T8", "支", 5, "工程部", "张三"],
    ],
    "issues",
  ],
  Sheet13: [
    [
      ["盘点日期", "物资名称", "规格", "单位", "实盘数量"],
      ["2026-11-25", "LED灯管", "T8", "支", 25],
    ],
    "count",
  ],
  Sheet14: [
    [
      ["入库日期", "入库单号", "物资名称", "规格", "单位", "入库数量", "单价", "金额"],
      ["2026-11-03", "RK001", "LED灯管", "T8", "支", 20, 12.5, 250],
    ],
    "receipts",
  ],
};

function roleOf(found: ReturnType<typeof locateInputs>, name: string): string[] {
  return [...found.byRole].filter(([, sheets]) => sheets.some((s) => s.name === name)).map(([role]) => role);
}

describe("attendance input tables", () => {
  const wb = prepareDayHeaders(
    book(...Object.entries(SHEETS).map(([name, [rows]]) => sheet(name, rows))),
  ).book;

  it("places each sheet of a mixed workbook by its headers alone, whatever the table order", () => {
    for (const specs of [ALL_TABLES, [...ALL_TABLES].reverse()]) {
      const found = locateInputs(wb, specs);
      for (const [name, [, role]] of Object.entries(SHEETS))
        expect(roleOf(found, name), name).toEqual([role]);
      expect(found.issues.filter((i) => i.code !== "no_input_sheet")).toEqual([]);
      expect(found.issues.map((i) => i.params?.["table"])).not.toContainEqual(
        expect.objectContaining({ en: "employee list" }),
      );
    }
  });

  it("places the attendance sheets when only the attendance tables are looked for, and warns about the others", () => {
    const found = locateInputs(wb, [...ATTENDANCE_TABLES, HOLIDAY_TABLE]);
    for (const [name, [, role]] of Object.entries(SHEETS).slice(0, 8))
      expect(roleOf(found, name), name).toEqual([role]);
    expect(found.issues.map((i) => i.sheet)).toEqual([
      "Sheet9",
      "Sheet10",
      "Sheet11",
      "Sheet12",
      "Sheet13",
      "Sheet14",
    ]);
  });

  it("leaves other offices' dated and typed lists (utility payments, spending plans) alone", () => {
    const others = book(
      sheet("水电缴费", [
        ["日期", "类型", "金额", "用量"],
        ["2026-10-12", "水费", 1200, 300],
      ]),
      sheet("用款计划", [
        ["部门", "用途", "金额", "日期"],
        ["工程部", "配件", 800, "2026-11-05"],
      ]),
    );
    const found = locateInputs(others, ATTENDANCE_TABLES);
    expect(found.issues.filter((i) => i.code === "sheet_not_placed").map((i) => i.sheet)).toEqual([
      "水电缴费",
      "用款计划",
    ]);
  });

  it("matches Traditional and English headers", () => {
    const tw = book(
      sheet("請假", [
        ["工號", "姓名", "請假類型", "開始日期", "結束日期", "天數"],
        ["A001", "張偉", "事假", "2026-10-12", "2026-10-12", 1],
      ]),
      sheet("Overtime", [
        ["Date", "Employee ID", "Name", "Overtime hours", "Reason"],
        ["2026-10-03", "A001", "Zhang Wei", 8, "duty"],
      ]),
    );
    const found = locateInputs(tw, ALL_TABLES);
    expect(roleOf(found, "請假")).toEqual(["leave-slips"]);
    expect(roleOf(found, "Overtime")).toEqual(["overtime"]);
  });
});
