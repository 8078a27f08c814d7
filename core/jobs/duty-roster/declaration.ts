import type { JobDeclaration } from "../job";
import { label } from "../../i18n/label";
import { DUTY_ROSTER_TABLES } from "./inputs";
import { defaultDutyRosterMonth } from "./period";
import { DUTY_ROSTER_TEXT } from "./texts";

/** The duty roster job (节假日值班表 and 工程部夜值排班表) as a host's form sees it; its run is in `job.ts`. */
export const DUTY_ROSTER_DECLARATION: JobDeclaration = {
  id: "duty-roster",
  title: DUTY_ROSTER_TEXT.jobTitle,
  description: DUTY_ROSTER_TEXT.jobDescription,
  issuesTag: label("值班", "值班", "duty"),
  // The tables readInputs.ts reads (its DUTY_ROSTER_TABLES), named here so the form needs no reader.
  inputs: DUTY_ROSTER_TABLES,
  period: "month",
  // Its earlier roster sheets carry the night rotation on and count the year's holiday duties.
  readsOwnSheets: true,
  defaultPeriod: defaultDutyRosterMonth,
};
