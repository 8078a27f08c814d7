import { parseArgs } from "node:util";
import { basename, extname, resolve } from "node:path";
import ExcelJS from "exceljs";
import { issuesSheet, isYearMonth, LANGS, reportWithIssues, type Lang } from "../../core/index";
import { runCompanyPlan, type ProjectBook } from "../../core/jobs/purchase-plan/companyPlan";
import { defaultPlanMonth } from "../../core/jobs/purchase-plan/job";
import { UserError } from "../userError";
import { CLI_TEXT, say } from "../texts";
import { PLAN_TEXT } from "../../core/jobs/purchase-plan/texts";
import { readXlsxFile } from "../xlsx/readBook";
import { writeSheets } from "../xlsx/writeSheets";
import { saveXlsx } from "../xlsx/saveBook";
import { localToday } from "../localToday";
import type { ExtraCommand } from "../extraCommands";

/** `propdesk company-plan <plan1.xlsx> <plan2.xlsx> ... --month YYYY-MM -o company.xlsx`. */
export const COMPANY_PLAN_COMMAND: ExtraCommand = {
  name: "company-plan",
  usage: "propdesk company-plan <plan1.xlsx> <plan2.xlsx> ... [--month YYYY-MM] [-o company.xlsx] [--json]",
  description:
    "Consolidates several projects' purchase plans into the company plan (one quantity column per project).",
  async run(args) {
    const { values, positionals } = parseArgs({
      args,
      allowPositionals: true,
      options: {
        month: { type: "string" },
        out: { type: "string", short: "o" },
        json: { type: "boolean", default: false },
        lang: { type: "string", default: "zh-CN" },
        today: { type: "string" },
      },
    });
    const lang = values.lang as Lang;
    if (!LANGS.includes(lang)) throw new UserError(say(CLI_TEXT.badLang, "zh-CN"));
    if (positionals.length === 0) throw new UserError(say(CLI_TEXT.needProjects, lang));
    const today = values.today ?? localToday();
    const month = values.month ?? defaultPlanMonth(today);
    if (!isYearMonth(month))
      throw new UserError(say(CLI_TEXT.badMonth, lang, { option: "--month", value: month }));
    const inputs = positionals.map((p) => resolve(p));
    const out = resolve(values.out ?? `company-plan-${month}.xlsx`);
    if (inputs.includes(out)) throw new UserError(say(CLI_TEXT.outputIsInput, lang, { file: out }));
    const projects: ProjectBook[] = [];
    for (const path of inputs) {
      const { book } = await readXlsxFile(path);
      projects.push({ fileName: basename(path, extname(path)), book });
    }
    const result = runCompanyPlan(projects, { today, lang, month });
    const workbook = new ExcelJS.Workbook();
    writeSheets(workbook, [
      ...result.sheets,
      issuesSheet(result.issues, {
        key: `company-plan/${month}`,
        period: month,
        jobTitle: PLAN_TEXT.companySheet[lang],
        lang,
      }),
    ]);
    await saveXlsx(workbook, out);
    const log = (line: string) => (values.json ? process.stderr : process.stdout).write(`${line}\n`);
    if (values.json)
      process.stdout.write(
        `${JSON.stringify(reportWithIssues(result.report, result.issues, lang), null, 2)}\n`,
      );
    const { projects: names, lines, totals } = result.report;
    log(
      say(CLI_TEXT.companySummary, lang, {
        month,
        projects: names.length,
        lines: lines.length,
        amount: totals.amount,
      }),
    );
    log(say(CLI_TEXT.wrote, lang, { file: out }));
    return 0;
  },
};
