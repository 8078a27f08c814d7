import { resolve } from "node:path";
import { LANGS, type IsoDate, type Lang, type YearMonth } from "../../core/light";
import { defaultPlanMonth } from "../../core/jobs/purchase-plan/declaration";
import { UserError } from "../userError";
import { CLI_TEXT, say } from "../texts";
import { bookLang, checkedPeriod, checkedToday, langOf } from "../jobArgs";
import { systemLang } from "../locale";
import { parseCommand, type CommandOptions } from "../parseCommand";

/** What `propdesk company-plan` is asked to do, checked. */
export interface CompanyPlanOptions {
  /** The projects' plan workbooks, as absolute paths. */
  inputs: string[];
  out: string;
  month: YearMonth;
  today: IsoDate;
  /** The messages' language: `--lang`, else the system locale's. */
  lang: Lang;
  /** The language of the company plan's sheets and JSON report: `--lang`, else zh-CN. */
  bookLang: Lang;
  json: boolean;
}

const COMPANY_PLAN_OPTIONS: CommandOptions = {
  month: { type: "string" },
  out: { type: "string", short: "o" },
  json: { type: "boolean" },
  lang: { type: "string" },
  today: { type: "string" },
  help: { type: "boolean", short: "h" },
};

function stringValue(value: string | boolean | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/**
 * Parses and checks `company-plan <plan1.xlsx> <plan2.xlsx> ... [--month] [-o] [--json] [--lang] [--today]`, before
 * any of the command's code loads; a mistake is a {@link UserError}.
 */
export function parseCompanyPlanArgs(args: string[]): CompanyPlanOptions {
  const { values, positionals } = parseCommand(args, COMPANY_PLAN_OPTIONS, {
    name: "company-plan",
    lang: langOf(args),
    positionals: "many",
  });
  const lang = (values["lang"] ?? systemLang()) as Lang;
  if (!LANGS.includes(lang)) throw new UserError(say(CLI_TEXT.badLang, systemLang()));
  if (positionals.length === 0) throw new UserError(say(CLI_TEXT.needProjects, lang));
  const today = checkedToday(values["today"], lang);
  const given = stringValue(values["month"]);
  const month =
    given === undefined ? defaultPlanMonth(today) : checkedPeriod("--month", given, "YYYY-MM", lang);
  const inputs = positionals.map((p) => resolve(p));
  const out = resolve(stringValue(values["out"]) ?? `company-plan-${month}.xlsx`);
  if (inputs.includes(out)) throw new UserError(say(CLI_TEXT.outputIsInput, lang, { file: out }));
  return { inputs, out, month, today, lang, bookLang: bookLang(values), json: values["json"] === true };
}
