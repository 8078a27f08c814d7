import { basename, dirname, extname, join, resolve } from "node:path";
import {
  formatIssue,
  reportWithIssues,
  readingLines,
  runJob,
  type JobDefinition,
  type JobParams,
  type JobRun,
  type Lang,
} from "../core/index";
import { UserError } from "./userError";
import { CLI_TEXT, say } from "./texts";
import { Progress } from "./progress";
import { readBookFile } from "./xlsx/readBook";
import { writeJobOutput } from "./writeJobOutput";
import { outputLines } from "./outputLines";
import { pdfLines } from "./pdfLines";
import { printHandinPdf } from "./handinPdf";
import { issueLines } from "./issueLines";
import type { OutputOptions } from "./jobArgs";

/** A job to run and its parameters. */
export interface JobToRun {
  job: JobDefinition;
  params: JobParams;
}

/**
 * Reads the workbook once, runs each job on it, writes one output with every job's sheets (and the PDF when
 * asked) and prints each job's summary, or the JSON report. A job whose input sheets are missing does not run:
 * with `several` (the `run` command) the others still do, that job is named on stderr and the exit code is 1;
 * when no job can run, or the one job of a job command cannot, it is a UserError (exit 2). A PDF that could not
 * be printed also gives 1; LibreOffice missing is said, and leaves 0.
 */
export async function runJobCommand(
  jobs: readonly JobToRun[],
  options: OutputOptions,
  several: boolean,
): Promise<number> {
  const { lang } = options;
  const input = resolve(options.workbook);
  const out = resolve(options.out ?? defaultOutputPath(input, options.handin));
  if (out === input) throw new UserError(say(CLI_TEXT.sameAsInput, lang, { file: input }));
  const progress = new Progress(true);
  progress.step(say(CLI_TEXT.reading, lang, { file: basename(input) }));
  const book = await readBookFile(input);
  const runs: { job: JobDefinition; params: JobParams; result: JobRun<unknown> }[] = [];
  const unusable: string[] = [];
  for (const { job, params } of jobs) {
    progress.step(say(CLI_TEXT.computing, lang, { job: job.title[lang] }));
    const result = runJob(job, book, params);
    if (result.unusable) unusable.push(unusableLine(job, result, input, lang));
    else runs.push({ job, params, result });
  }
  if (runs.length === 0) {
    progress.done();
    if (!several || unusable.length === 1) throw new UserError(unusable[0] ?? "");
    for (const line of unusable) process.stderr.write(`propdesk: ${line}\n`);
    return 2;
  }
  progress.step(say(CLI_TEXT.writing, lang, { file: basename(out) }));
  const sheets = runs.flatMap((r) => r.result.sheets);
  const written = await writeJobOutput({ input, out, sheets, handin: options.handin });
  if (options.pdf) progress.step(say(CLI_TEXT.printing, lang));
  const pdf = options.pdf ? await printHandinPdf(out) : undefined;
  progress.done();

  const log = options.json
    ? (line: string) => process.stderr.write(`${line}\n`)
    : (line: string) => process.stdout.write(`${line}\n`);
  if (options.json) {
    const reports = runs.map(({ job, params, result }) => {
      const report = reportWithIssues(result.report as object, result.issues, params.lang, result.readings);
      return [job.id, report] as const;
    });
    const json = several ? Object.fromEntries(reports) : reports[0]?.[1];
    process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
  }
  for (const { job, result } of runs) {
    if (several)
      log(say(CLI_TEXT.jobHeading, lang, { title: job.title[lang], job: job.id, period: result.period }));
    for (const line of job.summarize(result.report, lang)) log(line);
    if (result.readings.length > 0) log(say(CLI_TEXT.readFrom, lang, {}));
    for (const reading of result.readings) {
      const { header, counts } = readingLines(reading, lang);
      log(say(CLI_TEXT.readingLine, lang, { sheet: reading.sheet, header, counts }));
    }
    if (several) for (const line of issueLines(result.issues, lang)) log(line);
  }
  for (const line of outputLines(written, out, lang)) log(line);
  if (!several && runs[0] !== undefined)
    for (const line of issueLines(runs[0].result.issues, lang)) log(line);
  for (const line of pdf === undefined ? [] : pdfLines(pdf, lang)) log(line);
  for (const line of unusable) process.stderr.write(`propdesk: ${line}\n`);
  return unusable.length > 0 || pdf?.kind === "failed" ? 1 : 0;
}

/** `<dir>/<name>.propdesk.xlsx` beside the input (`.xlsm` for an `.xlsm`, whose macros the copy keeps), or `<dir>/<name>.handin.xlsx` for the hand-in workbook. */
export function defaultOutputPath(input: string, handin = false): string {
  const extension = extname(input);
  const stem = basename(input, extension);
  if (handin) return join(dirname(input), `${stem}.handin.xlsx`);
  const kept = extension.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return join(dirname(input), `${stem}.propdesk${kept}`);
}

/** Why the workbook cannot be used for a job: the file, the job and the input sheets it lacks. */
function unusableLine(job: JobDefinition, result: JobRun<unknown>, input: string, lang: Lang): string {
  const reason = result.issues
    .filter((i) => i.code === "no_input_sheet")
    .map((i) => formatIssue(i, lang))
    .join("; ");
  return say(CLI_TEXT.unusable, lang, { file: input, job: job.title[lang], reason });
}
