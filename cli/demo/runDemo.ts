import { join, resolve } from "node:path";
import { JOBS, runJob, type SheetSpec } from "../../core/index";
import { bookLang, checkedToday, langOf } from "../jobArgs";
import { issueLines } from "../issueLines";
import { CLI_TEXT, COMMAND_TEXT, say } from "../texts";
import { parseCommand } from "../parseCommand";
import { makeFolder } from "../makeFolder";
import { readBookFile } from "../xlsx/readBook";
import { writeWorkbookCopy } from "../xlsx/package/writeWorkbookCopy";
import { writeSampleWorkbook } from "./sampleWorkbook";

/** File name of the sample workbook the demo writes. */
export const DEMO_WORKBOOK = "阳光花园物业-示例.xlsx";

/**
 * `propdesk demo`: writes a realistic sample workbook (every job's sample inputs), runs every job on
 * it, writes the output copy with all their sheets and prints what was made and what was found.
 */
export async function runDemo(args: string[]): Promise<number> {
  const lang = langOf(args);
  const { values } = parseCommand(
    args,
    {
      "out-dir": { type: "string" },
      today: { type: "string" },
      lang: { type: "string" },
      help: { type: "boolean", short: "h" },
    },
    { name: "demo", lang, positionals: "none" },
  );
  const today = checkedToday(values["today"], lang);
  const sheetLang = bookLang(values);
  const outDir = values["out-dir"];
  const dir = resolve(typeof outDir === "string" ? outDir : "demo");
  await makeFolder(dir);
  const samplePath = join(dir, DEMO_WORKBOOK);
  const outPath = join(dir, DEMO_WORKBOOK.replace(/\.xlsx$/, ".propdesk.xlsx"));

  const sampleSheets = await writeSampleWorkbook(samplePath, today);
  process.stdout.write(`${say(COMMAND_TEXT.demoSample, lang, { file: samplePath, sheets: sampleSheets })}\n`);

  const book = await readBookFile(samplePath);
  const sheets: SheetSpec[] = [];
  for (const job of JOBS) {
    const result = runJob(job, book, { today, lang: sheetLang });
    const { period } = result;
    sheets.push(...result.sheets);
    const heading = say(CLI_TEXT.jobHeading, lang, { title: job.title[lang], job: job.id, period });
    process.stdout.write(`\n${heading}\n`);
    for (const line of job.summarize(result.report, lang)) process.stdout.write(`   ${line}\n`);
    for (const line of issueLines(result.issues, lang)) process.stdout.write(`   ${line}\n`);
  }
  const written = await writeWorkbookCopy({ input: samplePath, out: outPath, sheets });
  process.stdout.write(`\n${say(COMMAND_TEXT.demoOutput, lang, { file: outPath })}\n`);
  for (const sheet of written.sheets)
    process.stdout.write(`${say(CLI_TEXT.sheetWritten, lang, { name: sheet.name })}\n`);
  return 0;
}
