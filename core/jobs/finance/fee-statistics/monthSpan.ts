import type { YearMonth } from "../../../values/isoDate";

/** A run of whole months, both ends included: the months a utility bill pays for. */
export interface MonthSpan {
  readonly from: YearMonth;
  readonly to: YearMonth;
}

/** A span as the sheet and the messages show it. @example formatMonthSpan({ from: "2026-09", to: "2026-10" }) === "2026-09~2026-10" */
export function formatMonthSpan(span: MonthSpan): string {
  return span.from === span.to ? span.from : `${span.from}~${span.to}`;
}
