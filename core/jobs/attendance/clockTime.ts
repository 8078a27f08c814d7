import type { DayMarks } from "./marks";

/** Clock times are read by the shared parser (core/values/clockTime.ts). */
export { clockText, minutesOfDay } from "../../values/clockTime";

/** Standard hours and the late threshold, in minutes after midnight (defaults 09:00-18:00, 0 minutes). */
export interface AttendanceSettings {
  readonly workStart: number;
  readonly workEnd: number;
  readonly graceMinutes: number;
}

/** 09:00 to 18:00 with no grace: clocking in at 09:01 is late, clocking out at 17:59 is early. */
export const DEFAULT_SETTINGS: AttendanceSettings = { workStart: 9 * 60, workEnd: 18 * 60, graceMinutes: 0 };

/**
 * The day two clock times record: late when the clock-in is after the start plus the grace, early when the
 * clock-out is before the end; a missing time counts as on time (the reader warns about it).
 * @example clockMarks(545, 1080, DEFAULT_SETTINGS) → { am: "late", pm: "present" }
 */
export function clockMarks(
  clockIn: number | null,
  clockOut: number | null,
  settings: AttendanceSettings,
): DayMarks {
  const late = clockIn !== null && clockIn > settings.workStart + settings.graceMinutes;
  const early = clockOut !== null && clockOut < settings.workEnd;
  return { am: late ? "late" : "present", pm: early ? "early" : "present" };
}
