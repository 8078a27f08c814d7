import type { PlacedSheets } from "../../../table/placedSheets";
import type { YearMonth } from "../../../values/isoDate";
import { percentOf } from "../../../values/rate";
import { defaultAsOf, previousMonth } from "../../periodDefaults";
import type { JobDefinition, JobParams, JobResult } from "../../job";
import { runEngine } from "../../../receivables/runEngine";
import { readCollectionInputs } from "../../../receivables/readInputs";
import { ledgerArrearsIssues } from "../../../receivables/ledgerArrears";
import { UTILITY_BILL_TABLE } from "./inputs";
import { formatMonthSpan } from "./monthSpan";
import { readUtilityBills } from "./readUtilityBills";
import { buildFeeStatisticsReport, type FeeStatisticsReport } from "./report";
import { feeStatisticsSheet } from "./sheet";
import { feeStatistics } from "./statistics";
import { FEE_STATISTICS_TEXT } from "./texts";
import { fillText } from "../../../i18n/plural";
import { groupedAmount } from "../../../values/groupedAmount";
import { UTILITY_LABEL } from "./utility";
import { FEE_STATISTICS_DECLARATION } from "./declaration";

/** The month a run covers: `params.month`, else the month before `today` (handed in by the 10th). */
export function statisticsMonth(params: JobParams): YearMonth {
  return params.month ?? previousMonth(params.today);
}

/**
 * Runs the month's fee statistics (费用统计表): the collection engine for that month as of its last day -
 * the very computation of the collection job run for the month, so the figures are the same - and the
 * utility bills whose billing period ends in the month against the water and electricity charged to
 * residents for the months those bills cover.
 */
export function runFeeStatistics(placed: PlacedSheets, params: JobParams): JobResult<FeeStatisticsReport> {
  const month = statisticsMonth(params);
  const asOf = defaultAsOf(month, params.today);
  const collection = readCollectionInputs(placed, month, asOf);
  const { charges, payments, targets } = collection;
  const engine = runEngine(charges, payments, { period: { from: month, to: month }, asOf, targets });
  const utilityBills = readUtilityBills(placed.sheets(UTILITY_BILL_TABLE), placed.book.date1904, month);
  const stats = feeStatistics(engine, utilityBills.bills, month);
  return {
    report: buildFeeStatisticsReport(stats),
    sheets: [feeStatisticsSheet(stats, params.lang)],
    issues: [
      ...collection.issues,
      ...ledgerArrearsIssues(engine.figures, payments),
      ...utilityBills.issues,
      ...stats.issues,
    ],
  };
}

/** The fee statistics job (物业管理费、电费、水费等费用统计表): its declaration, its run and its summary. */
export const FEE_STATISTICS_JOB: JobDefinition<FeeStatisticsReport> = {
  ...FEE_STATISTICS_DECLARATION,
  run: runFeeStatistics,
  summarize(report, lang) {
    return [
      fillText(FEE_STATISTICS_TEXT.summary[lang], {
        month: report.month,
        receivable: groupedAmount(report.total.receivable),
        collected: groupedAmount(report.total.collected),
        rate: percentOf(report.total.rate),
        outstanding: groupedAmount(report.total.outstanding),
      }),
      ...report.utilities.map((u) =>
        u.loss === null || u.charged === null || u.periodFrom === null || u.periodTo === null
          ? fillText(FEE_STATISTICS_TEXT.summaryNoBill[lang], { utility: UTILITY_LABEL[u.utility][lang] })
          : fillText(FEE_STATISTICS_TEXT.summaryLoss[lang], {
              utility: UTILITY_LABEL[u.utility][lang],
              period: formatMonthSpan({ from: u.periodFrom, to: u.periodTo }),
              paid: groupedAmount(u.paid),
              charged: groupedAmount(u.charged),
              loss: groupedAmount(u.loss),
              rate: percentOf(u.lossRate),
            }),
      ),
    ];
  },
};
