import { describe, expect, it } from "vitest";
import { readTable, type TableRead } from "./readTable";
import { cellOf } from "./rowRefs";
import type { TableSpec } from "./declaration";
import type { CellValue, SheetData } from "./sheetData";
import { REQUEST_TABLE } from "../catalog/requestTable";
import { CHARGE_TABLE, PAYMENT_TABLE } from "../receivables/inputs";
import { SPENDING_TABLE } from "../jobs/finance/cash-plan/inputs";
import { UTILITY_BILL_TABLE } from "../jobs/finance/fee-statistics/inputs";
import { EMPLOYEE_TABLE } from "../jobs/attendance/inputs";
import { readRequests } from "../jobs/purchase-plan/readRequests";

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, origin: { row: 1, column: 1 } };
}

/** Reads a sheet both ways (the quick path for clean rows, and every cell in full) and checks they agree. */
function read<S extends TableSpec>(s: SheetData, spec: S): TableRead<S> {
  const quick = readTable(s, spec, { date1904: false });
  expect(readTable(s, spec, { date1904: false, fullReading: true })).toEqual(quick);
  return quick;
}

const issueAt = (r: TableRead<TableSpec>) =>
  r.issues.map((i) => [i.code, i.severity, `${i.column ?? ""}${i.row}`]);

// 月度物资采购计划表 (form 01): no category column, the sections name the category; subtotal rows 办公用品小计
// (label in the serial column) and 工程材料小计 (label in the item column), 合    计, a blank row, a signature row
// and a notes row
const PLAN: CellValue[][] = [
  ["阳光花园物业服务中心"], // 1
  ["2027年1月物资采购计划表"], // 2
  ["项目：阳光花园", null, null, null, null, null, null, "编制日期：2026年12月2日"], // 3
  ["序号", "使用部门", "物资名称", "规格型号", "单位", "数量", "单价(元)", "金额(元)", "需用日期", "备注"], // 4
  ["一、办公用品"], // 5
  [1, "办公室", "A4复印纸", "70g 500张", "包", 20, 24.5, 490, 46392, null], // 6
  [2, "客服部", "中性笔", "0.5mm 黑", "支", 60, 1.8, 108, 46392, null], // 7
  ["办公用品小计", null, null, null, null, 80, null, 598], // 8
  ["二、工程材料"], // 9
  [3, "工程部", "LED灯管", "T8 18W", "支", 40, 12.8, 512, 46395, "楼道照明"], // 10
  [4, "工程部", "水龙头", "4分 铜", "个", "六", 35, 210, null, null], // 11: a bad quantity
  [null, null, "工程材料小计", null, null, 46, null, 722], // 12
  ["（三）五金工具"], // 13: a category the plan does not know
  [5, "工程部", "扳手", "10寸", "把", 2, 35, 70, null, null], // 14
  ["合    计", null, null, null, null, 128, null, 1380], // 15
  [], // 16
  ["编制人：李敏", null, null, "部门负责人：", null, null, "项目负责人：王建国"], // 17
  ["备注：1. 本表于每月4日前报项目负责人审核；2. 单价为含税参考价。"], // 18
  [6, "办公室", "订书机", "", "个", 1, 20, 20], // 19: below the notes, not read
];

describe("office forms: sections, totals and notes", () => {
  const plan = read(sheet("物资采购计划", PLAN), REQUEST_TABLE);

  it("reads the plan's lines, each with the category its section heading names", () => {
    expect(plan.rows.map((r) => [r.row, r.values.category, r.values.item, r.values.quantity])).toEqual([
      [6, "办公用品", "A4复印纸", 200_000],
      [7, "办公用品", "中性笔", 600_000],
      [10, "工程材料", "LED灯管", 400_000],
      [14, "五金工具", "扳手", 20_000],
    ]);
    expect(plan.rejectedRows).toEqual([11]);
    expect(issueAt(plan)).toEqual([["not_a_number", "error", "F11"]]);
  });

  it("counts every row below the header: read, rejected, and skipped by kind", () => {
    expect(plan.headerRows).toEqual([4]);
    expect(plan.counts).toEqual({
      read: 4,
      rejected: 1,
      skipped: { blank: 1, header: 0, total: 3, section: 3, notes: 3 },
    });
    const { read: r, rejected, skipped } = plan.counts;
    expect(r + rejected + Object.values(skipped).reduce((a, b) => a + b, 0)).toBe(PLAN.length - 4);
  });

  it("points a supplied value at its heading, for the issues about it", () => {
    const spanner = plan.rows.find((r) => r.values.item === "扳手")!;
    expect(spanner.supplied).toEqual({ category: { row: 13, column: "A" } });
    expect(cellOf(spanner, "category")).toEqual({ sheet: "物资采购计划", row: 13, column: "A" });
    expect(cellOf(spanner, "item")).toEqual({ sheet: "物资采购计划", row: 14, column: "C" });
    const requests = readRequests([sheet("物资采购计划", PLAN)], false);
    expect(requests.lines.map((l) => l.category)).toEqual([
      "office",
      "office",
      "engineering",
      "uncategorised",
    ]);
    expect(requests.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([
      ["not_a_number", "F11"],
      ["category_unknown", "A13"],
    ]);
  });

  it("keeps a sheet's own category column: a heading then supplies nothing", () => {
    const withColumn = PLAN.map((row, i) => (i === 3 ? ["类别", ...row.slice(1)] : row));
    const r = read(sheet("物资采购计划", withColumn), REQUEST_TABLE);
    expect(r.columns).toMatchObject({ category: "A" });
    expect(r.rows.every((row) => row.supplied === undefined)).toBe(true);
    expect(r.counts.skipped.section).toBe(3);
  });

  it("收费明细 by building: 1栋 headings and 1栋小计 rows are neither data nor issues", () => {
    const r = read(
      sheet("收费明细", [
        ["2026年收费明细"],
        ["项目：阳光花园    单位：元"],
        ["房号", "业主", "收费项目", "所属月份", "应收金额", "到期日", "备注"],
        ["1栋"],
        ["1-1-101", "张伟", "物业管理费", "2026-10", 300, null, null],
        ["1-1-102", "李娜", "物业管理费", "2026-10", 250, null, null],
        ["1栋小计", null, null, null, 550],
        ["2栋"],
        ["2-1-201", "王强", "停车费", "2026-11", 150, null, "地下B12"],
        ["2栋小计", null, null, null, 150],
        ["合计", null, null, null, 700],
        ["制表：李敏　　审核："],
      ]),
      CHARGE_TABLE,
    );
    expect(r.rows.map((x) => [x.row, x.values.unit, x.values.amountDue])).toEqual([
      [5, "1-1-101", 30_000],
      [6, "1-1-102", 25_000],
      [9, "2-1-201", 15_000],
    ]);
    expect(r.issues).toEqual([]);
    expect(r.counts.skipped).toEqual({ blank: 0, header: 0, total: 3, section: 2, notes: 1 });
  });

  it("收款记录: 当日合计 and 本周合计 rows are skipped, never summed again", () => {
    const r = read(
      sheet("收款记录", [
        ["收据号", "收款日期", "房号", "收费项目", "所属期间", "实收金额", "收款方式"],
        ["NO.1201", 46331, "1-1-101", "物业管理费", "2026-11", 300, "微信"],
        ["NO.1202", 46331, "1-1-102", "停车费", "2026-11", 150, "现金"],
        ["当日合计", null, null, null, null, 450, null],
        ["NO.1203", 46332, "2-1-201", "物业管理费", "2026-11", 200, "支付宝"],
        [null, "当日合计", null, null, null, 200],
        ["本周合计", null, null, null, null, 650],
        ["收款人：陈晓　　复核："],
      ]),
      PAYMENT_TABLE,
    );
    expect(r.rows.map((x) => x.values.amount)).toEqual([30_000, 15_000, 20_000]);
    expect(r.counts.skipped.total).toBe(3);
    expect(r.issues).toEqual([]);
  });

  it("用款计划: 一、工程部 gives the department a sheet without a department column lacks", () => {
    const values: CellValue[][] = [
      ["2026年12月 用款计划表"],
      ["序号", "用途", "金额", "日期", "备注"],
      ["一、工程部"],
      [1, "电梯维保费", 3200, 46366, "第四季度"],
      [2, "维修材料", 860.5, 46374, null],
      ["工程部小计", null, 4060.5, null, null],
      ["二、保洁部"],
      [3, "垃圾清运费", 1500, 46361, null],
      ["合计", null, 5560.5, null, null],
      ["编制：李敏　　项目负责人：　　会计："],
    ];
    const r = read(sheet("用款计划", values), SPENDING_TABLE);
    expect(r.rows.map((x) => [x.row, x.values.department, x.values.purpose])).toEqual([
      [4, "工程部", "电梯维保费"],
      [5, "工程部", "维修材料"],
      [8, "保洁部", "垃圾清运费"],
    ]);
    expect(r.issues).toEqual([]);
    // without a heading right below the header, the required department column is missing, as before
    const bare = read(
      sheet(
        "用款计划",
        values.filter((_, i) => i !== 2),
      ),
      SPENDING_TABLE,
    );
    expect(bare.issues.map((i) => [i.code, i.params?.["field"]])).toEqual([
      ["missing_required_column", "department"],
    ]);
  });

  it("水电费缴费台账: 一、水费 gives each bill its type; 水费小计 rows are skipped", () => {
    const r = read(
      sheet("水电费缴费台账", [
        ["序号", "缴费日期", "抄表期间", "用量", "缴费金额", "经办人", "备注"],
        ["一、水费"],
        [1, 46287, "2026年7-8月", "120吨", 160, "李敏", null],
        [2, 46316, "2026.09-2026.10", "95吨", 180, "李敏", null],
        ["水费小计", null, null, null, 340, null, null],
        ["二、电费"],
        [3, 46307, "2026-10", "300度", 250, "张伟", null],
        ["电费小计", null, null, null, 250, null, null],
        ["合计", null, null, null, 590, null, null],
        ["经办人：李敏　　审核："],
      ]),
      UTILITY_BILL_TABLE,
    );
    expect(r.rows.map((x) => [x.values.utility, x.values.amount])).toEqual([
      ["水费", 16_000],
      ["水费", 18_000],
      ["电费", 25_000],
    ]);
    expect(r.issues).toEqual([]);
  });

  it("a department heading without an ordinal (工程部) heads the employees below it", () => {
    const r = read(
      sheet("员工名单", [
        ["工号", "姓名", "岗位"],
        ["工程部"],
        ["E01", "赵强", "维修工"],
        ["一、客服部"],
        ["E02", "李敏", "客服主管"],
      ]),
      EMPLOYEE_TABLE,
    );
    expect(r.rows.map((x) => [x.values.name, x.values.department])).toEqual([
      ["赵强", "工程部"],
      ["李敏", "客服部"],
    ]);
  });

  it("reports a heading its column cannot take at the heading, and supplies nothing from it", () => {
    const r = read(
      sheet("水电费缴费台账", [
        ["缴费日期", "抄表期间", "缴费金额"],
        ["一、水费及污水处理费（含二次供水加压泵房电费分摊）"],
        [46287, "2026年7-8月", 160],
      ]),
      UTILITY_BILL_TABLE,
    );
    // the type is required: the row has none, so it is left out, with the heading's problem listed first; the
    // sheet has no type column, so the row's error names its key column (缴费日期)
    expect(r.rows).toEqual([]);
    expect(issueAt(r)).toEqual([
      ["text_too_long", "warning", "A2"],
      ["value_required", "error", "A3"],
    ]);
  });
});

describe("unlabelled totals", () => {
  // 领料单 lines with a subtotal row whose label was left out (only the figures), and a grand total
  const values: CellValue[][] = [
    ["物资名称", "规格", "单位", "数量", "单价", "金额"],
    ["垃圾袋", "90×100", "包", 30, 12, 360],
    ["拖把", "旋转式", "把", 3, 45, 135],
    [null, null, null, 33, null, 495], // the section's sum
    ["LED灯管", "T8", "支", 40, 12.8, 512],
    ["水龙头", "4分", "个", 6, 35, 210],
    [null, null, null, 46, null, 722], // the second section's sum
    [null, null, null, 79, null, 1217], // the grand total
    [null, null, null, 5, null, 60], // no sum of anything: a row missing its item
  ];
  const r = read(sheet("领料", values), REQUEST_TABLE);

  it("skips a row with no key field whose figures equal the rows above it", () => {
    expect(r.rows.map((x) => x.row)).toEqual([2, 3, 5, 6]);
    expect(r.counts.skipped.total).toBe(3);
  });

  it("reads any other row without a key field as data, with its issue", () => {
    expect(r.rejectedRows).toEqual([9]);
    expect(issueAt(r)).toEqual([["value_required", "error", "A9"]]);
  });

  it("needs two rows to sum: a lone row's copy is a row missing its item", () => {
    const lone = read(
      sheet("领料", [
        ["物资名称", "单位", "数量"],
        ["垃圾袋", "包", 30],
        [null, null, 30],
      ]),
      REQUEST_TABLE,
    );
    expect(lone.rejectedRows).toEqual([3]);
  });
});

describe("notes and signature rows", () => {
  it("end the table: nothing below them is data", () => {
    const r = read(
      sheet("盘点表", [
        ["物资名称", "单位", "数量"],
        ["扫把", "把", 14],
        [],
        [null, "盘点人：周强", null, "监盘人：李敏"],
        [null, "日期：2026年11月25日"],
        ["洗手液", "瓶", 27],
      ]),
      REQUEST_TABLE,
    );
    expect(r.rows.map((x) => x.values.item)).toEqual(["扫把"]);
    expect(r.counts.skipped).toEqual({ blank: 1, header: 0, total: 0, section: 0, notes: 3 });
  });

  it("above the first data row are instructions: skipped, and the table goes on", () => {
    const r = read(
      sheet("申购单", [
        ["物资名称", "单位", "数量"],
        ["注：带*为必填项，数量以最小包装计"],
        ["扫把", "把", 14],
      ]),
      REQUEST_TABLE,
    );
    expect(r.rows.map((x) => x.values.item)).toEqual(["扫把"]);
    expect(r.counts.skipped.notes).toBe(1);
  });
});

describe("a total word outside the row's label: data, never skipped", () => {
  const REQUEST_HEADER = ["序号", "类别", "物资名称", "规格", "单位", "数量", "单价", "金额"];
  const CHARGE_HEADER = ["房号", "业主", "收费项目", "所属月份", "应收金额"];
  it.each<[string, TableSpec, CellValue[][], number[], [string, string, string][]]>([
    [
      "a request line whose 类别 says 合计, and a 合计 row after it",
      REQUEST_TABLE,
      [
        REQUEST_HEADER,
        [1, "合计", "订书机", "", "个", 3, 20, 60],
        ["合计", null, null, null, null, 3, null, 60],
      ],
      [2],
      [],
    ],
    [
      "an item named 合计器 with its unit",
      REQUEST_TABLE,
      [REQUEST_HEADER, [1, "办公用品", "合计器", "XL-1", "台", 2, 50, 100]],
      [2],
      [],
    ],
    [
      "a 类别 of 小计 with the unit but no item: an error at the item, not a skipped row",
      REQUEST_TABLE,
      [REQUEST_HEADER, [1, "小计", null, null, "支", 5, 2, 10]],
      [],
      [["value_required", "error", "C2"]],
    ],
    [
      "a charge whose owner is 合计 Ltd",
      CHARGE_TABLE,
      [
        CHARGE_HEADER,
        ["1-1-101", "合计商贸公司", "物业管理费", "2026-10", 300],
        ["1栋小计", null, null, null, 300],
      ],
      [2],
      [],
    ],
    [
      "a charge whose unit reads 小计 with its owner and fee type",
      CHARGE_TABLE,
      [CHARGE_HEADER, ["小计", "张伟", "物业管理费", "2026-10", 300]],
      [2],
      [],
    ],
  ])("%s", (_what, spec, values, rows, issues) => {
    const r = read(sheet("表", values), spec);
    expect(r.rows.map((x) => x.row)).toEqual(rows);
    expect(issueAt(r)).toEqual(issues);
    expect(r.counts.read + r.counts.rejected + r.counts.skipped.total).toBe(values.length - 1);
  });
});
