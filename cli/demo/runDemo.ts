import { join, resolve } from "node:path";
import { JOBS, runJob, type SheetSpec, type Issue } from "../../core/index";
import { checkedToday, langOf } from "../jobArgs";
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
    { "out-dir": { type: "string" }, today: { type: "string" }, lang: { type: "string" } },
    { name: "demo", lang, positionals: "none" },
  );
  const today = checkedToday(values["today"], lang);
  const outDir = values["out-dir"];
  const dir = resolve(typeof outDir === "string" ? outDir : "demo");
  await makeFolder(dir);
  const samplePath = join(dir, DEMO_WORKBOOK);
  const outPath = join(dir, DEMO_WORKBOOK.replace(/\.xlsx$/, ".propdesk.xlsx"));

  const sampleSheets = await writeSampleWorkbook(samplePath, today);
  process.stdout.write(`Sample workbook: ${samplePath} (${sampleSheets} sheets)\n`);

  const book = await readBookFile(samplePath);
  const sheets: SheetSpec[] = [];
  for (const job of JOBS) {
    const result = runJob(job, book, { today, lang: "zh-CN" });
    const { period } = result;
    sheets.push(...result.sheets);
    process.stdout.write(`\n== ${job.title["zh-CN"]} (${job.id}, ${period})\n`);
    for (const line of job.summarize(result.report, "zh-CN")) process.stdout.write(`   ${line}\n`);
    process.stdout.write(`   ${issueSummary(result.issues)}\n`);
  }
  const written = await writeWorkbookCopy({ input: samplePath, out: outPath, sheets });
  process.stdout.write(`\nOutput workbook: ${outPath}\n`);
  for (const sheet of written.sheets) process.stdout.write(`   sheet 「${sheet.name}」\n`);
  return 0;
}

function issueSummary(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const codes = new Map<string, number>();
  for (const i of issues) codes.set(i.code, (codes.get(i.code) ?? 0) + 1);
  const detail = [...codes].map(([code, n]) => `${code}×${n}`).join(", ");
  return `issues: ${errors} errors, ${issues.length - errors} warnings${detail ? ` (${detail})` : ""}`;
}
