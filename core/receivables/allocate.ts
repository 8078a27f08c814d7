import type { IsoDate } from "../values/isoDate";
import { monthOf } from "../values/isoDate";
import {
  addFen,
  fenArray,
  minFen,
  minusFen,
  negFen,
  ZERO_FEN,
  type Fen,
  type FenArray,
} from "../values/money";
import { buildingOf, compareBuildings } from "./building";
import { compareFeeTypes } from "./feeTypeOrder";
import { naturalCompare } from "./naturalOrder";
import type { Charge, Payment } from "./records";

/** One part of an account's allocation: `fen` of a payment given to a charge or to none (negative: taken back). */
export interface AllocationPart {
  payment: Payment;
  /** The payment's date. */
  date: IsoDate;
  /** The charge's index in the account's `charges`, or -1 for no charge. */
  charge: number;
  fen: Fen;
}

/**
 * An account's parts column by column, in allocation order (so in payment date order): part k gave `fen[k]` of
 * `payments[payment[k]]` to `charges[charge[k]]`, or to no charge when `charge[k]` is -1. Typed columns
 * rather than objects keep a million parts cheap.
 */
export interface PartColumns {
  payment: Int32Array;
  charge: Int32Array;
  fen: FenArray;
}

/** One account (unit and fee type): its charges, its payments and where the money went. */
export interface AccountAllocation {
  unit: string;
  feeType: string;
  /** The unit's building ({@link buildingOf}), null when none can be read. */
  building: string | null;
  /** Charges in the order unspecified money pays them: due date, then billing month, then input order. */
  charges: Charge[];
  /** Per charge (same index): net fen the payments dated up to the as-of date gave it, from 0 to its due. */
  allocatedFen: FenArray;
  /** The payments dated on or before the as-of date, in allocation order: date, receipt, input order. */
  payments: Payment[];
  parts: PartColumns;
  /** Net fen that went to no charge. */
  unallocatedFen: Fen;
  /** Prepaid (预收) at the as-of date: what went to no charge or to charges not billed at that date. */
  prepaidFen: Fen;
}

/** Every account's allocation at an as-of date. */
export interface Allocation {
  asOf: IsoDate;
  /** Fee types in the order they first appear in the charges, then those only paid, in pinyin order. */
  feeTypes: string[];
  /** Accounts by building, unit (natural order), then fee type. */
  accounts: AccountAllocation[];
}

/**
 * Allocates payments to charges per (unit, fee type) as docs/jobs/collection.md#allocation says. Only payments dated on or before
 * `asOf` count. In date order (then receipt, then input order), a payment pays first the charges of the
 * month it names, then unpaid charges by due date then month - billed or not (prepayment) - and what is left
 * goes to no charge. A refund (negative payment) takes back first what went to no charge or to charges not
 * yet billed on the refund date, latest first, then reopens the latest paid charges; a refund beyond all of
 * it goes to no charge as a negative amount. Since nothing depends on `asOf` but the payments it admits,
 * what payments dated up to any D <= asOf gave is the sum of the parts dated up to D ({@link allocatedBy}).
 */
export function allocate(
  charges: readonly Charge[],
  payments: readonly Payment[],
  asOf: IsoDate,
): Allocation {
  const grouping = groupByAccount(charges, payments, asOf);
  const allocatedAll = fenArray(charges.length);
  const buffer = new PartBuffer(charges.length + payments.length);
  const billedMonth = monthOf(asOf);
  const buildings = new Map<string, string | null>();
  const accounts: AccountAllocation[] = [];
  const ranges: number[] = [];
  let chargeStart = 0;
  for (const group of grouping.groups) {
    let building = buildings.get(group.unit);
    if (building === undefined) buildings.set(group.unit, (building = buildingOf(group.unit)));
    const allocated = allocatedAll.subarray(chargeStart, chargeStart + group.charges.length);
    chargeStart += group.charges.length;
    const partStart = buffer.length;
    accounts.push(allocateAccount(group, building, billedMonth, allocated, buffer));
    ranges.push(partStart, buffer.length);
  }
  accounts.forEach((account, i) => {
    const start = ranges[2 * i]!;
    const end = ranges[2 * i + 1]!;
    account.parts = {
      payment: buffer.payment.subarray(start, end),
      charge: buffer.charge.subarray(start, end),
      fen: buffer.fen.subarray(start, end),
    };
  });
  const feeRank = grouping.feeRank;
  const unitRank = rankUnits(buildings);
  accounts.sort(
    (a, b) =>
      unitRank.get(a.unit)! - unitRank.get(b.unit)! || feeRank.get(a.feeType)! - feeRank.get(b.feeType)!,
  );
  return { asOf, feeTypes: [...feeRank.keys()], accounts };
}

/** Each unit's place in the accounts' order: by building, then by unit in natural order (`buildings`: unit -> building). */
function rankUnits(buildings: ReadonlyMap<string, string | null>): Map<string, number> {
  const units = [...buildings.keys()].sort(
    (a, b) => compareBuildings(buildings.get(a)!, buildings.get(b)!) || naturalCompare(a, b),
  );
  return new Map(units.map((unit, rank) => [unit, rank]));
}

/**
 * Per charge of the account (same index as `charges`), what payments dated on or before `date` gave it;
 * a `date` on or after the as-of date gives `allocatedFen`.
 */
export function allocatedBy(account: AccountAllocation, date: IsoDate): FenArray {
  const { payments, parts } = account;
  const sums = fenArray(account.charges.length);
  for (let k = 0; k < parts.fen.length; k++) {
    if (payments[parts.payment[k]!]!.date > date) break;
    const c = parts.charge[k]!;
    if (c >= 0) sums[c] = addFen(sums[c]!, parts.fen[k]!);
  }
  return sums;
}

/** What payments dated on or before `date` gave no charge in the account. */
export function unallocatedBy(account: AccountAllocation, date: IsoDate): Fen {
  const { payments, parts } = account;
  let sum = ZERO_FEN;
  for (let k = 0; k < parts.fen.length; k++) {
    if (payments[parts.payment[k]!]!.date > date) break;
    if (parts.charge[k]! < 0) sum = addFen(sum, parts.fen[k]!);
  }
  return sum;
}

/** The parts a charge received (`charge` its index in the account; -1 for no charge), as objects. */
export function partsOf(account: AccountAllocation, charge: number): AllocationPart[] {
  const { payments, parts } = account;
  const out: AllocationPart[] = [];
  for (let k = 0; k < parts.fen.length; k++) {
    if (parts.charge[k] !== charge) continue;
    const payment = payments[parts.payment[k]!]!;
    out.push({ payment, date: payment.date, charge, fen: parts.fen[k]! });
  }
  return out;
}

/** One account's records, in input order until sorted. */
interface Group {
  unit: string;
  feeType: string;
  charges: Charge[];
  payments: Payment[];
}

interface Grouping {
  groups: Group[];
  /** Fee types in output order: first appearance in the charges, then payment-only ones in pinyin order. */
  feeRank: Map<string, number>;
}

/** Groups the records by account in one counting pass each, so every account's arrays are made at their size. */
function groupByAccount(charges: readonly Charge[], payments: readonly Payment[], asOf: IsoDate): Grouping {
  const accounts = new AccountIds();
  const chargeCount: number[] = [];
  const paymentCount: number[] = [];
  // A fee type seen for the first time always opens a new account, so only new accounts are checked for one.
  const feeRank = new Map<string, number>();
  const chargeAccount = new Int32Array(charges.length);
  for (let i = 0; i < charges.length; i++) {
    const c = charges[i]!;
    const id = accounts.idOf(c.unit, c.feeType);
    if (id === chargeCount.length) {
      chargeCount.push(0);
      paymentCount.push(0);
      if (!feeRank.has(c.feeType)) feeRank.set(c.feeType, feeRank.size);
    }
    chargeAccount[i] = id;
    chargeCount[id]!++;
  }
  const paymentAccount = new Int32Array(payments.length);
  const paidOnly = new Set<string>();
  for (let i = 0; i < payments.length; i++) {
    const p = payments[i]!;
    if (p.date > asOf) {
      paymentAccount[i] = -1;
      continue;
    }
    const id = accounts.idOf(p.unit, p.feeType);
    if (id === chargeCount.length) {
      chargeCount.push(0);
      paymentCount.push(0);
      if (!feeRank.has(p.feeType)) paidOnly.add(p.feeType);
    }
    paymentAccount[i] = id;
    paymentCount[id]!++;
  }
  for (const feeType of [...paidOnly].sort(compareFeeTypes)) feeRank.set(feeType, feeRank.size);
  const groups: Group[] = accounts.units.map((unit, id) => ({
    unit,
    feeType: accounts.feeTypes[id]!,
    charges: new Array<Charge>(chargeCount[id]!),
    payments: new Array<Payment>(paymentCount[id]!),
  }));
  const chargeFill = new Int32Array(groups.length);
  for (let i = 0; i < charges.length; i++) {
    const id = chargeAccount[i]!;
    groups[id]!.charges[chargeFill[id]!++] = charges[i]!;
  }
  const paymentFill = new Int32Array(groups.length);
  for (let i = 0; i < payments.length; i++) {
    const id = paymentAccount[i]!;
    if (id >= 0) groups[id]!.payments[paymentFill[id]!++] = payments[i]!;
  }
  return { groups, feeRank };
}

/**
 * Numbers the accounts (unit, fee type) in the order they are first asked for. The last account asked for is
 * remembered: records come account by account, so most look-ups ask for it again.
 */
class AccountIds {
  /** Unit and fee type of each account, by id. */
  readonly units: string[] = [];
  readonly feeTypes: string[] = [];
  private readonly byUnit = new Map<string, Map<string, number>>();
  private lastUnit: string | null = null;
  private lastFeeType = "";
  private lastId = -1;

  /** The account's id, a new one (the next number) the first time. */
  idOf(unit: string, feeType: string): number {
    if (unit === this.lastUnit && feeType === this.lastFeeType) return this.lastId;
    let byFee = this.byUnit.get(unit);
    if (byFee === undefined) this.byUnit.set(unit, (byFee = new Map()));
    let id = byFee.get(feeType);
    if (id === undefined) {
      byFee.set(feeType, (id = this.units.length));
      this.units.push(unit);
      this.feeTypes.push(feeType);
    }
    this.lastUnit = unit;
    this.lastFeeType = feeType;
    this.lastId = id;
    return id;
  }
}

/** The parts of every account, appended account after account into growing typed columns. */
class PartBuffer {
  payment: Int32Array;
  charge: Int32Array;
  fen: FenArray;
  length = 0;

  constructor(capacity: number) {
    const size = Math.max(16, capacity);
    this.payment = new Int32Array(size);
    this.charge = new Int32Array(size);
    this.fen = fenArray(size);
  }

  push(payment: number, charge: number, fen: Fen): void {
    if (this.length === this.fen.length) this.grow();
    const k = this.length++;
    this.payment[k] = payment;
    this.charge[k] = charge;
    this.fen[k] = fen;
  }

  private grow(): void {
    const size = this.fen.length * 2;
    const payment = new Int32Array(size);
    payment.set(this.payment);
    this.payment = payment;
    const charge = new Int32Array(size);
    charge.set(this.charge);
    this.charge = charge;
    const fen = fenArray(size);
    fen.set(this.fen);
    this.fen = fen;
  }
}

const NO_PARTS: PartColumns = {
  payment: new Int32Array(0),
  charge: new Int32Array(0),
  fen: fenArray(0),
};

function allocateAccount(
  group: Group,
  building: string | null,
  billedMonth: string,
  allocated: FenArray,
  buffer: PartBuffer,
): AccountAllocation {
  const charges = sortCharges(group.charges);
  const payments = sortPayments(group.payments);
  const n = charges.length;
  const partStart = buffer.length;
  let unallocated = ZERO_FEN;
  let periods: PeriodIndex | null = null;
  let firstOpen = 0;
  let takenBack: Map<number, Fen> | null = null;

  for (let k = 0; k < payments.length; k++) {
    const payment = payments[k]!;
    let left = payment.amountFen;
    if (left > 0) {
      if (payment.period !== null && n > 0) {
        periods ??= indexPeriods(charges);
        for (let i = periods.firstOf(payment.period); i >= 0 && left > 0; i = periods.nextOf(i)) {
          const take = minFen(left, minusFen(charges[i]!.dueFen, allocated[i]!));
          if (take <= 0) continue;
          buffer.push(k, i, take);
          allocated[i] = addFen(allocated[i]!, take);
          left = minusFen(left, take);
        }
      }
      while (firstOpen < n && allocated[firstOpen]! >= charges[firstOpen]!.dueFen) firstOpen++;
      for (let i = firstOpen; i < n && left > 0; i++) {
        const take = minFen(left, minusFen(charges[i]!.dueFen, allocated[i]!));
        if (take <= 0) continue;
        buffer.push(k, i, take);
        allocated[i] = addFen(allocated[i]!, take);
        left = minusFen(left, take);
      }
      if (left > 0) {
        buffer.push(k, -1, left);
        unallocated = addFen(unallocated, left);
      }
    } else if (left < 0) {
      const month = monthOf(payment.date);
      const latest = buffer.length - 1;
      takenBack ??= new Map();
      left = negFen(left);
      for (let pass = 0; pass < 2 && left > 0; pass++) {
        for (let e = latest; e >= partStart && left > 0; e--) {
          const target = buffer.charge[e]!;
          const remaining = minusFen(buffer.fen[e]!, takenBack.get(e) ?? ZERO_FEN);
          if (buffer.fen[e]! <= 0 || remaining <= 0) continue;
          if (pass === 0 && target >= 0 && charges[target]!.period <= month) continue;
          const take = minFen(left, remaining);
          takenBack.set(e, addFen(takenBack.get(e) ?? ZERO_FEN, take));
          left = minusFen(left, take);
          buffer.push(k, target, negFen(take));
          if (target < 0) unallocated = minusFen(unallocated, take);
          else {
            allocated[target] = minusFen(allocated[target]!, take);
            if (target < firstOpen) firstOpen = target;
          }
        }
      }
      if (left > 0) {
        buffer.push(k, -1, negFen(left));
        unallocated = minusFen(unallocated, left);
      }
    }
  }

  let prepaid = unallocated;
  for (let i = 0; i < n; i++) if (charges[i]!.period > billedMonth) prepaid = addFen(prepaid, allocated[i]!);
  return {
    unit: group.unit,
    feeType: group.feeType,
    building,
    charges,
    allocatedFen: allocated,
    payments,
    parts: NO_PARTS,
    unallocatedFen: unallocated,
    prepaidFen: prepaid,
  };
}

/** Finds the charges of a billing month: the first in allocation order, then the next of the same month (-1: none). */
interface PeriodIndex {
  firstOf(period: string): number;
  nextOf(index: number): number;
}

/**
 * When the charges' months never go down (the usual ledger), a binary search and the neighbour; otherwise a
 * map from month to first charge and a chain to the next.
 */
function indexPeriods(charges: readonly Charge[]): PeriodIndex {
  const n = charges.length;
  let monotone = true;
  for (let i = 1; i < n && monotone; i++) if (charges[i - 1]!.period > charges[i]!.period) monotone = false;
  if (monotone)
    return {
      firstOf(period) {
        let lo = 0;
        let hi = n;
        while (lo < hi) {
          const mid = (lo + hi) >>> 1;
          if (charges[mid]!.period < period) lo = mid + 1;
          else hi = mid;
        }
        return lo < n && charges[lo]!.period === period ? lo : -1;
      },
      nextOf(index) {
        return index + 1 < n && charges[index + 1]!.period === charges[index]!.period ? index + 1 : -1;
      },
    };
  const first = new Map<string, number>();
  const next = new Int32Array(n);
  for (let i = n - 1; i >= 0; i--) {
    const period = charges[i]!.period;
    next[i] = first.get(period) ?? -1;
    first.set(period, i);
  }
  return { firstOf: (period) => first.get(period) ?? -1, nextOf: (index) => next[index]! };
}

/** Due date, then billing month; in-order pairs, the usual case, are told with one string comparison. */
function compareCharges(a: Charge, b: Charge): number {
  if (a.dueDate < b.dueDate) return -1;
  if (a.dueDate > b.dueDate) return 1;
  if (a.period < b.period) return -1;
  if (a.period > b.period) return 1;
  return 0;
}

/** Date, then receipt number (natural order, none last). */
function comparePayments(a: Payment, b: Payment): number {
  if (a.date < b.date) return -1;
  if (a.date > b.date) return 1;
  if (a.receipt === b.receipt) return 0;
  if (a.receipt === null) return 1;
  if (b.receipt === null) return -1;
  return naturalCompare(a.receipt, b.receipt);
}

/** Sorted stably (ties keep input order); already-sorted lists, the usual case, are only checked. */
function sortCharges(charges: Charge[]): Charge[] {
  for (let i = 1; i < charges.length; i++)
    if (compareCharges(charges[i - 1]!, charges[i]!) > 0) return charges.sort(compareCharges);
  return charges;
}

function sortPayments(payments: Payment[]): Payment[] {
  for (let i = 1; i < payments.length; i++)
    if (comparePayments(payments[i - 1]!, payments[i]!) > 0) return payments.sort(comparePayments);
  return payments;
}
