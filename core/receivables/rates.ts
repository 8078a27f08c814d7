import type { Dec } from "../values/decimal";
import type { IsoDate, YearMonth } from "../values/isoDate";
import { firstDayOf } from "../values/isoDate";
import { addFen, fenAtRate, minusFen, sumFen, ZERO_FEN, type Fen } from "../values/money";
import { rateOf } from "../values/rate";
import type { Allocation } from "./allocate";
import { allocatedBy } from "./allocate";
import { checkAsOf } from "./checkAsOf";
import type { Target } from "./records";

/** The period P of the figures: billing months `from` to `to`, inclusive. */
export interface CollectionPeriod {
  from: YearMonth;
  to: YearMonth;
}

/** Collection figures (收缴率) for one fee type or in total; rates are null where their base is zero. */
export interface CollectionFigures {
  /** 当期应收: charges of P billed at the as-of date. */
  currentReceivable: Fen;
  /** 当期实收: what payments dated up to the as-of date (whenever made) gave those charges. */
  currentCollected: Fen;
  /** 当期收缴率 = currentCollected / currentReceivable, 4 decimals half-up. */
  currentRate: Dec | null;
  /** 期初欠费: what charges of months before P still owed after the payments dated before P. */
  openingArrears: Fen;
  /** 清欠: what payments dated from the first day of P to the as-of date gave those charges. */
  arrearsCollected: Fen;
  /** 清欠率 = arrearsCollected / openingArrears; null as well when {@link arrearsRateUnknown}. */
  arrearsRate: Dec | null;
  /**
   * True when a payment without a date of its own (a month-wide ledger's amount) paid a charge of a month before P:
   * whether it came before P or in it cannot be known, so neither can the 清欠率. In the total: when any fee type's is.
   */
  arrearsRateUnknown: boolean;
  /** 综合收缴率 = (currentCollected + arrearsCollected) / (currentReceivable + openingArrears). */
  overallRate: Dec | null;
  /** Units charged in P (with a charge of P billed at the as-of date). */
  unitsCharged: number;
  /** Of those, units with nothing of P left unpaid at the as-of date. */
  unitsPaid: number;
  /** 户数收缴率 = unitsPaid / unitsCharged. */
  householdRate: Dec | null;
  /** The target rate (年初计划指标); null without one, and always null in the total. */
  target: Dec | null;
  /**
   * max(0, target x currentReceivable - currentCollected) rounded half-up to the fen; null without target.
   * In the total: the sum of the fee types' gaps, null when no fee type has a target.
   */
  gapToTarget: Fen | null;
  /** 预收 at the as-of date: what payments dated up to it gave no charge or charges billed after it. */
  prepaid: Fen;
}

/** The figures of one fee type. */
export interface FeeTypeFigures extends CollectionFigures {
  feeType: string;
}

/** Collection figures per fee type (in the allocation's fee-type order) and in total. */
export interface CollectionResult {
  period: CollectionPeriod;
  asOf: IsoDate;
  feeTypes: FeeTypeFigures[];
  total: CollectionFigures;
}

interface Sums {
  currentReceivable: Fen;
  currentCollected: Fen;
  openingArrears: Fen;
  arrearsCollected: Fen;
  prepaid: Fen;
  unitsCharged: number;
  unitsPaid: number;
  arrearsRateUnknown: boolean;
}

/**
 * The collection figures (docs/jobs/collection.md#rates) for the months of `period` at `asOf` (on or before the allocation's
 * date), per fee type and in total, with each fee type's target from `targets` (the last row of a fee type
 * wins). Throws a RangeError when the period ends before it starts.
 */
export function collectionFigures(
  allocation: Allocation,
  period: CollectionPeriod,
  asOf: IsoDate,
  targets: readonly Target[],
): CollectionResult {
  checkAsOf(allocation, asOf);
  if (period.from > period.to)
    throw new RangeError(`period ${period.from} to ${period.to} ends before it starts`);
  const { from, to } = period;
  const billedMonth = asOf.slice(0, 7);
  // The last month whose charges count: billed by the as-of date and within the period.
  const lastMonth = billedMonth < to ? billedMonth : to;
  const periodStart = firstDayOf(from);
  const whole = asOf === allocation.asOf;
  const byFee = new Map<string, Sums>(allocation.feeTypes.map((f) => [f, zeroSums()]));
  const unitPaid = new Map<string, boolean>();
  for (const account of allocation.accounts) {
    const sums = byFee.get(account.feeType)!;
    const { charges, payments, parts } = account;
    const allocated = whole ? account.allocatedFen : allocatedBy(account, asOf);
    let charged = false;
    let paid = true;
    for (let i = 0; i < charges.length; i++) {
      const charge = charges[i]!;
      if (charge.period > lastMonth) continue;
      if (charge.period >= from) {
        sums.currentReceivable = addFen(sums.currentReceivable, charge.dueFen);
        sums.currentCollected = addFen(sums.currentCollected, allocated[i]!);
        charged = true;
        if (allocated[i]! < charge.dueFen) paid = false;
      } else sums.openingArrears = addFen(sums.openingArrears, charge.dueFen);
    }
    for (let k = 0; k < parts.fen.length; k++) {
      const payment = payments[parts.payment[k]!]!;
      const date = payment.date;
      if (date > asOf) break;
      const c = parts.charge[k]!;
      const period = c < 0 ? null : charges[c]!.period;
      if (period === null || period > billedMonth) sums.prepaid = addFen(sums.prepaid, parts.fen[k]!);
      else if (period >= from) continue;
      else if (payment.undated === true) {
        sums.arrearsRateUnknown = true;
        sums.openingArrears = minusFen(sums.openingArrears, parts.fen[k]!);
      } else if (date < periodStart) sums.openingArrears = minusFen(sums.openingArrears, parts.fen[k]!);
      else sums.arrearsCollected = addFen(sums.arrearsCollected, parts.fen[k]!);
    }
    if (charged) {
      sums.unitsCharged++;
      if (paid) sums.unitsPaid++;
      unitPaid.set(account.unit, paid && unitPaid.get(account.unit) !== false);
    }
  }
  const targetOf = new Map(targets.map((t) => [t.feeType, t.rate]));
  const feeTypes = [...byFee].map(([feeType, sums]) => ({
    feeType,
    ...figures(sums, targetOf.get(feeType) ?? null),
  }));
  const total = zeroSums();
  for (const [, sums] of byFee) {
    total.currentReceivable = addFen(total.currentReceivable, sums.currentReceivable);
    total.currentCollected = addFen(total.currentCollected, sums.currentCollected);
    total.openingArrears = addFen(total.openingArrears, sums.openingArrears);
    total.arrearsCollected = addFen(total.arrearsCollected, sums.arrearsCollected);
    total.prepaid = addFen(total.prepaid, sums.prepaid);
    total.arrearsRateUnknown ||= sums.arrearsRateUnknown;
  }
  total.unitsCharged = unitPaid.size;
  for (const paid of unitPaid.values()) if (paid) total.unitsPaid++;
  const gaps = feeTypes.filter((f) => f.gapToTarget !== null);
  const totalFigures = figures(total, null);
  totalFigures.gapToTarget = gaps.length === 0 ? null : sumFen(gaps.map((f) => f.gapToTarget!));
  return { period: { from, to }, asOf, feeTypes, total: totalFigures };
}

function zeroSums(): Sums {
  return {
    currentReceivable: ZERO_FEN,
    currentCollected: ZERO_FEN,
    openingArrears: ZERO_FEN,
    arrearsCollected: ZERO_FEN,
    prepaid: ZERO_FEN,
    unitsCharged: 0,
    unitsPaid: 0,
    arrearsRateUnknown: false,
  };
}

function figures(sums: Sums, target: Dec | null): CollectionFigures {
  return {
    currentReceivable: sums.currentReceivable,
    currentCollected: sums.currentCollected,
    currentRate: rateOf(sums.currentCollected, sums.currentReceivable),
    openingArrears: sums.openingArrears,
    arrearsCollected: sums.arrearsCollected,
    arrearsRate: sums.arrearsRateUnknown ? null : rateOf(sums.arrearsCollected, sums.openingArrears),
    arrearsRateUnknown: sums.arrearsRateUnknown,
    overallRate: rateOf(
      addFen(sums.currentCollected, sums.arrearsCollected),
      addFen(sums.currentReceivable, sums.openingArrears),
    ),
    unitsCharged: sums.unitsCharged,
    unitsPaid: sums.unitsPaid,
    householdRate: rateOf(sums.unitsPaid, sums.unitsCharged),
    target,
    gapToTarget: target === null ? null : gapToTarget(target, sums.currentReceivable, sums.currentCollected),
    prepaid: sums.prepaid,
  };
}

/**
 * max(0, target x receivable - collected) to the fen: the target's share of the receivable rounded half-up,
 * less the whole fen collected (the same as rounding the difference, collected being whole).
 */
function gapToTarget(target: Dec, receivable: Fen, collected: Fen): Fen {
  const gap = minusFen(fenAtRate(receivable, target), collected);
  return gap > 0 ? gap : ZERO_FEN;
}
