import type { IsoDate } from "../../../values/isoDate";
import { addFen, ZERO_FEN, type Fen } from "../../../values/money";
import type { Payment } from "../../../receivables/records";
import { compareMethods, paymentMethod } from "./paymentMethod";
import { datesOfWeek, type CollectionWeek } from "./week";

/** The money of one day, payment method and fee type (refunds netted in). */
export interface WeekCell {
  date: IsoDate;
  method: string;
  feeType: string;
  fen: Fen;
}

/** The week's payments summed by day x method x fee type, and along each of them. */
export interface WeekTotals {
  week: CollectionWeek;
  /** The seven dates, Thursday first. */
  days: IsoDate[];
  /** Fee types paid in the week, in the order they first appear in the whole payments list (stable week to week). */
  feeTypes: string[];
  /** Methods used in the week ({@link paymentMethod} names), in {@link compareMethods} order. */
  methods: string[];
  /** Every (day, method, fee type) with a payment, by day, method, fee type. */
  cells: WeekCell[];
  /** The week's payments, in input order. */
  payments: Payment[];
  byDay: Map<IsoDate, Fen>;
  byMethod: Map<string, Fen>;
  byFeeType: Map<string, Fen>;
  total: Fen;
}

/**
 * Sums the payments dated in the week (Thursday to Wednesday, both included) into day x method x fee
 * type cells: each payment lands in exactly one cell, and every breakdown adds up to the total.
 */
export function weekTotals(payments: readonly Payment[], week: CollectionWeek): WeekTotals {
  const feeRank = new Map<string, number>();
  for (const p of payments) if (!feeRank.has(p.feeType)) feeRank.set(p.feeType, feeRank.size);
  const inWeek = payments.filter((p) => p.date >= week.from && p.date <= week.to);
  const days = datesOfWeek(week);
  const cellOf = new Map<string, WeekCell>();
  const byDay = new Map<IsoDate, Fen>(days.map((d) => [d, ZERO_FEN]));
  const byMethod = new Map<string, Fen>();
  const byFeeType = new Map<string, Fen>();
  let total = ZERO_FEN;
  for (const p of inWeek) {
    const method = paymentMethod(p.method);
    const key = `${p.date}\u0000${method}\u0000${p.feeType}`;
    let cell = cellOf.get(key);
    if (cell === undefined)
      cellOf.set(key, (cell = { date: p.date, method, feeType: p.feeType, fen: ZERO_FEN }));
    cell.fen = addFen(cell.fen, p.amountFen);
    byDay.set(p.date, addFen(byDay.get(p.date) ?? ZERO_FEN, p.amountFen));
    byMethod.set(method, addFen(byMethod.get(method) ?? ZERO_FEN, p.amountFen));
    byFeeType.set(p.feeType, addFen(byFeeType.get(p.feeType) ?? ZERO_FEN, p.amountFen));
    total = addFen(total, p.amountFen);
  }
  const rankOf = (feeType: string) => feeRank.get(feeType) ?? 0;
  const feeTypes = [...byFeeType.keys()].sort((a, b) => rankOf(a) - rankOf(b));
  const methods = [...byMethod.keys()].sort(compareMethods);
  const cells = [...cellOf.values()].sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      compareMethods(a.method, b.method) ||
      rankOf(a.feeType) - rankOf(b.feeType),
  );
  return {
    week,
    days,
    feeTypes,
    methods,
    cells,
    payments: inWeek,
    byDay,
    byMethod: new Map(methods.map((m) => [m, byMethod.get(m)!])),
    byFeeType: new Map(feeTypes.map((f) => [f, byFeeType.get(f)!])),
    total,
  };
}
