import type { Issue } from "../../../issues";
import type { BookData, CellValue, SheetData } from "../../../table/sheetData";
import type { JobParams } from "../../job";

/** Headers of the golden workbook's three sheets. */
export const CHARGE_HEADER = ["房号", "业主", "收费项目", "所属期间", "应收金额", "到期日"];
export const PAYMENT_HEADER = ["收据号", "收款日期", "房号", "收费项目", "所属期间", "实收金额", "收款方式"];
export const BILL_HEADER = ["缴费日期", "类型", "账单金额", "抄表期间"];

/*
 * The golden month 2026-10, as of 2026-10-31. A = 1-1-101, B = 1-1-102.
 * Charges: A 物业管理费 09 200, 10 200, 11 200 (not billed at 10-31); B 物业管理费 08 300, 10 300;
 *          A 水费 09 40, 10 50; B 水费 09 60, 10 70; A 电费 09 75, 10 100.
 * Payments: 09-20 A 物业管理费 names 09, 200 -> September paid before the month.
 *           10-05 B 物业管理费 names 08, 300 -> arrears collected 300.
 *           10-08 A 物业管理费 names 10, 400 -> October 200, the other 200 to November (prepaid).
 *           10-15 B 物业管理费 no month, 100 -> B's oldest unpaid charge, October: 100.
 *           10-20 A 水费 names 10, 50 -> paid.   11-02 B 水费 70 -> after month end, not counted.
 * 物业管理费: receivable 200 + 300 = 500.00; collected 200 + 100 = 300.00; rate 300/500 = 0.6000;
 *            arrears collected 300.00; prepaid 200.00; outstanding at 10-31: B October 300 - 100 = 200.00.
 * 水费:      receivable 50 + 70 = 120.00; collected 50.00; rate 50/120 = 0.41666 -> 0.4167;
 *            outstanding October 70 + September 40 + 60 = 170.00.
 * 电费:      receivable 100.00; collected 0.00; rate 0.0000; outstanding 100 + September 75 = 175.00.
 * total:     receivable 720.00; collected 350.00; rate 350/720 = 0.48611 -> 0.4861; arrears 300.00;
 *            prepaid 200.00; outstanding 200 + 170 + 175 = 545.00.
 * Bills, compared over the billing period each covers (the bills whose period ends in October):
 *   10-20 水 230.00 read 08-21 to 10-20 -> September and October; 10-18 自来水费 10.00 gives no period ->
 *   water's two months ending with its month, September and October (a warning at D7);
 *   10-15 电 95.00 read 09-11 to 10-10 -> October; 09-15 电 80.00 read 08-11 to 09-10 -> September, not
 *   October's; 燃气 and a zero amount are errors, left out.
 * water:       paid 230 + 10 = 240.00 against September and October's 40 + 60 + 50 + 70 = 220.00:
 *              loss 240 - 220 = 20.00, rate 20/240 = 0.083333 -> 0.0833.
 * electricity: paid 95.00 against October's 100.00: loss -5.00, rate -5/95 = -0.0526315 -> -0.0526.
 * (Loss = paid - charged, as the sheet's formula D - C.)
 */
/** The golden month's charges ledger rows. */
export const CHARGES: CellValue[][] = [
  ["1-1-101", "王伟", "物业管理费", "2026-09", 200, null],
  ["1-1-101", "王伟", "物业管理费", "2026-10", 200, null],
  ["1-1-101", "王伟", "物业管理费", "2026-11", 200, null],
  ["1-1-102", "李芳", "物业管理费", "2026-08", 300, null],
  ["1-1-102", "李芳", "物业管理费", "2026-10", 300, null],
  ["1-1-101", "王伟", "水费", "2026-09", 40, null],
  ["1-1-101", "王伟", "水费", "2026-10", 50, null],
  ["1-1-102", "李芳", "水费", "2026-09", 60, null],
  ["1-1-102", "李芳", "水费", "2026-10", 70, null],
  ["1-1-101", "王伟", "电费", "2026-09", 75, null],
  ["1-1-101", "王伟", "电费", "2026-10", 100, null],
];
/** The golden month's payments. */
export const PAYMENTS: CellValue[][] = [
  ["NO.001", "2026-09-20", "1-1-101", "物业管理费", "2026-09", 200, "现金"],
  ["NO.002", "2026-10-05", "1-1-102", "物业管理费", "2026-08", 300, "微信"],
  ["NO.003", "2026-10-08", "1-1-101", "物业管理费", "2026-10", 400, "微信"],
  ["NO.004", "2026-10-15", "1-1-102", "物业管理费", null, 100, "现金"],
  ["NO.005", "2026-10-20", "1-1-101", "水费", "2026-10", 50, "支付宝"],
  ["NO.006", "2026-11-02", "1-1-102", "水费", "2026-10", 70, "支付宝"],
];
/** The golden month's utility bills, two of them bad. */
export const BILLS: CellValue[][] = [
  ["2026-10-20", "水", 230, "2026-08-21~2026-10-20"],
  ["2026-10-15", "电", 95, "2026-09-11~2026-10-10"],
  ["2026-09-15", "电", 80, "2026-08-11~2026-09-10"],
  ["2026-10-16", "燃气", 60, null],
  ["2026-10-16", "电费", 0, null],
  ["2026-10-18", "自来水费", 10, null],
];

/** A sheet of a header and rows from A1. */
export function sheet(name: string, header: CellValue[], rows: CellValue[][]): SheetData {
  return { name, values: [header, ...rows], origin: { row: 1, column: 1 } };
}

/** The golden workbook: charges, payments and bills (other bills or charges in their place). */
export const golden = (bills: CellValue[][] = BILLS, charges: CellValue[][] = CHARGES): BookData => ({
  date1904: false,
  sheets: [
    sheet("应收", CHARGE_HEADER, charges),
    sheet("实收", PAYMENT_HEADER, PAYMENTS),
    sheet("水电费缴费", BILL_HEADER, bills),
  ],
});
/** The golden month's parameters, October as of the 20th of November. */
export const params = (over: Partial<JobParams> = {}): JobParams => ({
  today: "2026-11-20",
  lang: "zh-CN",
  month: "2026-10",
  ...over,
});
/** An issue as code, severity and sheet!cell. */
export const brief = (i: Issue) => [i.code, i.severity, `${i.sheet ?? ""}!${i.column ?? ""}${i.row ?? ""}`];
