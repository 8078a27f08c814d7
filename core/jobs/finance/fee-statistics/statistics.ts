import { issue, type Issue } from "../../../issues";
import type { Dec } from "../../../values/decimal";
import type { IsoDate, YearMonth } from "../../../values/isoDate";
import type { Fen } from "../../../values/money";
import { fenText, minusFen, sumFen, ZERO_FEN } from "../../../values/money";
import { rateOf } from "../../../values/rate";
import { collectionFigures } from "../../../receivables/rates";
import type { EngineResult } from "../../../receivables/runEngine";
import type { MonthSpan } from "./monthSpan";
import type { UtilityBill } from "./readUtilityBills";
import { UTILITIES, UTILITY_LABEL, utilityOf, type Utility } from "./utility";

/** One fee type's month (or the month's total), all as the collection job computes them. */
export interface MonthFigures {
  /** 本月应收: the month's charges billed by month end. */
  receivableFen: Fen;
  /** 本月实收: what was paid towards them (prepayments made earlier included). */
  collectedFen: Fen;
  /** 当期收缴率 = collected / receivable, 4 decimals; null when nothing is receivable. */
  rate: Dec | null;
  /** 清欠: payments dated in the month that went to earlier months' charges. */
  arrearsCollectedFen: Fen;
  /** 预收 at month end. */
  prepaidFen: Fen;
  /** 月末欠费: everything billed and unpaid at month end (the ageing total). */
  outstandingFen: Fen;
}

/**
 * A utility's bills whose billing period ends in the month, against what residents were charged for the
 * months those bills cover. A month with no such bill (本月无缴费) has no period, no charge compared and no loss.
 */
export interface UtilityLoss {
  utility: Utility;
  /** The fee types that charge this utility to residents (水费, 公摊水费...). */
  feeTypes: string[];
  /** The months compared: from the earliest start of the bills ending in the month to the month; null without a bill. */
  period: MonthSpan | null;
  /** 向住户收取: the receivable of the utility's fee types for the period's months; null without a bill. */
  chargedFen: Fen | null;
  /** The bills whose period ends in the month (0 without one). */
  paidFen: Fen;
  /** 损耗 = paid - charged; null without a bill, never a loss made up from a missing bill. */
  lossFen: Fen | null;
  /** loss / paid, 4 decimals half-up; null without a bill. */
  lossRate: Dec | null;
  bills: UtilityBill[];
}

/** The month's fee statistics (费用统计表). */
export interface FeeStatistics {
  month: YearMonth;
  asOf: IsoDate;
  feeTypes: (MonthFigures & { feeType: string })[];
  total: MonthFigures;
  /** Water then electricity, each when a fee type charges it or a bill whose period ends in the month pays it. */
  utilities: UtilityLoss[];
  issues: Issue[];
}

/**
 * The fee statistics of a month from the collection engine run for that month (so every figure is the
 * collection job's own) and the utility bills: per utility, the bills whose billing period ends in the month
 * against the receivable of its fee types over the months those bills cover (the collection figures of that
 * span at the same as-of date). A utility paid with no fee type charging it is a warning
 * (`utility_without_fee_type`): all it cost counts as loss.
 */
export function feeStatistics(
  engine: EngineResult,
  bills: readonly UtilityBill[],
  month: YearMonth,
): FeeStatistics {
  const outstanding = new Map(engine.ageing.byFeeType.map((a) => [a.feeType, a.total]));
  const feeTypes = engine.figures.feeTypes.map((f) => ({
    feeType: f.feeType,
    receivableFen: f.currentReceivable,
    collectedFen: f.currentCollected,
    rate: f.currentRate,
    arrearsCollectedFen: f.arrearsCollected,
    prepaidFen: f.prepaid,
    outstandingFen: outstanding.get(f.feeType) ?? ZERO_FEN,
  }));
  const t = engine.figures.total;
  const total: MonthFigures = {
    receivableFen: t.currentReceivable,
    collectedFen: t.currentCollected,
    rate: t.currentRate,
    arrearsCollectedFen: t.arrearsCollected,
    prepaidFen: t.prepaid,
    outstandingFen: engine.ageing.total.total,
  };
  const utilities: UtilityLoss[] = [];
  const issues: Issue[] = [];
  for (const utility of UTILITIES) {
    const charging = feeTypes.filter((f) => utilityOf(f.feeType) === utility).map((f) => f.feeType);
    const paid = bills.filter((b) => b.utility === utility && b.period.to === month);
    if (charging.length === 0 && paid.length === 0) continue;
    if (paid.length === 0) {
      utilities.push({
        utility,
        feeTypes: charging,
        period: null,
        chargedFen: null,
        paidFen: ZERO_FEN,
        lossFen: null,
        lossRate: null,
        bills: [],
      });
      continue;
    }
    const from = paid.reduce((first, b) => (b.period.from < first ? b.period.from : first), month);
    const figures =
      from === month
        ? engine.figures
        : collectionFigures(engine.allocation, { from, to: month }, engine.figures.asOf, []);
    const chargedFen = sumFen(
      figures.feeTypes.filter((f) => utilityOf(f.feeType) === utility).map((f) => f.currentReceivable),
    );
    const paidFen = sumFen(paid.map((b) => b.amountFen));
    const lossFen = minusFen(paidFen, chargedFen);
    utilities.push({
      utility,
      feeTypes: charging,
      period: { from, to: month },
      chargedFen,
      paidFen,
      lossFen,
      lossRate: rateOf(lossFen, paidFen),
      bills: paid,
    });
    if (charging.length === 0) {
      issues.push(
        issue("utility_without_fee_type", "warning", paid[0]!.source, {
          utility: UTILITY_LABEL[utility],
          paid: fenText(paidFen),
        }),
      );
    }
  }
  return { month, asOf: engine.figures.asOf, feeTypes, total, utilities, issues };
}
