import type { IsoDate, YearMonth } from "../values/isoDate";
import { toDayNumber } from "../values/isoDate";
import { addFen, minusFen, ZERO_FEN, type Fen } from "../values/money";
import type { AgeBucket } from "./ageBuckets";
import { bucketOf, checkBuckets } from "./ageBuckets";
import type { Allocation } from "./allocate";
import { allocatedBy } from "./allocate";
import { checkAsOf } from "./checkAsOf";

/** One row of the receivables list (应收未收费用明细表): a unit and fee type with something outstanding. */
export interface ReceivableRow {
  unit: string;
  /** The unit's building, null when none can be read. */
  building: string | null;
  feeType: string;
  /** The customer of the latest billed charge that names one. */
  customer: string | null;
  /** Earliest and latest billing month with something outstanding. */
  fromPeriod: YearMonth;
  toPeriod: YearMonth;
  /** Billing months with something outstanding (a month with two charges counts once). */
  months: number;
  outstanding: Fen;
  /** The earliest due date of a charge with something outstanding. */
  oldestDue: IsoDate;
  /** The bucket of `oldestDue`'s age at the as-of date. */
  bucket: AgeBucket;
}

/**
 * The receivables list at `asOf` (on or before the allocation's date): one row per (unit, fee type) with
 * anything outstanding on charges billed by then, in the allocation's order - building, unit, fee type.
 */
export function receivables(
  allocation: Allocation,
  asOf: IsoDate,
  buckets: readonly AgeBucket[],
): ReceivableRow[] {
  checkBuckets(buckets);
  checkAsOf(allocation, asOf);
  const billedMonth = asOf.slice(0, 7);
  const whole = asOf === allocation.asOf;
  const rows: ReceivableRow[] = [];
  for (const account of allocation.accounts) {
    let outstanding = ZERO_FEN;
    let fromPeriod: YearMonth | null = null;
    let toPeriod: YearMonth = "";
    let oldestDue: IsoDate = "";
    let customer: string | null = null;
    let customerPeriod: YearMonth = "";
    const months = new Set<YearMonth>();
    const allocated = whole ? account.allocatedFen : allocatedBy(account, asOf);
    for (let i = 0; i < account.charges.length; i++) {
      const charge = account.charges[i]!;
      if (charge.period > billedMonth) continue;
      if (charge.customer !== null && charge.period >= customerPeriod) {
        customer = charge.customer;
        customerPeriod = charge.period;
      }
      const owed = minusFen(charge.dueFen, allocated[i]!);
      if (owed === 0) continue;
      outstanding = addFen(outstanding, owed);
      months.add(charge.period);
      if (fromPeriod === null || charge.period < fromPeriod) fromPeriod = charge.period;
      if (charge.period > toPeriod) toPeriod = charge.period;
      if (oldestDue === "" || charge.dueDate < oldestDue) oldestDue = charge.dueDate;
    }
    if (fromPeriod === null) continue;
    rows.push({
      unit: account.unit,
      building: account.building,
      feeType: account.feeType,
      customer,
      fromPeriod,
      toPeriod,
      months: months.size,
      outstanding,
      oldestDue,
      bucket: buckets[bucketOf(toDayNumber(asOf) - toDayNumber(oldestDue), buckets)]!,
    });
  }
  return rows;
}
