import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { toDayNumber, type IsoDate, type YearMonth } from "../../values/isoDate";
import { normalizeKey } from "../../values/text";
import { deadline, type TypeLimits } from "./limits";
import { DAY_MINUTES, type Stamp } from "./moments";
import type { ServiceRecord } from "./records";
import { SERVICE_TYPES, type ServiceType } from "./words";

/** The counts of a group of items received in the month. */
export interface Counts {
  received: number;
  closed: number;
  open: number;
  respondedOnTime: number;
  completedOnTime: number;
  followedUp: number;
  satisfied: number;
}

/** An item not completed by the as-of date, with its age. */
export interface OpenItem {
  record: ServiceRecord;
  /** As-of date - date received, in days. */
  ageDays: number;
  /** When its completion limit runs out. */
  due: Stamp;
  /** The completion limit ran out before the end of the as-of date. */
  overdue: boolean;
}

/** A unit that complained twice or more in the month. */
export interface RepeatComplaint {
  unit: string;
  count: number;
}

/** The month's figures: totals, per type (in {@link SERVICE_TYPES} order), channel and department; open items; repeat complaints. */
export interface ServiceFigures {
  month: YearMonth;
  asOf: IsoDate;
  totals: Counts;
  byType: Map<ServiceType, Counts>;
  byChannel: Map<string | null, Counts>;
  byDepartment: Map<string | null, Counts>;
  openItems: OpenItem[];
  repeatComplaints: RepeatComplaint[];
}

/** What {@link tallyService} judges by. */
export interface TallyOptions {
  month: YearMonth;
  asOf: IsoDate;
  limits: Readonly<Record<ServiceType, TypeLimits>>;
  calendar: WorkingCalendar;
}

/** Empty counts. */
export function noCounts(): Counts {
  return {
    received: 0,
    closed: 0,
    open: 0,
    respondedOnTime: 0,
    completedOnTime: 0,
    followedUp: 0,
    satisfied: 0,
  };
}

/** What an item received in the month counts for, as bits of {@link count}'s `outcome`. */
const CLOSED = 1;
const RESPONDED_ON_TIME = 2;
const COMPLETED_ON_TIME = 4;
const FOLLOWED_UP = 8;
const SATISFIED = 16;

/** Counts one item received in the month into a group. */
function count(counts: Counts, outcome: number): void {
  counts.received++;
  if ((outcome & CLOSED) !== 0) counts.closed++;
  else counts.open++;
  if ((outcome & RESPONDED_ON_TIME) !== 0) counts.respondedOnTime++;
  if ((outcome & COMPLETED_ON_TIME) !== 0) counts.completedOnTime++;
  if ((outcome & FOLLOWED_UP) !== 0) counts.followedUp++;
  if ((outcome & SATISFIED) !== 0) counts.satisfied++;
}

/**
 * Counts the month: `received` the items dated in the month; `closed` those completed by the end of the as-of date
 * (or marked closed without a time); `open` the rest; answered on time when answered by the as-of date and by the
 * type's response limit; closed on time when completed within the completion limit; followed up and satisfied
 * from the 回访 result. Open items are every item dated up to the as-of date (earlier months too) not closed by
 * then, aged like receivables (as-of - date) and overdue once the completion limit has run out. A unit with two or
 * more complaints dated in the month is a repeat complaint (units matched after NFKC, spaces and case).
 */
export function tallyService(records: readonly ServiceRecord[], options: TallyOptions): ServiceFigures {
  const { month, asOf, limits, calendar } = options;
  const asOfDay = toDayNumber(asOf);
  const monthFirst = `${month}-01`;
  const monthLast = `${month}-31`;
  const asOfEnd = (asOfDay + 1) * DAY_MINUTES;
  const totals = noCounts();
  const byType = new Map<ServiceType, Counts>();
  const byChannel = new Map<string | null, Counts>();
  const byDepartment = new Map<string | null, Counts>();
  const openItems: OpenItem[] = [];
  const complaints = new Map<string, RepeatComplaint>();
  // working-day deadlines looked up once per day received and limit
  const due = new Map<number, number>();
  const deadlineOf = (start: Stamp, limit: TypeLimits["respond"]): Stamp => {
    if (limit.unit === "minute") return start + limit.amount;
    const day = Math.floor(start / DAY_MINUTES);
    const key = day * 64 + Math.min(limit.amount, 63);
    let dayDue = limit.amount < 64 ? due.get(key) : undefined;
    if (dayDue === undefined) {
      dayDue = Math.floor(deadline(day * DAY_MINUTES, limit, calendar) / DAY_MINUTES);
      if (limit.amount < 64) due.set(key, dayDue);
    }
    return dayDue * DAY_MINUTES + (start - day * DAY_MINUTES);
  };
  const group = <K>(map: Map<K, Counts>, key: K): Counts => {
    let counts = map.get(key);
    if (counts === undefined) map.set(key, (counts = noCounts()));
    return counts;
  };
  for (const r of records) {
    const limit = limits[r.type];
    const closed = r.completed !== null ? r.completed < asOfEnd : r.closedWithoutTime && r.date <= asOf;
    if (r.date <= asOf && !closed) {
      const until = deadlineOf(r.start, limit.complete);
      openItems.push({
        record: r,
        // the stamp received is on the day received
        ageDays: asOfDay - Math.floor(r.start / DAY_MINUTES),
        due: until,
        overdue: until < asOfEnd,
      });
    }
    if (r.date < monthFirst || r.date > monthLast) continue;
    const respondedOnTime =
      r.responded !== null && r.responded < asOfEnd && r.responded <= deadlineOf(r.start, limit.respond);
    const completedOnTime =
      closed && r.completed !== null && r.completed <= deadlineOf(r.start, limit.complete);
    const outcome =
      (closed ? CLOSED : 0) |
      (respondedOnTime ? RESPONDED_ON_TIME : 0) |
      (completedOnTime ? COMPLETED_ON_TIME : 0) |
      (r.followUp !== "none" ? FOLLOWED_UP : 0) |
      (r.followUp === "satisfied" ? SATISFIED : 0);
    count(totals, outcome);
    count(group(byType, r.type), outcome);
    count(group(byChannel, r.channel), outcome);
    count(group(byDepartment, r.department), outcome);
    if (r.type === "投诉" && r.unit !== null) {
      const key = normalizeKey(r.unit);
      const seen = complaints.get(key);
      if (seen === undefined) complaints.set(key, { unit: r.unit, count: 1 });
      else seen.count++;
    }
  }
  const orderedTypes = new Map<ServiceType, Counts>();
  for (const type of SERVICE_TYPES) {
    const counts = byType.get(type);
    if (counts !== undefined) orderedTypes.set(type, counts);
  }
  openItems.sort(
    (a, b) =>
      a.record.start - b.record.start ||
      (a.record.sheet < b.record.sheet ? -1 : a.record.sheet > b.record.sheet ? 1 : 0) ||
      a.record.row - b.record.row,
  );
  return {
    month,
    asOf,
    totals,
    byType: orderedTypes,
    byChannel,
    byDepartment,
    openItems,
    repeatComplaints: [...complaints.values()].filter((c) => c.count >= 2),
  };
}
