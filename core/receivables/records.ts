import type { Dec } from "../values/decimal";
import type { IsoDate, YearMonth } from "../values/isoDate";
import type { Fen } from "../values/money";

/** Where a record came from: the sheet and Excel row. */
export interface RecordSource {
  sheet: string;
  row: number;
}

/** One billed charge (应收): a unit's fee of one billing month. */
export interface Charge {
  unit: string;
  customer: string | null;
  feeType: string;
  /** The billing month (所属期间). */
  period: YearMonth;
  /** Amount due in fen (positive; a zero or negative charge is rejected when read). */
  dueFen: Fen;
  /** Due date: as typed, else the last day of the billing month. */
  dueDate: IsoDate;
  source: RecordSource;
}

/** One payment (实收), or a refund / 红冲 when negative. */
export interface Payment {
  receipt: string | null;
  date: IsoDate;
  unit: string;
  feeType: string;
  /** The billing month the payment names, if any. */
  period: YearMonth | null;
  amountFen: Fen;
  method: string | null;
  source: RecordSource;
  /**
   * Set on an amount a month-wide fee ledger gives without a date of its own: `date` is the day it is taken as paid
   * by (its month's last day, or the as-of date when earlier); paying a month before the period, it may have been
   * paid before the period or in it, nobody can tell.
   */
  undated?: true;
}

/** A fee type's target collection rate for the year (年初计划指标), as a fraction. */
export interface Target {
  feeType: string;
  rate: Dec;
  source: RecordSource;
}

/** A clerk's follow-up note (催缴跟进) for a unit and fee type. */
export interface FollowUp {
  unit: string;
  feeType: string;
  reason: string | null;
  expectedDate: IsoDate | null;
  source: RecordSource;
}

/**
 * A receipt marked 作废 on the payments list: never a payment, but its number was used (it is no gap in the
 * receipt numbers).
 */
export interface VoidedReceipt {
  /** The number without its mark (`NO.0012347（作废）` is `NO.0012347`), or null when the row has none. */
  receipt: string | null;
  date: IsoDate;
  unit: string | null;
  feeType: string | null;
  /** What the row still carries: 0 when its amount is empty, 0 or text (`作废`); anything else is to be checked. */
  amountFen: Fen;
  source: RecordSource;
}
