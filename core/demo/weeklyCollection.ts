import { COLLECTION_TABLES } from "../receivables/inputs";
import { placeAlone } from "../table/placedSheets";
import type { DemoSheet } from "./demoSheet";
import type { BookData, CellValue } from "../table/sheetData";
import { isoToExcelSerial } from "../values/excelSerial";
import { addDays, type IsoDate } from "../values/isoDate";
import { collectionDemo } from "./collection";
import { readCollectionInputs } from "../receivables/readInputs";
import { latestWednesday, weekEnding, type CollectionWeek } from "../jobs/finance/weekly-collection/week";
import { weekTotals } from "../jobs/finance/weekly-collection/weekTotals";

const ESTATE = "阳光花园";
const HANDED_BY = "陈晓";
const CASHIER = "周丽";
/** Methods whose money passes through the cashier's hands: cash, and the POS slips. */
const HANDED_METHODS = ["现金", "银行卡/POS"] as const;
/** The cash found short in the latest week (fen), so the demo shows a difference. */
const SHORT_FEN = 5000;

/**
 * The cashier's handover record (出纳交接) for the two latest weeks of the collection demo's payments: cash
 * and POS slips per week, handed over on the Thursday after the week (on the Wednesday itself when that
 * Thursday is after `today`). The latest week's cash is 50.00 short; the week before balances. Only this
 * sheet: the charges and payments are the collection demo's.
 */
export function weeklyCollectionDemo(today: IsoDate): DemoSheet[] {
  const demo = collectionDemo(today);
  const book: BookData = {
    date1904: false,
    sheets: demo.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
  };
  const { payments } = readCollectionInputs(placeAlone(book, COLLECTION_TABLES));
  const latest = weekEnding(latestWednesday(today));
  const before = weekEnding(addDays(latest.from, -1));
  const rows: CellValue[][] = [
    [`${ESTATE} 出纳交接登记表`],
    ["说明：每周四将上周四至本周三所收现金及刷卡签购单交出纳，双方当面清点签字"],
    ["序号", "交接日期", "收款方式", "交接金额", "交款人", "出纳", "备注"],
  ];
  let totalFen = 0;
  for (const week of [before, latest]) {
    const byMethod = weekTotals(payments, week).byMethod;
    const date = handoverDate(week, today);
    for (const method of HANDED_METHODS) {
      const collected = byMethod.get(method) ?? 0;
      if (collected <= 0) continue;
      const short = week === latest && method === "现金" && collected >= 2 * SHORT_FEN;
      const fen = short ? collected - SHORT_FEN : collected;
      totalFen += fen;
      rows.push([
        rows.length - 2,
        serial(date),
        method === "银行卡/POS" ? "刷卡" : method,
        fen / 100,
        HANDED_BY,
        CASHIER,
        short ? "现金短款50元，待查" : `${week.from}至${week.to}`,
      ]);
    }
  }
  rows.push([]);
  rows.push(["合计", null, null, totalFen / 100]);
  return [
    {
      name: "出纳交接",
      rows,
      widths: [7, 12, 10, 12, 9, 9, 24],
      formats: [
        { column: 2, format: "yyyy-mm-dd", fromRow: 4 },
        { column: 4, format: "#,##0.00", fromRow: 4 },
      ],
    },
  ];
}

function handoverDate(week: CollectionWeek, today: IsoDate): IsoDate {
  const thursday = addDays(week.to, 1);
  return thursday <= today ? thursday : week.to;
}

function serial(iso: IsoDate): number {
  return isoToExcelSerial(iso, false);
}
