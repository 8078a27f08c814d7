import { isoFromParts, type IsoDate } from "../../core/light";

/** The calendar date of a moment on the pane's own clock (local time), as `YYYY-MM-DD`. */
export function localToday(now: Date): IsoDate {
  const today = isoFromParts(now.getFullYear(), now.getMonth() + 1, now.getDate());
  if (today === null) throw new RangeError(`the clock reads an impossible date: ${String(now)}`);
  return today;
}
