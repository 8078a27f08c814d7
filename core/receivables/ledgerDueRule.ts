import type { CellValue } from "../table/sheetData";
import {
  addMonths,
  daysInMonth,
  isoFromParts,
  lastDayOf,
  type IsoDate,
  type YearMonth,
} from "../values/isoDate";
import { foldTraditional } from "../values/text";

/**
 * When a fee ledger's month falls due (缴费期限): a day of the month (`15`), or of the month after
 * (`次月10日`), or its last day (`月底`).
 */
export interface DueRule {
  /** 0: the billing month itself; 1: the month after. */
  monthsLater: 0 | 1;
  /** The day of the month, or `end` for its last day. */
  day: number | "end";
}

/** No 缴费期限: a month falls due on its last day. */
export const MONTH_END: DueRule = Object.freeze({ monthsLater: 0, day: "end" });

const THIS_MONTH = "(?:每月|当月|本月)?";
const NEXT_MONTH = "(?:次月|下月|下个月)";
const BY = "(?:前|之前|以前|止|为止)?";
const DAY = "(\\d{1,2})[日号]?";
const END = "(?:月底|月末|底|末)";
const PATTERNS: readonly [RegExp, DueRule["monthsLater"]][] = [
  [new RegExp(`^${THIS_MONTH}${DAY}${BY}$`, "u"), 0],
  [new RegExp(`^${NEXT_MONTH}${DAY}${BY}$`, "u"), 1],
  [new RegExp(`^${THIS_MONTH}${END}${BY}$`, "u"), 0],
  [new RegExp(`^${NEXT_MONTH}${END}${BY}$`, "u"), 1],
];

/**
 * A 缴费期限 as a fee ledger writes it for every month: a day number (`15`, `15日`, `每月15日前`, `15号之前`), the
 * next month's day (`次月10日`, `下月10号前`), the month's end (`月底`, `每月月末前`) or the next month's
 * (`次月底`); Traditional characters and full-width digits too. Null for anything else (a date, `随时`).
 * @example parseDueRule("每月15日前") // { monthsLater: 0, day: 15 }
 */
export function parseDueRule(cell: CellValue): DueRule | null {
  if (typeof cell === "number")
    return Number.isInteger(cell) && cell >= 1 && cell <= 31 ? { monthsLater: 0, day: cell } : null;
  if (typeof cell !== "string") return null;
  const text = foldTraditional(cell.normalize("NFKC").replace(/\s+/gu, ""));
  for (const [pattern, monthsLater] of PATTERNS) {
    const m = pattern.exec(text);
    if (m === null) continue;
    if (m[1] === undefined) return { monthsLater, day: "end" };
    const day = Number(m[1]);
    return day >= 1 && day <= 31 ? { monthsLater, day } : null;
  }
  return null;
}

/**
 * The date a billing month's charge falls due under a rule: its day in the month (the month's last day when the
 * month is shorter: `31` in February is the 28th or 29th).
 * @example dueDateOf({ monthsLater: 1, day: 10 }, "2026-03") === "2026-04-10"
 */
export function dueDateOf(rule: DueRule, period: YearMonth): IsoDate {
  const month = rule.monthsLater === 0 ? period : addMonths(period, 1);
  if (rule.day === "end") return lastDayOf(month);
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return isoFromParts(year, m, Math.min(rule.day, daysInMonth(year, m)))!;
}
