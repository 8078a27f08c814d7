import { rateOf, rateText } from "../../values/rate";
import type { IsoDate, YearMonth } from "../../values/isoDate";
import { dateOfStamp } from "./moments";
import type { Counts, ServiceFigures } from "./tally";
import type { ServiceType } from "./words";

/** The month's totals as the report gives them, with the satisfaction rate (satisfied / followed up; null on none). */
export interface ServiceTotals extends Counts {
  satisfactionRate: string | null;
}

/** One type's counts. */
export interface ServiceTypeLine {
  type: ServiceType;
  received: number;
  closed: number;
  open: number;
  respondedOnTime: number;
  completedOnTime: number;
}

/** An item open at the as-of date, where it is in the register, and its age. */
export interface ServiceOpenItem {
  sheet: string;
  row: number;
  unit: string | null;
  type: ServiceType;
  since: IsoDate;
  ageDays: number;
  overdue: boolean;
}

/** The service-log report (`--json`): the month's counts, per type, the open items, the repeat complaints. */
export interface ServiceLogReport {
  job: "service-log";
  month: YearMonth;
  asOf: IsoDate;
  totals: ServiceTotals;
  byType: ServiceTypeLine[];
  openItems: ServiceOpenItem[];
  repeatComplaints: { unit: string; count: number }[];
}

/** The report of a month's figures. */
export function buildServiceReport(figures: ServiceFigures): ServiceLogReport {
  const t = figures.totals;
  return {
    job: "service-log",
    month: figures.month,
    asOf: figures.asOf,
    totals: {
      received: t.received,
      closed: t.closed,
      open: t.open,
      respondedOnTime: t.respondedOnTime,
      completedOnTime: t.completedOnTime,
      followedUp: t.followedUp,
      satisfied: t.satisfied,
      satisfactionRate: rateText(rateOf(t.satisfied, t.followedUp)),
    },
    byType: [...figures.byType].map(([type, c]) => ({
      type,
      received: c.received,
      closed: c.closed,
      open: c.open,
      respondedOnTime: c.respondedOnTime,
      completedOnTime: c.completedOnTime,
    })),
    openItems: figures.openItems.map((item) => ({
      sheet: item.record.sheet,
      row: item.record.row,
      unit: item.record.unit,
      type: item.record.type,
      since: item.record.date,
      ageDays: item.ageDays,
      overdue: item.overdue,
    })),
    repeatComplaints: figures.repeatComplaints.map((c) => ({ unit: c.unit, count: c.count })),
  };
}

/** The date an open item's completion limit runs out. */
export function dueDate(due: number): IsoDate {
  return dateOfStamp(due);
}
