import type { IsoDate, Label, Lang } from "../core/light";
import { parseCompanyPlanArgs } from "./commands/companyPlanArgs";
import { parseRunArgs } from "./commands/runArgs";
import { companyPlanHelpText, demoHelpText } from "./commandHelp";
import { runHelpText } from "./runHelp";
import { COMMAND_TEXT } from "./texts";

/** A command that is not a single-workbook job (e.g. consolidating several projects' plans). */
export interface ExtraCommand {
  name: string;
  /** Its usage line and what it does, as `propdesk --help` lists them. */
  usage: Label;
  description: Label;
  /** The text of `propdesk <command> --help` (and `propdesk help <command>`), defaults as on `today`. */
  help(lang: Lang, today: IsoDate): string;
  /** Checks the arguments, then loads the command's code and runs it (a usage error loads none); returns the exit code. */
  run(args: string[]): Promise<number>;
}

/** Commands beyond the jobs. */
export const EXTRA_COMMANDS: readonly ExtraCommand[] = [
  {
    name: "run",
    usage: COMMAND_TEXT.runUsage,
    description: COMMAND_TEXT.runDescription,
    help: runHelpText,
    run: async (args) => {
      const options = parseRunArgs(args);
      const [{ runJobCommand }, { loadJob }] = await Promise.all([
        import("./runJobCommand"),
        import("../core/runtime"),
      ]);
      const jobs = await Promise.all(
        options.jobs.map(async ({ job, params }) => ({ job: await loadJob(job.id), params })),
      );
      return runJobCommand(jobs, options, true);
    },
  },
  {
    name: "company-plan",
    usage: COMMAND_TEXT.companyUsage,
    description: COMMAND_TEXT.companyDescription,
    help: companyPlanHelpText,
    run: async (args) => {
      const options = parseCompanyPlanArgs(args);
      return (await import("./commands/companyPlan")).runCompanyPlanCommand(options);
    },
  },
  {
    name: "demo",
    usage: COMMAND_TEXT.demoUsage,
    description: COMMAND_TEXT.demoDescription,
    help: demoHelpText,
    run: async (args) => (await import("./demo/runDemo")).runDemo(args),
  },
];
