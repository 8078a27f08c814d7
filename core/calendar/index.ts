export { buildChinaHolidays, CHINA_COVERED_YEARS, CHINA_DAYS } from "./chinaHolidays";
export type { ChinaDay, ChinaDayKind, ChinaHolidayData, ChinaHolidaySource } from "./chinaHolidays";
export { createCalendar } from "./workingCalendar";
export type { DayKind, DayOverride, WorkingCalendar } from "./workingCalendar";
