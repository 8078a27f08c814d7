import { basename, extname } from "node:path";
import { groupedAmount, issuesSheet, reportWithIssues } from "../../core/index";
import { runCompanyPlan, type ProjectBook } from "../../core/jobs/purchase-plan/companyPlan";
import { CLI_TEXT, HELP_TEXT, say } from "../texts";
import { UserError } from "../userError";
import { PLAN_TEXT } from "../../core/jobs/purchase-plan/texts";
import { readBookFile } from "../xlsx/readBook";
import { writeNewWorkbook } from "../xlsx/package/writeNewWorkbook";
import type { CompanyPlanOptions } from "./companyPlanArgs";

/** Runs `propdesk company-plan` on its checked options (`parseCompanyPlanArgs`); returns the exit code. */
export async function runCompanyPlanCommand(options: CompanyPlanOptions): Promise<number> {
  const { inputs, out, month, today, lang, bookLang } = options;
  const projects: ProjectBook[] = [];
  for (const path of inputs) {
    const book = await readBookFile(path);
    projects.push({ fileName: basename(path, extname(path)), book });
  }
  const result = runCompanyPlan(projects, { today, lang: bookLang, month });
  if (result.withoutPlan.length > 0)
    throw new UserError(
      say(CLI_TEXT.noProjectPlan, lang, {
        files: result.withoutPlan.join(HELP_TEXT.listSeparator[lang]),
        month,
      }),
    );
  const sheets = [
    ...result.sheets,
    issuesSheet(result.issues, {
      key: `company-plan/${month}`,
      period: month,
      jobTitle: PLAN_TEXT.companySheet[bookLang],
      lang: bookLang,
    }),
  ];
  await writeNewWorkbook({ out, sheets, inputs: inputs.map((path) => ({ path })) });
  const log = (line: string) => (options.json ? process.stderr : process.stdout).write(`${line}\n`);
  if (options.json)
    process.stdout.write(
      `${JSON.stringify(reportWithIssues(result.report, result.issues, bookLang), null, 2)}\n`,
    );
  const { projects: names, lines, totals } = result.report;
  log(
    say(CLI_TEXT.companySummary, lang, {
      month,
      projects: names.length,
      lines: lines.length,
      amount: groupedAmount(totals.amount),
    }),
  );
  log(say(CLI_TEXT.wrote, lang, { file: out }));
  return 0;
}
