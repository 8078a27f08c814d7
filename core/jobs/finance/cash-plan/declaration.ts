import type { JobDeclaration } from "../../job";
import { label } from "../../../i18n/label";
import { HOLIDAY_TABLE } from "../../../calendar/holidayTable";
import { COLLECTION_TABLES } from "../../../receivables/inputs";
import { SPENDING_TABLE } from "./inputs";
import { defaultCashPlanMonth } from "./period";
import { CASH_PLAN_TEXT } from "./texts";

/** The receipts and spending plan job (回款与用款计划表) as a host's form sees it; its run is in `job.ts`. */
export const CASH_PLAN_DECLARATION: JobDeclaration = {
  id: "cash-plan",
  title: CASH_PLAN_TEXT.jobTitle,
  description: CASH_PLAN_TEXT.jobDescription,
  issuesTag: label("用款计划", "用款計劃", "cash plan"),
  // The tables readInputs.ts reads (its CASH_PLAN_TABLES), named here so the form needs no reader.
  inputs: [SPENDING_TABLE, ...COLLECTION_TABLES, HOLIDAY_TABLE],
  period: "month",
  readsOwnSheets: true,
  defaultPeriod: defaultCashPlanMonth,
};
