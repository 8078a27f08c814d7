import type { JobDeclaration } from "../../job";
import { label } from "../../../i18n/label";
import { previousMonth } from "../../periodDefaults";
import { FEE_STATISTICS_TABLES } from "./inputs";
import { FEE_STATISTICS_TEXT } from "./texts";

/** The fee statistics job (物业管理费、电费、水费等费用统计表) as a host's form sees it; its run is in `job.ts`. */
export const FEE_STATISTICS_DECLARATION: JobDeclaration = {
  id: "fee-statistics",
  title: FEE_STATISTICS_TEXT.jobTitle,
  description: FEE_STATISTICS_TEXT.jobDescription,
  issuesTag: label("费用统计", "費用統計", "fee statistics"),
  inputs: FEE_STATISTICS_TABLES,
  period: "month",
  defaultPeriod: previousMonth,
};
