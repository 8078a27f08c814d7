import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { JOBS, isIsoDate, runJob, type SheetSpec, type Issue } from "../../core/index";
import { UserError } from "../userError";
import { localToday } from "../localToday";
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
  const { values } = parseArgs({
    args,
    options: { "out-dir": { type: "string", default: "demo" }, today: { type: "string" } },
  });
  const today = values.today ?? localToday();
  if (!isIsoDate(today)) throw new UserError(`--today must be YYYY-MM-DD, got "${today}"`);
  const dir = resolve(values["out-dir"]);
  await mkdir(dir, { recursive: true });
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
