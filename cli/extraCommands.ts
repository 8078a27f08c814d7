import { parseCompanyPlanArgs } from "./commands/companyPlanArgs";

/** A command that is not a single-workbook job (e.g. consolidating several projects' plans). */
export interface ExtraCommand {
  name: string;
  usage: string;
  description: string;
  /** Checks the arguments, then loads the command's code and runs it (a usage error loads none); returns the exit code. */
  run(args: string[]): Promise<number>;
}

/** Commands beyond the jobs. */
export const EXTRA_COMMANDS: readonly ExtraCommand[] = [
  {
    name: "company-plan",
    usage: "propdesk company-plan <plan1.xlsx> <plan2.xlsx> ... [--month YYYY-MM] [-o company.xlsx] [--json]",
    description:
      "Consolidates several projects' purchase plans into the company plan (one quantity column per project).",
    run: async (args) => {
      const options = parseCompanyPlanArgs(args);
      return (await import("./commands/companyPlan")).runCompanyPlanCommand(options);
    },
  },
];
