import type { DemoFormula, DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import {
  evaluateWorksheetFunction,
  functionContext,
  isFunctionError,
  type FunctionArg,
  type FunctionResult,
} from "../functions/index";
import { isoToExcelSerial } from "../values/excelSerial";
import { addDays, weekday, type IsoDate } from "../values/isoDate";

/** The sheet of PropDesk's worksheet functions in the demo workbook. */
export const FUNCTIONS_DEMO_SHEET = "日历函数";

/** Days around National Day 2026: 中秋, the holidays, the make-up Saturday, and a Sunday deadline (the 25th). */
const DAYS: readonly IsoDate[] = [
  "2026-09-25",
  "2026-09-27",
  "2026-09-30",
  "2026-10-01",
  "2026-10-03",
  "2026-10-05",
  "2026-10-08",
  "2026-10-10",
  "2026-10-11",
  "2026-10-25",
];

/** Receivables for the ageing and 大写 examples: days before the as-of date they fell due, and their amount. */
const RECEIVABLES: readonly [daysOverdue: number, amount: number][] = [
  [-5, 1234.5],
  [20, 0.3],
  [75, 10005],
  [150, 1680.32],
  [300, 16409.02],
  [500, 1000000.05],
  [900, -250],
  [1500, 3280],
];

const WEEKDAYS = ["周日", "周一", "周二", "周三", "周四", "周五", "周六"];
const AS_OF_ROW = 2;
const DAYS_HEADER = 4;
const RECEIVABLES_HEADER = DAYS_HEADER + DAYS.length + 2;

/**
 * The 日历函数 sheet: dates around National Day 2026 with PROPDESK.ISWORKDAY (as 是/否), HOLIDAYCLASS and the overtime
 * rate it gives, DEADLINE, WORKDAY and NETWORKDAYS; below, receivables aged with AGEBUCKET against the as-of date in
 * A2 (`today`) and their amounts in words with RMBUPPER. Each formula cell holds the value the core computes with the
 * calendar of the workbook the sheet goes into (`workbook`'s 节假日 sheet, as the add-in reads it), so a spreadsheet
 * without the add-in shows it too.
 */
export function worksheetFunctionsDemo(today: IsoDate, workbook: readonly DemoSheet[] = []): DemoSheet[] {
  const sheets = workbook.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } }));
  const context = functionContext(sheets, false);
  const serial = (date: IsoDate) => isoToExcelSerial(date, false);
  const formulas: DemoFormula[] = [];
  const rows: CellValue[][] = [
    ["日历函数示例：PROPDESK.* 工作表函数按中国节假日和调休计算（公式需加载物业办公助手）"],
    [serial(today), "← 基准日：账龄算到这一天"],
    [],
    ["日期", "星期", "是否工作日", "日类别", "加班倍率", "截止日（遇休息日提前）", "3个工作日后", "自首行起工作日数"],
  ];
  /** A formula cell: its value computed by the core, the formula recorded at its place. */
  const cell = (column: number, formula: string, value: FunctionResult): CellValue => {
    formulas.push({ row: rows.length + 1, column, formula });
    return isFunctionError(value) ? value.error : value;
  };
  const call = (id: string, ...args: FunctionArg[]): FunctionResult =>
    evaluateWorksheetFunction(id, context, args) ?? { error: "#VALUE!" };

  const firstDay = DAYS_HEADER + 1;
  for (const date of DAYS) {
    const r = rows.length + 1;
    const kind = call("HOLIDAYCLASS", date);
    rows.push([
      serial(date),
      WEEKDAYS[weekday(date)] ?? "",
      cell(3, `IF(PROPDESK.ISWORKDAY(A${r}),"是","否")`, call("ISWORKDAY", date) === true ? "是" : "否"),
      cell(4, `PROPDESK.HOLIDAYCLASS(A${r})`, kind),
      cell(
        5,
        `IF(PROPDESK.HOLIDAYCLASS(A${r})="statutory",3,IF(PROPDESK.HOLIDAYCLASS(A${r})="restday",2,1.5))`,
        kind === "statutory" ? 3 : kind === "restday" ? 2 : 1.5,
      ),
      cell(6, `PROPDESK.DEADLINE(A${r})`, call("DEADLINE", date)),
      cell(7, `PROPDESK.WORKDAY(A${r},3)`, call("WORKDAY", date, 3)),
      cell(8, `PROPDESK.NETWORKDAYS($A$${firstDay},A${r})`, call("NETWORKDAYS", DAYS[0], date)),
    ]);
  }
  rows.push([], ["到期日", "示例金额", "大写", "账龄段", "账龄段（英文）"]);
  for (const [overdue, amount] of RECEIVABLES) {
    const r = rows.length + 1;
    const due = addDays(today, -overdue);
    rows.push([
      serial(due),
      amount,
      cell(3, `PROPDESK.RMBUPPER(B${r})`, call("RMBUPPER", amount)),
      cell(4, `PROPDESK.AGEBUCKET(A${r},$A$${AS_OF_ROW})`, call("AGEBUCKET", due, today)),
      cell(5, `PROPDESK.AGEBUCKET(A${r},$A$${AS_OF_ROW},"en")`, call("AGEBUCKET", due, today, "en")),
    ]);
  }
  return [
    {
      name: FUNCTIONS_DEMO_SHEET,
      rows,
      widths: [14, 10, 34, 14, 16, 22, 14, 18],
      formats: [
        { column: 1, format: "yyyy-mm-dd", fromRow: AS_OF_ROW },
        { column: 6, format: "yyyy-mm-dd", fromRow: firstDay },
        { column: 7, format: "yyyy-mm-dd", fromRow: firstDay },
        { column: 2, format: "#,##0.00", fromRow: RECEIVABLES_HEADER + 1 },
      ],
      formulas,
    },
  ];
}
