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
  runJob,
  LANGS,
  type Lang,
  type JobDefinition,
  type JobParams,
} from "../core/index";
import { UserError } from "./userError";
import { CLI_TEXT, FILE_ERRORS, say } from "./texts";
import { Progress } from "./progress";
import { readXlsxFile } from "./xlsx/readBook";
import { writeJobOutput } from "./writeJobOutput";
import { helpText } from "./help";
import { runDemo } from "./demo/runDemo";
import { EXTRA_COMMANDS } from "./extraCommands";
import { localToday } from "./localToday";

/** Runs the command line; returns the exit code (0 done, 2 unusable input or usage). */
export async function main(argv: string[]): Promise<number> {
  let lang: Lang = langOf(argv);
  try {
    const [command, ...rest] = argv;
    if (command === undefined || command === "--help" || command === "-h" || command === "help") {
      process.stdout.write(helpText());
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
    const options = parseJobArgs(rest, job.id);
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

/** Parses and checks `<workbook> [--month | --from --to] [--as-of | --week-ending] [--count-date] [-o] [--json] [--lang] [--today]`. */
export function parseJobArgs(args: string[], jobId: string): JobCommandOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        month: { type: "string" },
        from: { type: "string" },
        to: { type: "string" },
        "as-of": { type: "string" },
        "week-ending": { type: "string" },
        "count-date": { type: "string" },
        out: { type: "string", short: "o" },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "zh-CN" },
        today: { type: "string" },
      },
    });
  } catch (error) {
    throw new UserError((error as Error).message);
  }
  const { values, positionals } = parsed;
  const lang = values.lang as Lang;
  if (!LANGS.includes(lang)) throw new UserError(say(CLI_TEXT.badLang, "zh-CN"));
  const workbook = positionals[0];
  if (workbook === undefined) throw new UserError(say(CLI_TEXT.missingWorkbook, lang, { job: jobId }));
  const today = values.today ?? localToday();
  if (!isIsoDate(today))
    throw new UserError(say(CLI_TEXT.badDate, lang, { option: "--today", value: today }));
  const params: JobParams = { today, lang };
  if (values.month !== undefined) {
    if (!isYearMonth(values.month))
      throw new UserError(say(CLI_TEXT.badMonth, lang, { value: values.month }));
    params.month = values.month;
  }
  for (const option of ["from", "to"] as const) {
    const value = values[option];
    if (value === undefined) continue;
    if (!isYearMonth(value))
      throw new UserError(say(CLI_TEXT.badMonth, lang, { value }).replace("--month", `--${option}`));
    params[option] = value;
  }
  for (const option of ["as-of", "week-ending", "count-date"] as const) {
    const value = values[option];
    if (value === undefined) continue;
    if (!isIsoDate(value)) throw new UserError(say(CLI_TEXT.badDate, lang, { option: `--${option}`, value }));
    if (option === "count-date") params.countDate = value;
    else params.asOf = value;
  }
  if (
    params.countDate !== undefined &&
    params.month !== undefined &&
    monthOf(params.countDate) !== params.month
  )
    throw new UserError(
      say(CLI_TEXT.countDateOutsideMonth, lang, { date: params.countDate, month: params.month }),
    );
  return { workbook, out: values.out, json: values.json, lang, params };
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
      `${JSON.stringify(reportWithIssues(result.report as object, result.issues, lang), null, 2)}\n`,
    );
  if (written.separate)
    log(say(CLI_TEXT.separateBook, lang, { file: basename(input), features: features.join(", ") }));
  for (const line of job.summarize(result.report, lang)) log(line);
  log(say(CLI_TEXT.wrote, lang, { file: out }));
  for (const sheet of written.sheets)
    log(say(sheet.replaced ? CLI_TEXT.sheetReplaced : CLI_TEXT.sheetWritten, lang, { name: sheet.name }));
  const errors = result.issues.filter((i) => i.severity === "error").length;
  log(say(CLI_TEXT.issuesLine, lang, { errors, warnings: result.issues.length - errors }));
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
