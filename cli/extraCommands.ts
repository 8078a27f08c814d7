import { COMPANY_PLAN_COMMAND } from "./commands/companyPlan";

/** A command that is not a single-workbook job (e.g. consolidating several projects' plans). */
export interface ExtraCommand {
  name: string;
  usage: string;
  description: string;
  run(args: string[]): Promise<number>;
}

/** Commands beyond the jobs. */
export const EXTRA_COMMANDS: ExtraCommand[] = [COMPANY_PLAN_COMMAND];
