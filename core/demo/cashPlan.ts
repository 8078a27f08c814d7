import type { DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import { readTable } from "../table/readTable";
import { isoToExcelSerial } from "../values/excelSerial";
import { addMonths, daysInMonth, monthOf, type IsoDate, type YearMonth } from "../values/isoDate";
import { CHARGE_TABLE } from "../receivables/inputs";
import { collectionDemo } from "./collection";
import { defaultCashPlanMonth } from "../jobs/finance/cash-plan/period";

const ESTATE = "阳光花园";

/** One planned payment: department, purpose, amount in fen, day of the month (clamped to its length). */
type Planned = [department: string, purpose: string, fen: number, day: number, remarks: string | null];

/** What the office plans to pay every month. */
const MONTHLY: Planned[] = [
  ["工程部", "维修材料（物资采购计划）", 486050, 6, "按本月采购计划"],
  ["工程部", "电梯维保费（3台）", 360000, 8, "合同按月付"],
  ["工程部", "二次供水水箱清洗", 280000, 15, null],
  ["保洁部", "垃圾清运费", 650000, 5, "环卫所"],
  ["保洁部", "绿化养护药剂、肥料", 135000, 18, null],
  ["秩序部", "监控设备维修", 198000, 12, null],
  ["秩序部", "对讲机电池", 64000, 20, null],
  ["客服部", "社区活动物料", 240000, 22, null],
  ["办公室", "办公用品", 86000, 5, null],
  ["办公室", "电费（供电局，借款支付）", 560000, 12, "发票到后冲借款"],
];

/** Water is billed every two months (even months), paid around the 20th. */
const WATER: Planned = ["办公室", "水费（自来水公司，借款支付）", 268000, 20, "双月缴费"];

/** Fees billed in advance at a fixed amount (metered water and electricity are billed after the reading). */
const FIXED_FEES = new Set(["物业管理费", "停车费"]);

/**
 * Sample inputs of the cash plan for the month after `today` (the month it is made for by default), in the
 * estate of the collection demo: the spending plan (用款计划: title and project lines, one amount typed as
 * text `¥1,350.00`, one row already planned for the month after, a 合计 row) and next month's fixed fees
 * billed in advance (下月应收: the collection demo's property and parking fees of this month, billed again
 * for next month, so the plan has charges falling due; the collection demo's ledger ends this month).
 */
export function cashPlanDemo(today: IsoDate): DemoSheet[] {
  const month = defaultCashPlanMonth(today);
  return [spendingSheet(month), nextMonthCharges(today, month)];
}

function spendingSheet(month: YearMonth): DemoSheet {
  const planned = [...MONTHLY];
  if (Number(month.slice(5, 7)) % 2 === 0) planned.push(WATER);
  const rows: CellValue[][] = [
    [`${ESTATE} ${month.slice(0, 4)}年${Number(month.slice(5, 7))}月 用款计划`],
    [`项目：${ESTATE}`, null, null, null, "编制：办公室"],
    ["序号", "用款部门", "用途", "计划金额", "用款日期", "备注"],
  ];
  let total = 0;
  for (const [department, purpose, fen, day, remarks] of planned) {
    total += fen;
    const amount: CellValue = fen === 135000 ? "¥1,350.00" : fen / 100;
    rows.push([rows.length - 2, department, purpose, amount, serial(dayOf(month, day)), remarks]);
  }
  const next = addMonths(month, 1);
  rows.push([rows.length - 2, "工程部", "消防设施年度检测", 450000, serial(dayOf(next, 10)), "下月"]);
  total += 450000;
  rows.push([]);
  rows.push(["合计", null, null, total / 100]);
  return {
    name: "用款计划",
    rows,
    widths: [6, 10, 28, 12, 12, 18],
    formats: [
      { column: 4, format: "#,##0.00", fromRow: 4 },
      { column: 5, format: "yyyy-mm-dd", fromRow: 4 },
    ],
  };
}

function nextMonthCharges(today: IsoDate, month: YearMonth): DemoSheet {
  const ledger = collectionDemo(today).find((s) => s.name === "收费台账");
  const rows: CellValue[][] = [
    [`${ESTATE} 收费台账（${month} 预开）`],
    [`项目：${ESTATE}`, null, null, null, `期间：${month}`, null, "制表：客服部"],
    ["序号", "房号", "业主姓名", "收费项目", "所属期间", "应收金额", "到期日"],
  ];
  let total = 0;
  if (ledger !== undefined) {
    const sheet = { name: ledger.name, values: ledger.rows, origin: { row: 1, column: 1 } };
    for (const { values } of readTable(sheet, CHARGE_TABLE, { date1904: false }).rows) {
      const { unit, customer, feeType, period, amountDue, dueDate } = values;
      if (period !== monthOf(today) || feeType === null || !FIXED_FEES.has(feeType) || amountDue === null)
        continue;
      total += amountDue;
      rows.push([
        rows.length - 2,
        unit,
        customer,
        feeType,
        serial(`${month}-01`),
        amountDue / 100,
        dueDate === null ? null : serial(`${month}${dueDate.slice(7)}`),
      ]);
    }
  }
  rows.push([]);
  rows.push(["合计", null, null, null, null, total / 100]);
  return {
    name: "下月应收",
    rows,
    widths: [7, 11, 10, 11, 10, 11, 11],
    formats: [
      { column: 5, format: "yyyy-mm", fromRow: 4 },
      { column: 6, format: "#,##0.00", fromRow: 4 },
      { column: 7, format: "yyyy-mm-dd", fromRow: 4 },
    ],
  };
}

function dayOf(month: YearMonth, day: number): IsoDate {
  const last = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5, 7)));
  return `${month}-${String(Math.min(day, last)).padStart(2, "0")}`;
}

function serial(iso: IsoDate): number {
  return isoToExcelSerial(iso, false);
}
