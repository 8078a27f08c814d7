import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { fromDayNumber, toDayNumber } from "../../values/isoDate";
import { DAY_MINUTES, type Stamp } from "./moments";
import type { ServiceType } from "./words";

/** How a limit is counted: clock minutes (calendar time, rest days included) or whole working days. */
export type LimitUnit = "minute" | "workday";

/** A time limit: so many calendar minutes, or so many working days. */
export interface Limit {
  readonly amount: number;
  readonly unit: LimitUnit;
}

/** The limits of one type: answering (响应) and closing (办结). */
export interface TypeLimits {
  readonly respond: Limit;
  readonly complete: Limit;
}

const minutes = (n: number): Limit => ({ amount: n, unit: "minute" });
const hours = (n: number): Limit => ({ amount: n * 60, unit: "minute" });
const workdays = (n: number): Limit => ({ amount: n, unit: "workday" });

/**
 * The limits when the workbook has no 客服设置 sheet (or leaves a type out): repairs answered in 30 minutes and
 * completed in 24 hours (calendar time: a burst pipe does not wait for Monday); complaints answered within 1 and
 * closed within 3 working days; enquiries answered within 24 hours and closed within 3 working days; suggestions
 * answered within 3 and closed within 10 working days; returns answered within 2 hours and closed within 3
 * working days; praise acknowledged within 3 and recorded within 10 working days; a type not understood (其他) as
 * an enquiry.
 */
export const DEFAULT_LIMITS: Readonly<Record<ServiceType, TypeLimits>> = {
  报修: { respond: minutes(30), complete: hours(24) },
  投诉: { respond: workdays(1), complete: workdays(3) },
  咨询: { respond: hours(24), complete: workdays(3) },
  建议: { respond: workdays(3), complete: workdays(10) },
  退换货: { respond: hours(2), complete: workdays(3) },
  表扬: { respond: workdays(3), complete: workdays(10) },
  其他: { respond: hours(24), complete: workdays(3) },
};

/**
 * When a limit runs out for an item received at `start`: `start` plus the minutes; or, in working days, the same
 * time of day on the n-th working day after the day received (make-up working days count, holidays and weekends
 * do not: a complaint received on 2026-09-30 with 3 working days is due on Saturday 2026-10-10, a make-up day).
 * @example deadline(stampOf("2026-09-30", 600), workdays(3), calendar) === stampOf("2026-10-10", 600)
 */
export function deadline(start: Stamp, limit: Limit, calendar: WorkingCalendar): Stamp {
  if (limit.unit === "minute") return start + limit.amount;
  const day = Math.floor(start / DAY_MINUTES);
  const due = toDayNumber(calendar.addWorkingDays(fromDayNumber(day), limit.amount));
  return due * DAY_MINUTES + (start - day * DAY_MINUTES);
}

const LIMIT_TEXT =
  /^(?<n>\d{1,4}(?:\.\d{1,2})?)(?<unit>分钟|分鐘|分|min|mins|minutes|小时|小時|时|時|h|hr|hrs|hours|个工作日|個工作日|工作日|workdays|workingdays|天|日|d|days)?$/iu;

/**
 * A limit as a 客服设置 cell gives it: `30分钟`, `24小时`, `3个工作日`, `2天`, or a bare number of hours. With
 * `inWorkdays` (计时方式 工作日) days and whole multiples of 24 hours are working days (`24小时` = 1 working day),
 * shorter limits stay clock time. Fractions of working days round up. Null when the text is no limit.
 * @example parseLimit("3个工作日", false) → { amount: 3, unit: "workday" }
 */
export function parseLimit(text: string, inWorkdays: boolean): Limit | null {
  const groups = LIMIT_TEXT.exec(text.normalize("NFKC").replace(/\s+/gu, "").toLowerCase())?.groups;
  if (groups === undefined) return null;
  const n = Number(groups["n"]);
  if (!(n > 0)) return null;
  const unit = groups["unit"] ?? "h";
  if (unit.endsWith("工作日") || unit === "workdays" || unit === "workingdays") return workdays(Math.ceil(n));
  if (["天", "日", "d", "days"].includes(unit))
    return inWorkdays ? workdays(Math.ceil(n)) : { amount: Math.round(n * DAY_MINUTES), unit: "minute" };
  const mins = ["分钟", "分鐘", "分", "min", "mins", "minutes"].includes(unit)
    ? Math.round(n)
    : Math.round(n * 60);
  if (inWorkdays && mins >= DAY_MINUTES) return workdays(Math.ceil(mins / DAY_MINUTES));
  return { amount: mins, unit: "minute" };
}

/** True when a 计时方式 cell says working days (工作日, 工作时间, working). */
export function saysWorkdays(text: string): boolean {
  const t = text.normalize("NFKC").toLowerCase();
  return t.includes("工作") || t.includes("working") || t.includes("workday");
}
