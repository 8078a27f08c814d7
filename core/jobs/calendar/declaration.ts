import type { JobDeclaration } from "../job";
import { label } from "../../i18n/label";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { monthOf } from "../../values/isoDate";
import { OWN_ITEMS_TABLE } from "./inputs";
import { CALENDAR_TEXT } from "./texts";

/**
 * The office calendar job (办公日历) as a host's form sees it; its run is in `job.ts`. Both inputs are optional:
 * a workbook with no input sheet at all gets the built-in duties on China's built-in calendar.
 */
export const CALENDAR_DECLARATION: JobDeclaration = {
  id: "calendar",
  title: CALENDAR_TEXT.jobTitle,
  description: CALENDAR_TEXT.jobDescription,
  issuesTag: label("办公日历", "辦公日曆", "calendar"),
  inputs: [OWN_ITEMS_TABLE, HOLIDAY_TABLE],
  period: "month",
  // The calendar of the month one is in.
  defaultPeriod: (today) => monthOf(today),
};
