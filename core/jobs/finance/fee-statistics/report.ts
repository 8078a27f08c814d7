import type { Dec } from "../../../values/decimal";
import { formatRate } from "../../../values/format";
import type { IsoDate, YearMonth } from "../../../values/isoDate";
import { formatFen } from "../../../values/scaledFormat";
import type { FeeStatistics, MonthFigures } from "./statistics";
import type { Utility } from "./utility";

/** A fee type's (or the total's) month as the JSON report gives it: money with two decimals, the rate with four. */
export interface MonthFiguresReport {
  receivable: string;
  collected: string;
  rate: string | null;
  arrearsCollected: string;
  prepaid: string;
  outstanding: string;
}

/** The fee statistics job's report (`--json`); its figures are the collection job's for the same month. */
export interface FeeStatisticsReport {
  job: "fee-statistics";
  month: YearMonth;
  asOf: IsoDate;
  feeTypes: (MonthFiguresReport & { feeType: string })[];
  total: MonthFiguresReport;
  utilities: {
    utility: Utility;
    feeTypes: string[];
    charged: string;
    paid: string;
    loss: string;
    lossRate: string | null;
  }[];
}

const rate = (d: Dec | null) => (d === null ? null : formatRate(d));

function figures(f: MonthFigures): MonthFiguresReport {
  return {
    receivable: formatFen(f.receivableFen),
    collected: formatFen(f.collectedFen),
    rate: rate(f.rate),
    arrearsCollected: formatFen(f.arrearsCollectedFen),
    prepaid: formatFen(f.prepaidFen),
    outstanding: formatFen(f.outstandingFen),
  };
}

/** Builds the report from the month's statistics. */
export function buildFeeStatisticsReport(stats: FeeStatistics): FeeStatisticsReport {
  return {
    job: "fee-statistics",
    month: stats.month,
    asOf: stats.asOf,
    feeTypes: stats.feeTypes.map((f) => ({ feeType: f.feeType, ...figures(f) })),
    total: figures(stats.total),
    utilities: stats.utilities.map((u) => ({
      utility: u.utility,
      feeTypes: [...u.feeTypes],
      charged: formatFen(u.chargedFen),
      paid: formatFen(u.paidFen),
      loss: formatFen(u.lossFen),
      lossRate: rate(u.lossRate),
    })),
  };
}
