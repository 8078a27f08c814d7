import { resolve } from "node:path";
import { isYearMonth, LANGS, type IsoDate, type Lang, type YearMonth } from "../../core/light";
import { defaultPlanMonth } from "../../core/jobs/purchase-plan/declaration";
import { UserError } from "../userError";
import { CLI_TEXT, say } from "../texts";
import { checkedToday, langOf } from "../jobArgs";
import { parseCommand, type CommandOptions } from "../parseCommand";

/** What `propdesk company-plan` is asked to do, checked. */
export interface CompanyPlanOptions {
  /** The projects' plan workbooks, as absolute paths. */
  inputs: string[];
  out: string;
  month: YearMonth;
  today: IsoDate;
  lang: Lang;
  json: boolean;
}

const COMPANY_PLAN_OPTIONS: CommandOptions = {
  month: { type: "string" },
  out: { type: "string", short: "o" },
  json: { type: "boolean" },
  lang: { type: "string" },
  today: { type: "string" },
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
  const lang = (values["lang"] ?? "zh-CN") as Lang;
  if (!LANGS.includes(lang)) throw new UserError(say(CLI_TEXT.badLang, "zh-CN"));
  if (positionals.length === 0) throw new UserError(say(CLI_TEXT.needProjects, lang));
  const today = checkedToday(values["today"], lang);
  const month = stringValue(values["month"]) ?? defaultPlanMonth(today);
  if (!isYearMonth(month))
    throw new UserError(say(CLI_TEXT.badMonth, lang, { option: "--month", value: month }));
  const inputs = positionals.map((p) => resolve(p));
  const out = resolve(stringValue(values["out"]) ?? `company-plan-${month}.xlsx`);
  if (inputs.includes(out)) throw new UserError(say(CLI_TEXT.outputIsInput, lang, { file: out }));
  return { inputs, out, month, today, lang, json: values["json"] === true };
}
