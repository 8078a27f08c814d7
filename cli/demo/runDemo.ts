import { mkdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { JOBS, isIsoDate, runJob, type SheetSpec, type Issue } from "../../core/index";
import { demoSheets, type DemoSheet } from "../../core/demo/index";
import { UserError } from "../userError";
import { localToday } from "../localToday";
import { readXlsxFile } from "../xlsx/readBook";
import { writeSheets } from "../xlsx/writeSheets";
import { saveXlsx } from "../xlsx/saveBook";

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

  const sample = new ExcelJS.Workbook();
  for (const sheet of demoSheets(today)) addDemoSheet(sample, sheet);
  if (sample.worksheets.length === 0) sample.addWorksheet("说明").addRow(["PropDesk demo: no job registered yet."]);
  await saveXlsx(sample, samplePath);
  process.stdout.write(`Sample workbook: ${samplePath} (${sample.worksheets.length} sheets)\n`);

  const { book, workbook } = await readXlsxFile(samplePath);
  const sheets: SheetSpec[] = [];
  for (const job of JOBS) {
    const result = runJob(job, book, { today, lang: "zh-CN" });
    const { period } = result;
    sheets.push(...result.sheets);
    process.stdout.write(`\n== ${job.title["zh-CN"]} (${job.id}, ${period})\n`);
    for (const line of job.summarize(result.report, "zh-CN")) process.stdout.write(`   ${line}\n`);
    process.stdout.write(`   ${issueSummary(result.issues)}\n`);
  }
  const { written } = writeSheets(workbook, sheets);
  await saveXlsx(workbook, outPath, samplePath);
  process.stdout.write(`\nOutput workbook: ${outPath}\n`);
  for (const sheet of written) process.stdout.write(`   sheet 「${sheet.name}」\n`);
  return 0;
}

function addDemoSheet(book: ExcelJS.Workbook, sheet: DemoSheet): void {
  const ws = book.addWorksheet(sheet.name);
  sheet.rows.forEach((row, r) => {
    row.forEach((value, c) => {
      if (value !== null) ws.getCell(r + 1, c + 1).value = value;
    });
  });
  sheet.widths?.forEach((width, i) => (ws.getColumn(i + 1).width = width));
  for (const f of sheet.formats ?? []) {
    for (let r = f.fromRow; r <= sheet.rows.length; r++) ws.getCell(r, f.column).numFmt = f.format;
  }
}

function issueSummary(issues: readonly Issue[]): string {
  const errors = issues.filter((i) => i.severity === "error").length;
  const codes = new Map<string, number>();
  for (const i of issues) codes.set(i.code, (codes.get(i.code) ?? 0) + 1);
  const detail = [...codes].map(([code, n]) => `${code}×${n}`).join(", ");
  return `issues: ${errors} errors, ${issues.length - errors} warnings${detail ? ` (${detail})` : ""}`;
}
