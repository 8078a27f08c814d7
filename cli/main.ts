import { parseArgs } from "node:util";
import {
  JOB_DECLARATIONS,
  findJobDeclaration,
  isIsoDate,
  isYearMonth,
  monthOf,
  LANGS,
  type IsoDate,
  type Lang,
  type JobDeclaration,
  type JobParams,
} from "../core/light";
import { UserError } from "./userError";
import { CLI_TEXT, FILE_ERRORS, HELP_TEXT, say } from "./texts";
import { helpText, jobHelpText } from "./help";
import { GENERAL_OPTIONS, everyJobOption, jobOptions, kebabCase, parseConfig } from "./jobOptions";
import { EXTRA_COMMANDS } from "./extraCommands";
import { localToday } from "./localToday";

/** Runs the command line; returns the exit code (0 done, 2 unusable input or usage). */
export async function main(argv: string[]): Promise<number> {
  let lang: Lang = langOf(argv);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      const asked = command === "help" ? findJobDeclaration(rest[0] ?? "") : undefined;
      const today = todayOf(rest, lang);
      process.stdout.write(asked ? jobHelpText(asked, lang, today) : helpText(today));
      return 0;
    }
    if (command === "demo") return await (await import("./demo/runDemo")).runDemo(rest);
    const extra = EXTRA_COMMANDS.find((c) => c.name === command);
    if (extra) return await extra.run(rest);
    const job = findJobDeclaration(command);
    if (!job)
      throw new UserError(
        say(CLI_TEXT.unknownJob, lang, { job: command, jobs: JOB_DECLARATIONS.map((j) => j.id).join(", ") }),
      );
    if (readLoosely(rest).tokens.some((t) => t.kind === "option" && t.name === "help")) {
      process.stdout.write(jobHelpText(job, lang, todayOf(rest, lang)));
      return 0;
    }
    const options = parseJobArgs(rest, job);
    lang = options.lang;
    const [{ runJobCommand }, { loadJob }] = await Promise.all([
      import("./runJobCommand"),
      import("../core/runtime"),
    ]);
    return await runJobCommand(await loadJob(job.id), options);
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

/** Options of a job command after checking. */
export interface JobCommandOptions {
  workbook: string;
  out: string | undefined;
  json: boolean;
  lang: Lang;
  params: JobParams;
}

/**
 * Parses and checks `<workbook> [the job's period and date options] [-o] [--json] [--lang] [--today]`. The
 * period and date options are the job's own ({@link jobOptions}); any other is refused with the job's options.
 */
export function parseJobArgs(args: string[], job: JobDeclaration): JobCommandOptions {
  const own = jobOptions(job);
  const config = parseConfig(own);
  const taken = new Set(Object.keys(config));
  const refused = readLoosely(args).tokens.find((t) => t.kind === "option" && !taken.has(t.name));
  if (refused?.kind === "option") {
    const lang = langOf(args);
    const names = [
      ...own.flatMap((o) => o.names.map((n) => `--${n} ${o.value}`)),
      ...GENERAL_OPTIONS.map((o) => `--${o.name}`),
    ];
    throw new UserError(
      say(CLI_TEXT.optionNotTaken, lang, {
        job: job.id,
        option: refused.rawName,
        options: names.join(HELP_TEXT.listSeparator[lang]),
      }),
    );
  }
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: config });
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  const { positionals } = parsed;
  const values = parsed.values as Record<string, string | boolean | undefined>;
  const lang = (values["lang"] ?? "zh-CN") as Lang;
  if (!LANGS.includes(lang)) throw new UserError(say(CLI_TEXT.badLang, "zh-CN"));
  const workbook = positionals[0];
  if (workbook === undefined) throw new UserError(say(CLI_TEXT.missingWorkbook, lang, { job: job.id }));
  const params: JobParams = { today: checkedToday(values["today"], lang), lang };
  for (const option of own)
    for (const name of option.names) {
      const value = values[name];
      if (typeof value !== "string") continue;
      const valid = option.value === "YYYY-MM" ? isYearMonth(value) : isIsoDate(value);
      if (!valid)
        throw new UserError(
          say(option.value === "YYYY-MM" ? CLI_TEXT.badMonth : CLI_TEXT.badDate, lang, {
            option: `--${name}`,
            value,
          }),
        );
      params[option.param] = value;
    }
  const date = job.dateOption;
  const dated = date && params[date.param];
  if (job.period === "month" && date && dated !== undefined && params.month !== undefined)
    if (monthOf(dated) !== params.month)
      throw new UserError(
        say(CLI_TEXT.dateOutsideMonth, lang, {
          option: `--${kebabCase(date.param)}`,
          date: dated,
          month: params.month,
        }),
      );
  const out = values["out"];
  return {
    workbook,
    out: typeof out === "string" ? out : undefined,
    json: values["json"] === true,
    lang,
    params,
  };
}

/** A command line read without checking it against a job: every job's options are known, so values are kept. */
function readLoosely(args: string[]) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: parseConfig(everyJobOption()),
  });
}

/** `--today` when given (it must be a date), else the local date. */
function checkedToday(value: unknown, lang: Lang): IsoDate {
  if (typeof value !== "string") return localToday();
  if (!isIsoDate(value)) throw new UserError(say(CLI_TEXT.badDate, lang, { option: "--today", value }));
  return value;
}

/** The day help computes defaults from: `--today` among the arguments, else the local date. */
function todayOf(args: string[], lang: Lang): IsoDate {
  return checkedToday(readLoosely(args).values["today"], lang);
}

function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return LANGS.find((l) => l === value) ?? "zh-CN";
}
