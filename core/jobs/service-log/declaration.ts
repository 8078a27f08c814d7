import type { JobDeclaration } from "../job";
import { label } from "../../i18n/label";
import { previousMonth } from "../periodDefaults";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { SERVICE_LOG_TABLES } from "./inputs";
import { SERVICE_LOG_TEXT } from "./texts";

/**
 * The service-log job (客服台账 / 报修投诉统计) as a host's form sees it; its run is in `job.ts`. Its month defaults to
 * last month: the monthly service report is handed in by the 10th with the other monthly statistics.
 */
export const SERVICE_LOG_DECLARATION: JobDeclaration = {
  id: "service-log",
  title: SERVICE_LOG_TEXT.jobTitle,
  description: SERVICE_LOG_TEXT.jobDescription,
  issuesTag: label("客服", "客服", "service"),
  inputs: [...SERVICE_LOG_TABLES, HOLIDAY_TABLE],
  period: "month",
  readsOwnSheets: true,
  defaultPeriod: previousMonth,
};
