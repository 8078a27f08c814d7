import type { JobDeclaration } from "../job";
import { label } from "../../i18n/label";
import { addMonths, monthOf, type IsoDate, type YearMonth } from "../../values/isoDate";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { REQUEST_TABLE } from "../../catalog/requestTable";
import { PLAN_TEXT } from "./texts";

/** The month a plan made on `today` is for: next month. */
export function defaultPlanMonth(today: IsoDate): YearMonth {
  return addMonths(monthOf(today), 1);
}

/** The purchase plan (物资采购申请计划) as a host's form sees it; its run is in `job.ts`. */
export const PURCHASE_PLAN_DECLARATION: JobDeclaration = {
  id: "purchase-plan",
  title: PLAN_TEXT.jobTitle,
  description: PLAN_TEXT.jobDescription,
  issuesTag: label("采购计划", "採購計劃", "purchase plan"),
  inputs: [REQUEST_TABLE, HOLIDAY_TABLE],
  period: "month",
  defaultPeriod: defaultPlanMonth,
};
