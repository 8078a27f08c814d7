/**
 * Each job's summary lines in the three languages (issue 19): amounts with thousands separators, English counts in
 * the right number, the purchase plan's hand-in deadline named as such. The reports are the few figures a summary
 * reads, as the jobs' reports hold them (money as decimal text).
 */
import { describe, expect, it } from "vitest";
import type { JobDefinition } from "./job";
import type { Lang } from "../i18n/label";
import { PURCHASE_PLAN_JOB } from "./purchase-plan/job";
import { ATTENDANCE_JOB } from "./attendance/job";
import { COLLECTION_JOB } from "./collection/job";
import { INVENTORY_JOB } from "./inventory/job";
import { ADVANCES_JOB } from "./finance/advances/job";
import { CASH_PLAN_JOB } from "./finance/cash-plan/job";
import { WEEKLY_COLLECTION_JOB } from "./finance/weekly-collection/job";
import { FEE_STATISTICS_JOB } from "./finance/fee-statistics/job";

/** A job's summary of a report holding only the figures the summary reads. */
function summary<R>(job: JobDefinition<R>, report: object, lang: Lang): string[] {
  return job.summarize(report as R, lang);
}

const plan = (lines: number, departments: number) => ({
  month: "2027-01",
  lines: Array.from({ length: lines }, () => ({})),
  departments: Array.from({ length: departments }, (_, i) => `部门${i}`),
  totals: { amount: "52705.80" },
  dueDate: "2026-12-04",
});

const attendance = (employees: number, absent: string, late: number, overtime: string) => ({
  month: "2026-12",
  workingDays: 1,
  totals: { employees, absent, late, overtime: { workday: overtime, restday: "0", holiday: "0" } },
});

const advances = (count: number) => ({
  asOf: "2026-12-04",
  totals: { loans: count, amount: "43860.00", offset: "41836.40", openBalance: "2023.60" },
  flags: {
    lateInvoices: count,
    overdueLoans: 0,
    unsignedLoans: count,
    unsignedVouchers: 0,
    unmatchedVouchers: count,
  },
});

const week = (count: number, voided: number) => ({
  from: "2026-11-26",
  to: "2026-12-02",
  total: "5655.01",
  payments: count,
  voided,
  receiptGaps: Array.from({ length: count }, () => ({})),
  duplicateReceipts: Array.from({ length: count }, () => ({})),
  handoverDifference: { cash: { difference: "-1050.00" } },
});

const CASES: [string, () => string[], string[]][] = [
  [
    "purchase plan, zh-CN",
    () => summary(PURCHASE_PLAN_JOB, plan(35, 5), "zh-CN"),
    ["计划 2027-01：35 行，5 个部门，金额合计 52,705.80 元，报送截止 2026-12-04"],
  ],
  [
    "purchase plan, zh-TW",
    () => summary(PURCHASE_PLAN_JOB, plan(35, 5), "zh-TW"),
    ["計劃 2027-01：35 列，5 個部門，金額合計 52,705.80 元，報送截止 2026-12-04"],
  ],
  [
    "purchase plan, en, many",
    () => summary(PURCHASE_PLAN_JOB, plan(35, 5), "en"),
    ["Plan 2027-01: 35 lines from 5 departments, total 52,705.80 yuan, due 2026-12-04"],
  ],
  [
    "purchase plan, en, one",
    () => summary(PURCHASE_PLAN_JOB, plan(1, 1), "en"),
    ["Plan 2027-01: 1 line from 1 department, total 52,705.80 yuan, due 2026-12-04"],
  ],
  [
    "attendance, en, one of each",
    () => summary(ATTENDANCE_JOB, attendance(1, "1", 1, "1"), "en"),
    ["2026-12 attendance: 1 employee, 1 working day; 1 day absent, late 1 time, 1 overtime hour"],
  ],
  [
    "attendance, en, none and halves",
    () => summary(ATTENDANCE_JOB, attendance(47, "0", 0, "5.5"), "en"),
    ["2026-12 attendance: 47 employees, 1 working day; 0 days absent, late 0 times, 5.5 overtime hours"],
  ],
  [
    "attendance, zh-CN",
    () => summary(ATTENDANCE_JOB, attendance(1, "1", 1, "1"), "zh-CN"),
    ["2026-12 考勤表：1 人，本月工作日 1 天；旷工 1 天，迟到 1 次，加班 1 小时"],
  ],
  [
    "collection, en, one row",
    () =>
      summary(
        COLLECTION_JOB,
        {
          from: "2026-11",
          to: "2026-11",
          asOf: "2026-11-30",
          total: { currentRate: "0.7014" },
          ageing: { total: "158471.48" },
          receivables: [{}],
        },
        "en",
      ),
    ["2026-11 as of 2026-11-30: current rate 70.14%, outstanding 158,471.48 yuan (1 row)"],
  ],
  [
    "inventory, en, one each",
    () =>
      summary(
        INVENTORY_JOB,
        {
          month: "2026-12",
          items: [{}],
          totals: { closingValue: "23449.58", varianceValue: "-1050.50" },
          countDate: "2026-12-04",
          exceptions: [{}],
        },
        "en",
      ),
    [
      "2026-12 stock ledger: 1 item, closing value 23,449.58 yuan, counted on 2026-12-04, count variance -1,050.50 yuan, 1 exception",
    ],
  ],
  [
    "advances, en, one each",
    () => summary(ADVANCES_JOB, advances(1), "en"),
    [
      "As of 2026-12-04: 1 loan of 43,860.00 yuan, 41,836.40 offset, 2,023.60 open; 1 invoice late or overdue, 1 slip or voucher not fully signed, 1 voucher matching no loan",
    ],
  ],
  [
    "advances, zh-TW",
    () => summary(ADVANCES_JOB, advances(2), "zh-TW"),
    [
      "截至 2026-12-04：借款 2 筆共 43,860.00 元，已沖銷 41,836.40 元，未沖銷 2,023.60 元；發票逾期 2 筆，缺簽字 2 張，未對應憑證 2 張",
    ],
  ],
  [
    "cash plan, en",
    () =>
      summary(
        CASH_PLAN_JOB,
        {
          month: "2027-01",
          receipts: { total: "93619.10", dueChargesTotal: "56510.30", promisedTotal: "37108.80" },
          spending: { total: "30590.50" },
          net: "63028.60",
        },
        "en",
      ),
    [
      "2027-01: expected receipts 93,619.10 yuan (charges due 56,510.30, promised 37,108.80), planned spending 30,590.50 yuan, net 63,028.60 yuan",
    ],
  ],
  [
    "weekly collection, en, one each",
    () => summary(WEEKLY_COLLECTION_JOB, week(1, 1), "en"),
    [
      "2026-11-26 to 2026-12-02: 5,655.01 yuan collected (1 payment), 1 receipt gap, 1 duplicate receipt",
      "1 voided receipt (not counted)",
      "cashier handover difference -1,050.00 yuan",
    ],
  ],
  [
    "weekly collection, zh-CN",
    () => summary(WEEKLY_COLLECTION_JOB, week(31, 0), "zh-CN"),
    [
      "2026-11-26～2026-12-02：收款 5,655.01 元（31 笔），收据缺号 31 处、重号 31 个",
      "出纳交接差额 -1,050.00 元",
    ],
  ],
  [
    "fee statistics, zh-CN",
    () =>
      summary(
        FEE_STATISTICS_JOB,
        {
          month: "2026-11",
          total: { receivable: "71329.01", collected: "50027.98", rate: "0.7014", outstanding: "158471.48" },
          utilities: [
            {
              utility: "electricity",
              periodFrom: "2026-11",
              periodTo: "2026-11",
              paid: "4108.16",
              charged: "3817.52",
              loss: "290.64",
              lossRate: "0.0707",
            },
          ],
        },
        "zh-CN",
      ),
    [
      "2026-11：应收 71,329.01 元，实收 50,027.98 元，收缴率 70.14%，月末欠费 158,471.48 元",
      "电费（2026-11）：缴费 4,108.16 元，向住户收取 3,817.52 元，损耗 290.64 元（7.07%）",
    ],
  ],
];

describe("each job's summary lines (issue 19)", () => {
  it.each(CASES)("%s", (_what, lines, expected) => {
    expect(lines()).toEqual(expected);
  });
});
