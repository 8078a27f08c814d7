import type { IsoDate, YearMonth } from "../../../values/isoDate";
import { firstDayOf, lastDayOf } from "../../../values/isoDate";
import { addFen, minusFen, ZERO_FEN, type Fen } from "../../../values/money";
import type { Allocation } from "../../../receivables/allocate";
import type { RecordSource } from "../../../receivables/records";

/** A promise the clerk noted for a unit and fee type: the date it expects to pay, and why it has not. */
export interface PaymentPromise {
  date: IsoDate;
  reason: string | null;
}

/** The charges of one fee type falling due in the month and not yet paid, outside any promise. */
export interface DueCharges {
  feeType: string;
  /** How many charges are counted. */
  charges: number;
  fen: Fen;
  /** The charges counted (sheet and row), in allocation order. */
  sources: RecordSource[];
}

/** A unit's promise to pay a fee in the month: what it owes by the month's end, counted once. */
export interface PromisedPayment {
  unit: string;
  customer: string | null;
  feeType: string;
  promisedDate: IsoDate;
  reason: string | null;
  /** Billing months of the charges counted, first and last. */
  fromPeriod: YearMonth;
  toPeriod: YearMonth;
  charges: number;
  fen: Fen;
  sources: RecordSource[];
}

/** The month's expected receipts: charges falling due, promised payments, and their totals. */
export interface ExpectedReceipts {
  month: YearMonth;
  /** The date "not yet paid" is judged at: payments dated on or before it count. */
  asOf: IsoDate;
  /** Per fee type, in the allocation's fee-type order; fee types with nothing due are left out. */
  dueCharges: DueCharges[];
  /** Per unit and fee type, in the allocation's order (building, unit, fee type). */
  promised: PromisedPayment[];
  dueFen: Fen;
  promisedFen: Fen;
  totalFen: Fen;
}

/**
 * The receipts a month can expect, from the collection allocation at its as-of date (what is "not yet
 * paid" is what collection says is outstanding: due less what the payments allocated to the charge).
 * An account (unit and fee type) with a promise dated inside the month counts once, as a promised payment
 * of everything it owes on charges due up to the month's end (arrears and the month's own charges); its
 * charges falling due in the month are therefore not counted again under charges due. Every other account
 * adds what is outstanding on its charges due inside the month. So each charge is counted at most once.
 */
export function expectedReceipts(
  allocation: Allocation,
  month: YearMonth,
  promiseOf: (unit: string, feeType: string) => PaymentPromise | undefined,
): ExpectedReceipts {
  const first = firstDayOf(month);
  const last = lastDayOf(month);
  const byFee = new Map<string, DueCharges>();
  const promised: PromisedPayment[] = [];
  let dueFen = ZERO_FEN;
  let promisedFen = ZERO_FEN;
  for (const account of allocation.accounts) {
    const { charges, allocatedFen } = account;
    const promise = promiseOf(account.unit, account.feeType);
    if (promise !== undefined && promise.date >= first && promise.date <= last) {
      let fen = ZERO_FEN;
      const sources: RecordSource[] = [];
      const periods: YearMonth[] = [];
      let customer: string | null = null;
      charges.forEach((charge, i) => {
        const owed = minusFen(charge.dueFen, allocatedFen[i]!);
        if (charge.dueDate > last || owed <= 0) return;
        fen = addFen(fen, owed);
        sources.push(charge.source);
        periods.push(charge.period);
        customer = charge.customer ?? customer;
      });
      if (fen === 0) continue;
      periods.sort();
      promised.push({
        unit: account.unit,
        customer,
        feeType: account.feeType,
        promisedDate: promise.date,
        reason: promise.reason,
        fromPeriod: periods[0]!,
        toPeriod: periods.at(-1)!,
        charges: sources.length,
        fen,
        sources,
      });
      promisedFen = addFen(promisedFen, fen);
      continue;
    }
    charges.forEach((charge, i) => {
      const owed = minusFen(charge.dueFen, allocatedFen[i]!);
      if (charge.dueDate < first || charge.dueDate > last || owed <= 0) return;
      let line = byFee.get(account.feeType);
      if (line === undefined) {
        byFee.set(
          account.feeType,
          (line = { feeType: account.feeType, charges: 0, fen: ZERO_FEN, sources: [] }),
        );
      }
      line.charges++;
      line.fen = addFen(line.fen, owed);
      line.sources.push(charge.source);
      dueFen = addFen(dueFen, owed);
    });
  }
  const dueCharges = allocation.feeTypes.flatMap((feeType) => byFee.get(feeType) ?? []);
  return {
    month,
    asOf: allocation.asOf,
    dueCharges,
    promised,
    dueFen,
    promisedFen,
    totalFen: addFen(dueFen, promisedFen),
  };
}
