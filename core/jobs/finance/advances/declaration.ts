import type { JobDeclaration } from "../../job";
import { label } from "../../../i18n/label";
import { HOLIDAY_TABLE } from "../../../calendar/holidayTable";
import { ADVANCES_TABLES } from "./inputs";
import { ADVANCES_TEXT } from "./texts";

/** The advances job (借款单与支出凭证 / 借款台账) as a host's form sees it; its run is in `job.ts`. */
export const ADVANCES_DECLARATION: JobDeclaration = {
  id: "advances",
  title: ADVANCES_TEXT.jobTitle,
  description: ADVANCES_TEXT.jobDescription,
  issuesTag: label("借款", "借款", "advances"),
  // The tables readInputs.ts reads (its ADVANCES_INPUTS), named here so the form needs no reader.
  inputs: [...ADVANCES_TABLES, HOLIDAY_TABLE],
  period: "as-of",
  defaultPeriod: (today) => today,
};
