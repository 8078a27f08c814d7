import { parseCompanyPlanArgs } from "./commands/companyPlanArgs";
import { parseRunArgs } from "./commands/runArgs";
import { langOf, readLoosely, todayOf } from "./jobArgs";
import { runHelpText } from "./runHelp";

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
    name: "run",
    usage: "propdesk run <job>[,<job>…] <workbook.xlsx> [options]   (or: propdesk run --all <workbook.xlsx>)",
    description:
      "Runs several jobs (or every job with --all) on one reading of the workbook into one output; run --help for more.",
    run: async (args) => {
      if (readLoosely(args).tokens.some((t) => t.kind === "option" && t.name === "help")) {
        const lang = langOf(args);
        process.stdout.write(runHelpText(lang, todayOf(args, lang)));
        return 0;
      }
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
    usage: "propdesk company-plan <plan1.xlsx> <plan2.xlsx> ... [--month YYYY-MM] [-o company.xlsx] [--json]",
    description:
      "Consolidates several projects' purchase plans into the company plan (one quantity column per project).",
    run: async (args) => {
      const options = parseCompanyPlanArgs(args);
      return (await import("./commands/companyPlan")).runCompanyPlanCommand(options);
    },
  },
];
