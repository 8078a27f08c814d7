import type { JobDeclaration } from "../job";
import { label } from "../../i18n/label";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { monthOf, type YearMonth } from "../../values/isoDate";
import { prepareDayHeaders } from "./dayHeaders";
import { ATTENDANCE_TABLES } from "./inputs";
import { ATTENDANCE_TEXT } from "./texts";

/** The month the sheet is made for on a day: the current month (it is due on the 28th). */
export function defaultAttendanceMonth(today: string): YearMonth {
  return monthOf(today);
}

/** The attendance job (考勤表 with 请假汇总 and 加班汇总) as a host's form sees it; its run is in `job.ts`. */
export const ATTENDANCE_DECLARATION: JobDeclaration = {
  id: "attendance",
  title: ATTENDANCE_TEXT.jobTitle,
  issuesTag: label("考勤", "考勤", "attendance"),
  prepareBook: (book) => prepareDayHeaders(book).book,
  description: ATTENDANCE_TEXT.jobDescription,
  inputs: [...ATTENDANCE_TABLES, HOLIDAY_TABLE],
  period: "month",
  defaultPeriod: defaultAttendanceMonth,
};
