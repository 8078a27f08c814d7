import type { JobDeclaration } from "../../job";
import { label } from "../../../i18n/label";
import { WEEKLY_COLLECTION_TABLES } from "./inputs";
import { WEEKLY_TEXT } from "./texts";
import { latestWednesday } from "./week";

/** The weekly collection job (每周收费明细表, Thursday to Wednesday) as a host's form sees it; its run is in `job.ts`. */
export const WEEKLY_COLLECTION_DECLARATION: JobDeclaration = {
  id: "weekly-collection",
  title: WEEKLY_TEXT.jobTitle,
  description: WEEKLY_TEXT.jobDescription,
  issuesTag: label("收费明细", "收費明細", "weekly"),
  inputs: WEEKLY_COLLECTION_TABLES,
  period: "as-of",
  defaultPeriod: latestWednesday,
};
