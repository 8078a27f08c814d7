import { parseArgs } from "node:util";
import { basename, dirname, extname, join, resolve } from "node:path";
import {
  JOBS,
  findJob,
  isIsoDate,
  isYearMonth,
  monthOf,
  formatIssue,
  reportWithIssues,
  readingLines,
  runJob,
  LANGS,
  type IsoDate,
  type Lang,
  type JobDefinition,
  type JobParams,
} from "../core/index";
import { UserError } from "./userError";
import { CLI_TEXT, FILE_ERRORS, HELP_TEXT, say } from "./texts";
import { Progress } from "./progress";
import { readXlsxFile } from "./xlsx/readBook";
import { writeJobOutput } from "./writeJobOutput";
import { helpText, jobHelpText } from "./help";
import { GENERAL_OPTIONS, everyJobOption, jobOptions, kebabCase, parseConfig } from "./jobOptions";
import { runDemo } from "./demo/runDemo";
import { EXTRA_COMMANDS } from "./extraCommands";
import { localToday } from "./localToday";

/** Runs the command line; returns the exit code (0 done, 2 unusable input or usage). */
export async function main(argv: string[]): Promise<number> {
  let lang: Lang = langOf(argv);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      const asked = command === "help" ? findJob(rest[0] ?? "") : undefined;
      const today = todayOf(rest, lang);
      process.stdout.write(asked ? jobHelpText(asked, lang, today) : helpText(today));
      return 0;
    }
    if (command === "demo") return await runDemo(rest);
    const extra = EXTRA_COMMANDS.find((c) => c.name === command);
    if (extra) return await extra.run(rest);
    const job = findJob(command);
    if (!job)
      throw new UserError(
        say(CLI_TEXT.unknownJob, lang, { job: command, jobs: JOBS.map((j) => j.id).join(", ") }),
      );
    if (readLoosely(rest).tokens.some((t) => t.kind === "option" && t.name === "help")) {
      process.stdout.write(jobHelpText(job, lang, todayOf(rest, lang)));
      return 0;
    }
    const options = parseJobArgs(rest, job);
    lang = options.lang;
    return await runJobCommand(job, options);
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
export function parseJobArgs(args: string[], job: JobDefinition): JobCommandOptions {
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

/** Reads the workbook, runs the job, writes the output copy and prints the summary (or the JSON report). */
export async function runJobCommand(job: JobDefinition, options: JobCommandOptions): Promise<number> {
  const { lang } = options;
  const input = resolve(options.workbook);
  const out = resolve(options.out ?? defaultOutputPath(input));
  if (out === input) throw new UserError(say(CLI_TEXT.sameAsInput, lang, { file: input }));
  const progress = new Progress(true);
  progress.step(say(CLI_TEXT.reading, lang, { file: basename(input) }));
  const { book, workbook, features } = await readXlsxFile(input);
  progress.step(say(CLI_TEXT.computing, lang, { job: job.title[lang] }));
  const result = runJob(job, book, options.params);
  if (result.unusable) {
    progress.done();
    const reason = result.issues
      .filter((i) => i.code === "no_input_sheet")
      .map((i) => formatIssue(i, lang))
      .join("; ");
    throw new UserError(say(CLI_TEXT.unusable, lang, { file: input, job: job.title[lang], reason }));
  }
  const { sheets } = result;
  progress.step(say(CLI_TEXT.writing, lang, { file: basename(out) }));
  const written = await writeJobOutput({ input, out, workbook, features, sheets });
  progress.done();
  const log = options.json
    ? (line: string) => process.stderr.write(`${line}\n`)
    : (line: string) => process.stdout.write(`${line}\n`);
  if (options.json)
    process.stdout.write(
      `${JSON.stringify(reportWithIssues(result.report as object, result.issues, lang, result.readings), null, 2)}\n`,
    );
  if (written.separate)
    log(say(CLI_TEXT.separateBook, lang, { file: basename(input), features: features.join(", ") }));
  for (const line of job.summarize(result.report, lang)) log(line);
  if (result.readings.length > 0) log(say(CLI_TEXT.readFrom, lang, {}));
  for (const reading of result.readings) {
    const { header, counts } = readingLines(reading, lang);
    log(say(CLI_TEXT.readingLine, lang, { sheet: reading.sheet, header, counts }));
  }
  log(say(CLI_TEXT.wrote, lang, { file: out }));
  for (const sheet of written.sheets)
    log(say(sheet.replaced ? CLI_TEXT.sheetReplaced : CLI_TEXT.sheetWritten, lang, { name: sheet.name }));
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.filter((i) => i.severity === "warning").length;
  log(say(CLI_TEXT.issuesLine, lang, { errors, warnings }));
  return 0;
}

/** `<dir>/<name>.propdesk.xlsx` beside the input. */
export function defaultOutputPath(input: string): string {
  const stem = basename(input, extname(input));
  return join(dirname(input), `${stem}.propdesk.xlsx`);
}

function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return LANGS.find((l) => l === value) ?? "zh-CN";
}
