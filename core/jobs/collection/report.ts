import type { IsoDate, YearMonth } from "../../values/isoDate";
import type { Lang } from "../../i18n/label";
import { fenText, ZERO_FEN } from "../../values/money";
import { rateText } from "../../values/rate";
import type { CollectionFigures } from "../../receivables/rates";
import type { EngineResult } from "../../receivables/runEngine";
import type { ClerkNote } from "../../receivables/clerkNotes";

/** Collection figures as the JSON report gives them: money with two decimals, rates with four. */
export interface FiguresReport {
  currentReceivable: string;
  currentCollected: string;
  currentRate: string | null;
  openingArrears: string;
  arrearsCollected: string;
  arrearsRate: string | null;
  overallRate: string | null;
  householdRate: string | null;
  gapToTarget: string | null;
  prepaid: string;
}

/** One receivables row as the JSON report gives it. */
export interface ReceivableReport {
  unit: string;
  customer: string | null;
  feeType: string;
  fromPeriod: YearMonth;
  toPeriod: YearMonth;
  months: number;
  outstanding: string;
  oldestDue: IsoDate;
  bucket: string;
  reason: string | null;
  expectedDate: IsoDate | null;
  promiseBroken: boolean;
}

/** The collection job's report: the contract other tools read (`--json`). */
export interface CollectionReport {
  job: "collection";
  from: YearMonth;
  to: YearMonth;
  asOf: IsoDate;
  feeTypes: (FiguresReport & { feeType: string; target: string | null })[];
  total: FiguresReport;
  ageing: {
    buckets: { label: string; minDays: number | null; maxDays: number | null; amount: string }[];
    total: string;
  };
  receivables: ReceivableReport[];
}

function figures(f: CollectionFigures): FiguresReport {
  return {
    currentReceivable: fenText(f.currentReceivable),
    currentCollected: fenText(f.currentCollected),
    currentRate: rateText(f.currentRate),
    openingArrears: fenText(f.openingArrears),
    arrearsCollected: fenText(f.arrearsCollected),
    arrearsRate: rateText(f.arrearsRate),
    overallRate: rateText(f.overallRate),
    householdRate: rateText(f.householdRate),
    gapToTarget: f.gapToTarget === null ? null : fenText(f.gapToTarget),
    prepaid: fenText(f.prepaid),
  };
}

/** A promised payment date that has passed while something is still outstanding. */
export function isPromiseBroken(expectedDate: IsoDate | null, asOf: IsoDate): boolean {
  return expectedDate !== null && expectedDate < asOf;
}

/** Builds the report from the engine's result and the clerk's notes per receivables row (same order). */
export function buildCollectionReport(
  engine: EngineResult,
  notes: readonly (ClerkNote | undefined)[],
  lang: Lang,
): CollectionReport {
  const { figures: result, ageing } = engine;
  return {
    job: "collection",
    from: result.period.from,
    to: result.period.to,
    asOf: result.asOf,
    feeTypes: result.feeTypes.map((f) => ({
      feeType: f.feeType,
      ...figures(f),
      target: rateText(f.target),
    })),
    total: figures(result.total),
    ageing: {
      buckets: ageing.buckets.map((b, i) => ({
        label: b.label[lang],
        minDays: b.minDays,
        maxDays: b.maxDays,
        amount: fenText(ageing.total.amounts[i] ?? ZERO_FEN),
      })),
      total: fenText(ageing.total.total),
    },
    receivables: engine.receivables.map((r, i) => {
      const note = notes[i];
      const expectedDate = note?.expectedDate ?? null;
      return {
        unit: r.unit,
        customer: r.customer,
        feeType: r.feeType,
        fromPeriod: r.fromPeriod,
        toPeriod: r.toPeriod,
        months: r.months,
        outstanding: fenText(r.outstanding),
        oldestDue: r.oldestDue,
        bucket: r.bucket.label[lang],
        reason: note?.reason ?? null,
        expectedDate,
        promiseBroken: isPromiseBroken(expectedDate, result.asOf),
      };
    }),
  };
}
