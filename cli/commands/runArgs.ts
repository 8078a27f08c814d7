import { JOB_DECLARATIONS, findJobDeclaration, type JobDeclaration, type JobParams } from "../../core/light";
import { UserError } from "../userError";
import { CLI_TEXT, HELP_TEXT, say } from "../texts";
import { jobOptions, parseConfig } from "../jobOptions";
import { jobParams, langOf, outputOptions, readLoosely, type OutputOptions } from "../jobArgs";
import { nearestName } from "../nearestName";
import { parseCommand } from "../parseCommand";

/** What `propdesk run` is asked to do, checked. */
export interface RunCommandOptions extends OutputOptions {
  /** The jobs to run, in the order asked (the registry's order for `--all`), each with its parameters. */
  jobs: { job: JobDeclaration; params: JobParams }[];
}

/** The option `run` takes besides the jobs' own: every job, in the registry's order. */
export const RUN_OPTIONS: ReturnType<typeof parseConfig> = { all: { type: "boolean" } };

/**
 * Parses and checks `run <job>[,<job>…] <workbook>` or `run --all <workbook>`, with the period and date options
 * of the jobs chosen (each applies to every chosen job that takes it) and the options every job takes. An option
 * no chosen job takes is refused, naming the jobs that take it and the nearest option that is valid here: among
 * the chosen jobs' options taking the same kind of value when another job's option was meant, else among all.
 */
export function parseRunArgs(args: string[]): RunCommandOptions {
  const lang = langOf(args);
  const loose = readLoosely(args, RUN_OPTIONS);
  const all = loose.values["all"] === true;
  const [first, ...rest] = loose.positionals;
  const listed = all ? undefined : first;
  const workbookAt = all ? 0 : 1;
  if (all && loose.positionals.length > 1)
    throw new UserError(say(CLI_TEXT.jobsAndAll, lang, { jobs: first ?? "" }));
  if (!all && (listed === undefined || (rest.length === 0 && /\.xl[st][xm]$/i.test(listed))))
    throw new UserError(say(CLI_TEXT.missingJobs, lang));

  const ids = listed === undefined ? JOB_DECLARATIONS.map((j) => j.id) : listedJobs(listed);
  const chosen = ids.map((id) => {
    const job = findJobDeclaration(id);
    if (job === undefined)
      throw new UserError(
        say(CLI_TEXT.unknownJob, lang, { job: id, jobs: JOB_DECLARATIONS.map((j) => j.id).join(", ") }),
      );
    return job;
  });
  const config = { ...parseConfig(chosen.flatMap(jobOptions)), ...RUN_OPTIONS };
  const valid = Object.keys(config);
  const refused = loose.tokens.find((t) => t.kind === "option" && !valid.includes(t.name));
  if (refused?.kind === "option") {
    const takers = JOB_DECLARATIONS.filter((j) => jobOptions(j).some((o) => o.names.includes(refused.name)));
    const kind = takers.flatMap(jobOptions).find((o) => o.names.includes(refused.name))?.value;
    const alike = chosen
      .flatMap(jobOptions)
      .filter((o) => o.value === kind)
      .flatMap((o) => o.names);
    const separator = HELP_TEXT.listSeparator[lang];
    throw new UserError(
      say(CLI_TEXT.optionNotTakenByJobs, lang, {
        option: refused.rawName,
        jobs: all ? "--all" : ids.join(separator),
        takers:
          takers.length === 0
            ? ""
            : say(CLI_TEXT.optionTakers, lang, { jobs: takers.map((j) => j.id).join(separator) }),
        nearest: `--${nearestName(refused.name, alike.length > 0 ? alike : valid) ?? "help"}`,
      }),
    );
  }
  const extra = loose.positionals[workbookAt + 1];
  if (extra !== undefined) throw new UserError(say(CLI_TEXT.extraArgument, lang, { argument: extra }));
  const { values, positionals } = parseCommand(args, config, {
    name: "run",
    lang,
    positionals: "many",
  });
  const output = outputOptions(values, positionals[workbookAt], all ? "run --all" : `run ${ids.join(",")}`);
  return { ...output, jobs: chosen.map((job) => ({ job, params: jobParams(job, values, output.lang) })) };
}

/** The job ids of `a,b,c`, blanks and repeats left out. */
function listedJobs(list: string): string[] {
  return [
    ...new Set(
      list
        .split(",")
        .map((id) => id.trim())
        .filter((id) => id !== ""),
    ),
  ];
}
