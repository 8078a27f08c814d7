import type { IsoDate, YearMonth } from "../../../values/isoDate";
import { fenText, type Fen } from "../../../values/money";
import { rateText } from "../../../values/rate";
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
  utilities: UtilityLossReport[];
}

/**
 * A utility's loss as the JSON report gives it: the bills whose billing period ends in the month against
 * what residents were charged for `periodFrom`..`periodTo`; without such a bill the period, charge, loss
 * and rate are null and `bills` is empty (本月无缴费).
 */
export interface UtilityLossReport {
  utility: Utility;
  feeTypes: string[];
  periodFrom: YearMonth | null;
  periodTo: YearMonth | null;
  charged: string | null;
  paid: string;
  loss: string | null;
  lossRate: string | null;
  bills: {
    date: IsoDate;
    amount: string;
    periodFrom: YearMonth;
    periodTo: YearMonth;
    /** True when the bill gave no readable period and the usual one was assumed. */
    periodAssumed: boolean;
  }[];
}

const money = (fen: Fen | null) => (fen === null ? null : fenText(fen));

function figures(f: MonthFigures): MonthFiguresReport {
  return {
    receivable: fenText(f.receivableFen),
    collected: fenText(f.collectedFen),
    rate: rateText(f.rate),
    arrearsCollected: fenText(f.arrearsCollectedFen),
    prepaid: fenText(f.prepaidFen),
    outstanding: fenText(f.outstandingFen),
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
      periodFrom: u.period?.from ?? null,
      periodTo: u.period?.to ?? null,
      charged: money(u.chargedFen),
      paid: fenText(u.paidFen),
      loss: money(u.lossFen),
      lossRate: rateText(u.lossRate),
      bills: u.bills.map((b) => ({
        date: b.date,
        amount: fenText(b.amountFen),
        periodFrom: b.period.from,
        periodTo: b.period.to,
        periodAssumed: b.periodAssumed,
      })),
    })),
  };
}
