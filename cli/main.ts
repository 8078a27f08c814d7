import { JOB_DECLARATIONS, findJobDeclaration, type Lang } from "../core/light";
import { UserError } from "./userError";
import { CLI_TEXT, FILE_ERRORS, say } from "./texts";
import { helpText, jobHelpText } from "./help";
import { EXTRA_COMMANDS } from "./extraCommands";
import { asksHelp, langOf, parseJobArgs, todayOf } from "./jobArgs";

/** A job command's options and their parser, where scripts and tests have always found them. */
export { parseJobArgs, type JobCommandOptions } from "./jobArgs";

/**
 * Runs the command line; returns the exit code (0 done; 1 done in part: a job of `run` could not run, or the PDF
 * could not be printed; 2 unusable input or usage).
 */
export async function main(argv: string[]): Promise<number> {
  let lang: Lang = langOf(argv);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      const today = todayOf(rest, lang);
      const topic = command === "help" ? (rest[0] ?? "") : "";
      const extra = EXTRA_COMMANDS.find((c) => c.name === topic);
      const asked = findJobDeclaration(topic);
      process.stdout.write(
        extra ? extra.help(lang, today) : asked ? jobHelpText(asked, lang, today) : helpText(today, lang),
      );
      return 0;
    }
    const extra = EXTRA_COMMANDS.find((c) => c.name === command);
    if (extra && asksHelp(rest)) {
      process.stdout.write(extra.help(lang, todayOf(rest, lang)));
      return 0;
    }
    if (extra) return await extra.run(rest);
    const job = findJobDeclaration(command);
    if (!job)
      throw new UserError(
        say(CLI_TEXT.unknownJob, lang, { job: command, jobs: JOB_DECLARATIONS.map((j) => j.id).join(", ") }),
      );
    if (asksHelp(rest)) {
      process.stdout.write(jobHelpText(job, lang, todayOf(rest, lang)));
      return 0;
    }
    const options = parseJobArgs(rest, job);
    lang = options.lang;
    const [{ runJobCommand }, { loadJob }] = await Promise.all([
      import("./runJobCommand"),
      import("../core/runtime"),
    ]);
    return await runJobCommand([{ job: await loadJob(job.id), params: options.params }], options, false);
  } catch (error) {
    if (error instanceof UserError) {
      const localised = FILE_ERRORS[error.code];
      process.stderr.write(
        `propdesk: ${localised ? say(localised, lang, { ...error.params }) : error.message}\n`,
      );
      return 2;
    }
    throw error;
  }
}
