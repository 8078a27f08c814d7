import { COLLECTION_TABLES } from "../receivables/inputs";
import { placeAlone } from "../table/placedSheets";
import type { DemoSheet } from "./demoSheet";
import type { BookData, CellValue } from "../table/sheetData";
import { isoToExcelSerial } from "../values/excelSerial";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "../values/isoDate";
import { seededRandom } from "../values/seededRandom";
import { collectionDemo } from "./collection";
import { readCollectionInputs } from "../receivables/readInputs";
import { utilityOf, type Utility } from "../jobs/finance/fee-statistics/utility";

const ESTATE = "阳光花园";
/** Months of bills up to today's month. */
const MONTHS = 12;
/** What the utilities charge per ton / kWh (fen), the same as residents pay in the collection demo. */
const PRICE_FEN: Readonly<Record<Utility, number>> = { water: 380, electricity: 56 };
const PAYEE: Readonly<Record<Utility, string>> = { water: "市自来水公司", electricity: "市供电局" };
const TYPE: Readonly<Record<Utility, string>> = { water: "水", electricity: "电" };

interface Bill {
  date: IsoDate;
  utility: Utility;
  usage: number;
  fen: number;
  /** The meter-reading days the bill is for, as the bill prints them; null for the one bill written without. */
  period: string | null;
}

/**
 * The project's utility bills (水电费缴费) over the 12 months up to `today`, none dated after it, matched to
 * the collection demo's metered charges: electricity paid monthly on the 11th-15th for the reading of the
 * 11th to the 10th (the month residents are charged for), water every two months on the 18th-22nd for the
 * readings of the 16th two months back to the 15th (both months' charges); each main meter reads 3-12% more
 * than residents were charged (public areas, leaks). Last month's electricity bill is written without its
 * period, as clerks sometimes do, so the run for last month shows the assumption. Only this sheet: the
 * charges are the collection demo's.
 */
export function feeStatisticsDemo(today: IsoDate): DemoSheet[] {
  const random = seededRandom(20261010);
  const demo = collectionDemo(today);
  const book: BookData = {
    date1904: false,
    sheets: demo.map((s) => ({ name: s.name, values: s.rows, origin: { row: 1, column: 1 } })),
  };
  const charged = new Map<string, number>();
  for (const c of readCollectionInputs(placeAlone(book, COLLECTION_TABLES)).charges) {
    const utility = utilityOf(c.feeType);
    if (utility !== null)
      charged.set(`${utility}|${c.period}`, (charged.get(`${utility}|${c.period}`) ?? 0) + c.dueFen);
  }
  const usageOf = (utility: Utility, months: YearMonth[], loss: number) => {
    const fen = months.reduce((sum, m) => sum + (charged.get(`${utility}|${m}`) ?? 0), 0);
    return Math.round((fen / PRICE_FEN[utility]) * (1 + loss));
  };
  const bills: Bill[] = [];
  const thisMonth = monthOf(today);
  const unwritten = addMonths(thisMonth, -1);
  for (let i = MONTHS - 1; i >= 0; i--) {
    const month = addMonths(thisMonth, -i);
    const before = addMonths(month, -1);
    const power = usageOf("electricity", [month], 0.03 + 0.05 * random());
    const powerDay = 11 + Math.floor(random() * 5);
    const powerPeriod = month === unwritten ? null : `${before}-11~${month}-10`;
    if (power > 0) bills.push(bill(`${month}-${powerDay}`, "electricity", power, powerPeriod));
    if (Number(month.slice(5, 7)) % 2 === 0) {
      const water = usageOf("water", [before, month], 0.05 + 0.07 * random());
      const waterDay = 18 + Math.floor(random() * 5);
      const period = `${addMonths(month, -2)}-16~${month}-15`;
      if (water > 0) bills.push(bill(`${month}-${waterDay}`, "water", water, period));
    }
  }
  const kept = bills.filter((b) => b.date <= today);
  const rows: CellValue[][] = [
    [`${ESTATE} 水电费缴费记录`],
    ["缴费单位：市自来水公司（水费，两月一缴）、市供电局（电费，每月10日后缴）"],
    ["序号", "缴费日期", "类型", "缴费单位", "抄表期间", "用量（吨/度）", "账单金额", "备注"],
  ];
  for (const b of kept) {
    rows.push([
      rows.length - 2,
      isoToExcelSerial(b.date, false),
      TYPE[b.utility],
      PAYEE[b.utility],
      b.period,
      b.usage,
      b.fen / 100,
      b.utility === "water" ? "借款支付，发票后补" : null,
    ]);
  }
  rows.push([]);
  rows.push(["合计", null, null, null, null, null, kept.reduce((sum, b) => sum + b.fen, 0) / 100]);
  return [
    {
      name: "水电费缴费",
      rows,
      widths: [7, 12, 7, 14, 23, 12, 13, 18],
      formats: [
        { column: 2, format: "yyyy-mm-dd", fromRow: 4 },
        { column: 7, format: "#,##0.00", fromRow: 4 },
      ],
    },
  ];
}

function bill(date: IsoDate, utility: Utility, usage: number, period: string | null): Bill {
  return { date, utility, usage, fen: usage * PRICE_FEN[utility], period };
}
