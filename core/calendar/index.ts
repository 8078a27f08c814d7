export { buildChinaHolidays, CHINA_COVERED_YEARS, CHINA_DAYS } from "./chinaHolidays";
export type { ChinaDay, ChinaDayKind, ChinaHolidayData, ChinaHolidaySource } from "./chinaHolidays";
export { hasStatutoryDays, statutoryDay, statutoryDaysOf } from "./statutoryDays";
export type { StatutoryDay } from "./statutoryDays";
export { createCalendar } from "./workingCalendar";
export type { DayKind, DayOverride, WorkingCalendar } from "./workingCalendar";
export { dutiesOfMonth, moved, OFFICE_DUTIES, officeDuties, ruleDays, upcomingDuties } from "./officeDuties";
export type { DutyItem, DutyMove, OfficeDuty, OwnItem, Recurrence } from "./officeDuties";
