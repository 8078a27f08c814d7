import type { DutyItem } from "../../calendar/officeDuties";
import type { DayKind, WorkingCalendar } from "../../calendar/workingCalendar";
import type { Lang } from "../../i18n/label";
import { datesOfMonth, weekday, type IsoDate, type YearMonth } from "../../values/isoDate";

/** One item of the calendar as the report gives it. */
export interface CalendarReportItem {
  /** The day it is due (a working day), and the rule's day before moving. */
  date: IsoDate;
  nominal: IsoDate;
  /** 0 = Sunday .. 6 = Saturday, of `date`. */
  weekday: number;
  /** `15:00`, or null. */
  time: string | null;
  /** In the run's language. */
  title: string;
  to: string;
  /** The PropDesk job that makes it (`purchase-plan`…), or null. */
  job: string | null;
  /** The duty's key (`water-bill`, `own-1`…). */
  duty: string;
  source: "built-in" | "workbook";
  /** The item's remark (the 事项 sheet's 备注, or what a built-in duty involves), or null. */
  note: string | null;
}

/** The office calendar's report: the contract other tools read (`--json`). */
export interface CalendarReport {
  job: "calendar";
  month: YearMonth;
  /** The day the run was made: the summary lists the items from it on. */
  today: IsoDate;
  items: CalendarReportItem[];
  /** Every day of the month: its kind and the holiday it belongs to. */
  days: { date: IsoDate; weekday: number; kind: DayKind; holiday: string | null }[];
  workingDays: number;
  /** Items the workbook's 事项 sheet added or re-timed. */
  ownItems: number;
}

/** Builds the JSON report. */
export function buildCalendarReport(
  month: YearMonth,
  today: IsoDate,
  items: readonly DutyItem[],
  calendar: WorkingCalendar,
  lang: Lang,
): CalendarReport {
  const days = datesOfMonth(month).map((date) => ({
    date,
    weekday: weekday(date),
    kind: calendar.dayKind(date),
    holiday: calendar.holidayName(date) ?? null,
  }));
  return {
    job: "calendar",
    month,
    today,
    items: items.map((item) => ({
      date: item.date,
      nominal: item.nominal,
      weekday: weekday(item.date),
      time: item.time ?? null,
      title: item.title[lang],
      to: item.to[lang],
      job: item.jobId ?? null,
      duty: item.duty,
      source: item.source,
      note: item.note?.[lang] || null,
    })),
    days,
    workingDays: days.filter((d) => d.kind === "workday" || d.kind === "makeup_workday").length,
    ownItems: items.filter((i) => i.source === "workbook").length,
  };
}
