import { basename, dirname, extname, join, resolve } from "node:path";
import { formatIssue, reportWithIssues, readingLines, runJob, type JobDefinition } from "../core/index";
import { UserError } from "./userError";
import { CLI_TEXT, say } from "./texts";
import { Progress } from "./progress";
import { readBookFile } from "./xlsx/readBook";
import { writeJobOutput } from "./writeJobOutput";
import type { JobCommandOptions } from "./main";

/** Reads the workbook, runs the job, writes the output copy and prints the summary (or the JSON report). */
export async function runJobCommand(job: JobDefinition, options: JobCommandOptions): Promise<number> {
  const { lang } = options;
  const input = resolve(options.workbook);
  const out = resolve(options.out ?? defaultOutputPath(input));
  if (out === input) throw new UserError(say(CLI_TEXT.sameAsInput, lang, { file: input }));
  const progress = new Progress(true);
  progress.step(say(CLI_TEXT.reading, lang, { file: basename(input) }));
  const book = await readBookFile(input);
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
  const written = await writeJobOutput({ input, out, sheets });
  progress.done();
  const log = options.json
    ? (line: string) => process.stderr.write(`${line}\n`)
    : (line: string) => process.stdout.write(`${line}\n`);
  if (options.json)
    process.stdout.write(
      `${JSON.stringify(reportWithIssues(result.report as object, result.issues, lang, result.readings), null, 2)}\n`,
    );
  for (const line of job.summarize(result.report, lang)) log(line);
  if (result.readings.length > 0) log(say(CLI_TEXT.readFrom, lang, {}));
  for (const reading of result.readings) {
    const { header, counts } = readingLines(reading, lang);
    log(say(CLI_TEXT.readingLine, lang, { sheet: reading.sheet, header, counts }));
  }
  log(say(CLI_TEXT.wrote, lang, { file: out }));
  for (const sheet of written.sheets)
    log(say(sheet.replaced ? CLI_TEXT.sheetReplaced : CLI_TEXT.sheetWritten, lang, { name: sheet.name }));
  if (written.needsMacroExtension) log(say(CLI_TEXT.macroExtension, lang, { file: basename(out) }));
  const errors = result.issues.filter((i) => i.severity === "error").length;
  const warnings = result.issues.filter((i) => i.severity === "warning").length;
  log(say(CLI_TEXT.issuesLine, lang, { errors, warnings }));
  return 0;
}

/** `<dir>/<name>.propdesk.xlsx` beside the input (`.xlsm` for an `.xlsm`, whose macros the copy keeps). */
export function defaultOutputPath(input: string): string {
  const extension = extname(input);
  const stem = basename(input, extension);
  const kept = extension.toLowerCase() === ".xlsm" ? ".xlsm" : ".xlsx";
  return join(dirname(input), `${stem}.propdesk${kept}`);
}
