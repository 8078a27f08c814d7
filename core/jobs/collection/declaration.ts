import type { JobDeclaration } from "../job";
import { label } from "../../i18n/label";
import { previousMonth } from "../periodDefaults";
import { COLLECTION_TABLES } from "../../receivables/inputs";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { COLLECTION_TEXT } from "./texts";

/** The collection job (收缴率 / 账龄 / 应收未收费用明细表) as a host's form sees it; its run is in `job.ts`. */
export const COLLECTION_DECLARATION: JobDeclaration = {
  id: "collection",
  title: COLLECTION_TEXT.jobTitle,
  description: COLLECTION_TEXT.jobDescription,
  issuesTag: label("收缴率", "收繳率", "rates"),
  inputs: [...COLLECTION_TABLES, HOLIDAY_TABLE],
  period: "month",
  readsOwnSheets: true,
  defaultPeriod: previousMonth,
};
