/**
 * `node cli/run-ts.mjs bench/excelJsPath.ts <job> <workbook> -o <out> [the job's options]`: one job end to end
 * the way the command line ran it before issue 17 (commit 3e6d4b6, through tsx): the .xlsx loaded into ExcelJS,
 * every worksheet read through `readSheet`, the job run, its sheets written into the same ExcelJS workbook by
 * `writeSheets` and the workbook saved with `saveXlsx`. Prints the job's summary lines (in Chinese), as the
 * command line does first, so the bench can check both paths computed the same. The baseline of the
 * `cliEndToEnd` case; takes the period and date options the bench gives (`--today` always).
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import ExcelJS from "exceljs";
import { findJobDeclaration, type BookData, type JobParams, type SheetData } from "../core/light";
import { loadJob, runJob } from "../core/runtime";
import { useChineseBuiltInFormats } from "../cli/xlsx/chineseBuiltInFormats";
import { ownedSheets } from "../cli/xlsx/ownership";
import { readSheet } from "../cli/xlsx/readSheet";
import { saveXlsx } from "../cli/xlsx/saveBook";
import { writeSheets } from "../cli/xlsx/writeSheets";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    out: { type: "string", short: "o" },
    today: { type: "string" },
    month: { type: "string" },
    from: { type: "string" },
    to: { type: "string" },
    "as-of": { type: "string" },
  },
});
const [jobId = "", input] = positionals;
const declaration = findJobDeclaration(jobId);
if (
  declaration === undefined ||
  input === undefined ||
  values.out === undefined ||
  values.today === undefined
)
  throw new Error(
    "usage: excelJsPath.ts <job> <workbook> -o <out> --today YYYY-MM-DD [--month | --from --to | --as-of]",
  );
const params: JobParams = { today: values.today, lang: "zh-CN" };
if (values.month !== undefined) params.month = values.month;
if (values.from !== undefined) params.from = values.from;
if (values.to !== undefined) params.to = values.to;
if (values["as-of"] !== undefined) params.asOf = values["as-of"];

useChineseBuiltInFormats();
const workbook = new ExcelJS.Workbook();
await workbook.xlsx.load((await readFile(input)) as unknown as ExcelJS.Buffer);
const date1904 = workbook.properties.date1904 === true;
const owners = ownedSheets(workbook);
const book: BookData = {
  date1904,
  sheets: workbook.worksheets.map((worksheet): SheetData => {
    const sheet = readSheet(worksheet, date1904);
    const owner = owners.find((o) => o.sheet === worksheet);
    return owner === undefined ? sheet : { ...sheet, ownerKey: owner.key };
  }),
};
const job = await loadJob(declaration.id);
const result = runJob(job, book, params);
if (result.unusable) throw new Error(`${declaration.id}: the workbook is unusable for the job`);
writeSheets(workbook, result.sheets);
await saveXlsx(workbook, values.out, input);
for (const line of job.summarize(result.report, params.lang)) process.stdout.write(`${line}\n`);
