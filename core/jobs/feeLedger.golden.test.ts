import { describe, expect, it } from "vitest";
import { runJob } from "./registry";
import type { BookData, CellValue } from "../table/sheetData";
import { COLLECTION_JOB } from "./collection/job";
import { FEE_STATISTICS_JOB } from "./finance/fee-statistics/job";
import { CASH_PLAN_JOB } from "./finance/cash-plan/job";

const months = (cells: (CellValue | undefined)[]): CellValue[] =>
  Array.from({ length: 12 }, (_, i) => cells[i] ?? null);
const every = (value: CellValue, from: number, to: number): (CellValue | undefined)[] =>
  Array.from({ length: 12 }, (_, i) => (i + 1 >= from && i + 1 <= to ? value : undefined));

/*
 * A hand-worked month-wide fee ledger (收费台账, months as columns): six units of two buildings over the eleven
 * months billed by the as-of date (2026-01..11; December is in the ledger but not billed yet), one prepaid month
 * (1-101 paid December) and one unit that never paid (1-201). 物业管理费 from the title, year 2026 from the title.
 * collection --month 2026-11, as of 2026-11-30. Each month is due on its last day.
 *
 *   1-101 张伟 200.00  Jan-Nov 200 each, Dec 200 (prepaid)         已收合计 2,400  欠费 0
 *   1-102 李娜 150.00  Jan-Oct √, Nov blank                          已收合计 1,500  欠费 150
 *   1-201 王强 180.00  never paid                                     已收合计 0      欠费 1,980 (11 x 180)
 *   2-101 赵敏 250.00  Jan-Aug 250, Sep-Nov blank                    已收合计 2,000  欠费 750
 *   2-102 刘洋 120.00  Jan-Oct 120, Nov 60 (part)                     已收合计 1,260  欠费 60
 *   2-201 陈晓 300.00  Jan — (moved in in February), Feb-Nov 已缴     已收合计 typed 3,300: its months give
 *                      10 x 300 = 3,000 (ledger_total_mismatch at Q12)  欠费 0
 *
 * Current (Nov) receivable 200 + 150 + 180 + 250 + 120 + 300 = 1,200.00; collected 200 + 60 + 300 = 560.00;
 * rate 560 / 1,200 = 0.46666 -> 0.4667. The ledger has no payment dates: earlier months' amounts count as paid
 * at each month's end, so the opening arrears are what Jan-Oct still owe: 1-201 10 x 180 = 1,800 + 2-101 Sep,
 * Oct 500 = 2,300.00; arrears collected 0.00; the recovery rate unknown (null, an info issue). Overall
 * 560 / (1,200 + 2,300) = 0.1600. Households: 1-101 and 2-201 owe nothing of November: 2 / 6 = 0.3333.
 * Prepaid: 1-101's December 200.00 (taken as paid by 11-30, for a month billed after it).
 *
 * Ageing at 11-30 (age = days from each month's last day): 未到期 (Nov) 150 + 180 + 250 + 60 = 640.00;
 * 1-30 (Oct, 30 days) 180 + 250 = 430.00; 31-90 (Sep, 61) 180 + 250 = 430.00; 91-180 (Aug 91, Jul 122, Jun 153)
 * 3 x 180 = 540.00; 181-365 (May 183, Apr 214, Mar 244, Feb 275, Jan 303) 5 x 180 = 900.00; total 2,940.00
 * = the unpaid November 640 + the opening arrears 2,300.
 */
const TITLE = "阳光花园2026年度物业管理费收费台账";
const HEADER: CellValue[] = [
  "序号",
  "房号",
  "业主",
  "月应收",
  ...months(Array.from({ length: 12 }, (_, i) => `${i + 1}月`)),
  "已收合计",
  "欠费",
];
const ROWS: CellValue[][] = [
  [TITLE], // 1
  [
    "单位：元",
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    null,
    "制表日期：2026-12-02",
  ], // 2
  HEADER, // 3
  ["1栋"], // 4
  [1, "1-101", "张伟", 200, ...months(every(200, 1, 12)), 2400, 0], // 5
  [2, "1-102", "李娜", 150, ...months(every("√", 1, 10)), 1500, 150], // 6
  [3, "1-201", "王强", 180, ...months([]), 0, 1980], // 7
  ["1栋小计", null, null, 530, ...months([]), 3900, 2130], // 8
  ["2栋"], // 9
  [4, "2-101", "赵敏", 250, ...months(every(250, 1, 8)), 2000, 750], // 10
  [5, "2-102", "刘洋", 120, ...months([...every(120, 1, 10).slice(0, 10), 60]), 1260, 60], // 11
  [6, "2-201", "陈晓", 300, ...months(["—", ...every("已缴", 2, 11).slice(1)]), 3300, 0], // 12
  ["2栋小计", null, null, 670, ...months([]), 6560, 810], // 13
  ["合计", null, null, 1200, ...months([]), 10460, 2940], // 14
  ["制表人：李敏", null, null, null, null, null, "审核：", null, null, null, null, null, "客服部经理："], // 15
];

const BOOK: BookData = {
  date1904: false,
  sheets: [
    {
      name: "2026物业费",
      values: ROWS,
      origin: { row: 1, column: 1 },
      merges: [
        { top: 1, left: 1, bottom: 1, right: 18 },
        { top: 4, left: 1, bottom: 4, right: 18 },
        { top: 9, left: 1, bottom: 9, right: 18 },
      ],
    },
  ],
};

describe("a hand-worked month-wide fee ledger through the collection job", () => {
  const run = runJob(COLLECTION_JOB, BOOK, { today: "2026-12-05", lang: "zh-CN", month: "2026-11" });
  const { report } = run;

  it("reads the ledger alone: charges and payments need no sheets of their own", () => {
    expect(run.unusable).toBe(false);
    expect(run.readings.map((r) => [r.sheet, r.role, r.table["zh-CN"], r.headerRows])).toEqual([
      ["2026物业费", "fee-ledger", "收费台账（月份为列）", [3]],
    ]);
    expect(run.readings[0]!.counts).toEqual({
      read: 6,
      rejected: 0,
      skipped: { blank: 0, header: 0, total: 3, section: 2, notes: 1 },
    });
  });

  it("gives the hand-worked rates", () => {
    const figures = {
      currentReceivable: "1200.00",
      currentCollected: "560.00",
      currentRate: "0.4667",
      openingArrears: "2300.00",
      arrearsCollected: "0.00",
      arrearsRate: null,
      overallRate: "0.1600",
      householdRate: "0.3333",
      gapToTarget: null,
      prepaid: "200.00",
    };
    expect(report.feeTypes).toEqual([{ feeType: "物业管理费", target: null, ...figures }]);
    expect(report.total).toEqual(figures);
  });

  it("ages what is owed by each month's end", () => {
    expect(report.ageing.buckets.map((b) => [b.label, b.amount])).toEqual([
      ["未到期", "640.00"],
      ["1-30", "430.00"],
      ["31-90", "430.00"],
      ["91-180", "540.00"],
      ["181-365", "900.00"],
      ["1-2年", "0.00"],
      ["2-3年", "0.00"],
      ["3年以上", "0.00"],
    ]);
    expect(report.ageing.total).toBe("2940.00");
  });

  it("lists the four units that owe, the one that never paid from January", () => {
    expect(
      report.receivables.map((r) => [
        r.unit,
        r.customer,
        r.fromPeriod,
        r.toPeriod,
        r.months,
        r.outstanding,
        r.oldestDue,
        r.bucket,
      ]),
    ).toEqual([
      ["1-102", "李娜", "2026-11", "2026-11", 1, "150.00", "2026-11-30", "未到期"],
      ["1-201", "王强", "2026-01", "2026-11", 11, "1980.00", "2026-01-31", "181-365"],
      ["2-101", "赵敏", "2026-09", "2026-11", 3, "750.00", "2026-09-30", "31-90"],
      ["2-102", "刘洋", "2026-11", "2026-11", 1, "60.00", "2026-11-30", "未到期"],
    ]);
  });

  it("says why the recovery rate is empty, and where the ledger's own 已收合计 disagrees with its months", () => {
    expect(run.issues.map((i) => [i.code, i.severity, i.sheet, i.row, i.column])).toEqual([
      ["ledger_arrears_unknown", "info", "2026物业费", undefined, undefined],
      ["ledger_total_mismatch", "warning", "2026物业费", 12, "Q"],
    ]);
    expect(run.issues[1]!.params).toMatchObject({ unit: "2-201", typed: "3300.00", computed: "3000.00" });
  });

  it("leaves the 清欠率 cells empty, without a formula, and notes why under the rates", () => {
    const rates = run.sheets.find((s) => s.key.startsWith("collection/rates/"))!;
    const rows = rates.cells.filter((row) => row[0] === "物业管理费" || row[0] === "合计");
    expect(rows).toHaveLength(2);
    for (const row of rows) expect(row[8]).toBeNull();
    const texts = rates.cells.flat().filter((c): c is string => typeof c === "string");
    expect(texts.some((t) => t.includes("清欠率留空的收费项目取自收费台账"))).toBe(true);
  });
});

describe("the same ledger feeds the fee statistics and the cash plan", () => {
  it("fee statistics for November: the collection figures of the month, and the note on the recovered arrears", () => {
    // Receivable 1,200.00, collected 560.00 (0.4667), arrears collected 0.00, prepaid 200.00, owed 2,940.00.
    const run = runJob(FEE_STATISTICS_JOB, BOOK, { today: "2026-12-05", lang: "zh-CN", month: "2026-11" });
    expect(run.report.feeTypes).toEqual([
      {
        feeType: "物业管理费",
        receivable: "1200.00",
        collected: "560.00",
        rate: "0.4667",
        arrearsCollected: "0.00",
        prepaid: "200.00",
        outstanding: "2940.00",
      },
    ]);
    expect(run.issues.map((i) => [i.code, i.severity])).toEqual([
      ["ledger_arrears_unknown", "info"],
      ["ledger_total_mismatch", "warning"],
    ]);
  });

  it("the cash plan for December: every December charge not paid ahead falls due", () => {
    // December as of 11-30: 150 + 180 + 250 + 120 + 300 = 1,000.00 from five units; 1-101 paid December ahead.
    const run = runJob(CASH_PLAN_JOB, BOOK, {
      today: "2026-11-30",
      lang: "zh-CN",
      month: "2026-12",
      asOf: "2026-11-30",
    });
    expect(run.report.receipts.dueCharges).toEqual([
      { feeType: "物业管理费", charges: 5, amount: "1000.00" },
    ]);
  });
});
