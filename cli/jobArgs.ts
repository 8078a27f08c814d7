import { parseArgs } from "node:util";
import {
  isIsoDate,
  isYearMonth,
  monthOf,
  LANGS,
  type IsoDate,
  type Lang,
  type JobDeclaration,
  type JobParams,
} from "../core/light";
import { UserError } from "./userError";
import { CLI_TEXT, HELP_TEXT, say } from "./texts";
import { GENERAL_OPTIONS, everyJobOption, jobOptions, kebabCase, parseConfig } from "./jobOptions";
import { localToday } from "./localToday";
import { systemLang } from "./locale";
import { parseCommand } from "./parseCommand";

/** Where and how a command writes its output, from the options every job takes. */
export interface OutputOptions {
  workbook: string;
  out: string | undefined;
  json: boolean;
  /** The language of the messages: `--lang`, else the system locale's ({@link systemLang}). */
  lang: Lang;
  /** Write the hand-in workbook: PropDesk's sheets alone, without the input's. */
  handin: boolean;
  /** Also print PropDesk's sheets (not the issues sheets) to PDF through LibreOffice. */
  pdf: boolean;
}

/** Options of a job command after checking. */
export interface JobCommandOptions extends OutputOptions {
  params: JobParams;
}

/** The values `parseArgs` gives for a command line's options. */
export type OptionValues = Record<string, string | boolean | undefined>;

/**
 * Parses and checks `<workbook> [the job's period and date options] [-o] [--json] [--lang] [--today] [--handin]
 * [--pdf]`. The period and date options are the job's own ({@link jobOptions}); any other is refused with the
 * job's options.
 */
export function parseJobArgs(args: string[], job: JobDeclaration): JobCommandOptions {
  const own = jobOptions(job);
  const config = parseConfig(own);
  const taken = new Set(Object.keys(config));
  const refused = readLoosely(args).tokens.find((t) => t.kind === "option" && !taken.has(t.name));
  if (refused?.kind === "option") {
    const lang = langOf(args);
    const names = [
      ...own.flatMap((o) => o.names.map((n) => `--${n} ${o.value}`)),
      ...GENERAL_OPTIONS.map((o) => `--${o.name}`),
    ];
    throw new UserError(
      say(CLI_TEXT.optionNotTaken, lang, {
        job: job.id,
        option: refused.rawName,
        options: names.join(HELP_TEXT.listSeparator[lang]),
      }),
    );
  }
  const { values, positionals } = parseCommand(args, config, {
    name: job.id,
    lang: langOf(args),
    positionals: "one",
  });
  const output = outputOptions(values, positionals[0], job.id);
  return { ...output, params: jobParams(job, values, output.lang) };
}

/** The output options of a parsed command line; `command` names it in the message when the workbook is missing. */
export function outputOptions(
  values: OptionValues,
  workbook: string | undefined,
  command: string,
): OutputOptions {
  const lang = (values["lang"] ?? systemLang()) as Lang;
  if (!LANGS.includes(lang)) throw new UserError(say(CLI_TEXT.badLang, systemLang()));
  if (workbook === undefined) throw new UserError(say(CLI_TEXT.missingWorkbook, lang, { job: command }));
  const out = values["out"];
  return {
    workbook,
    out: typeof out === "string" ? out : undefined,
    json: values["json"] === true,
    lang,
    handin: values["handin"] === true,
    pdf: values["pdf"] === true,
  };
}

/**
 * The language of what a job writes, its sheets and its JSON report: `--lang`, else zh-CN, the language offices
 * hand in (the system locale chooses only the messages' language).
 */
export function bookLang(values: OptionValues): Lang {
  return LANGS.find((l) => l === values["lang"]) ?? "zh-CN";
}

/**
 * A job's parameters from the options given: `--today` and the job's own period and date options (each checked;
 * of two names for one option the first given in the job's order wins, `--week-ending` before `--as-of`), and its
 * date checked to lie in `--month`; `lang` is the messages' language, the job's is {@link bookLang}.
 */
export function jobParams(job: JobDeclaration, values: OptionValues, lang: Lang): JobParams {
  const params: JobParams = { today: checkedToday(values["today"], lang), lang: bookLang(values) };
  for (const option of jobOptions(job))
    for (const name of option.names) {
      const value = values[name];
      if (typeof value !== "string") continue;
      params[option.param] = checkedPeriod(`--${name}`, value, option.value, lang);
      break;
    }
  const date = job.dateOption;
  const dated = date && params[date.param];
  if (job.period === "month" && date && dated !== undefined && params.month !== undefined)
    if (monthOf(dated) !== params.month)
      throw new UserError(
        say(CLI_TEXT.dateOutsideMonth, lang, {
          option: `--${kebabCase(date.param)}`,
          date: dated,
          month: params.month,
        }),
      );
  return params;
}

/**
 * A command line read without checking it against a job: every job's options (and `extra` ones, such as run's
 * `--all`) are known, so their values are kept.
 */
export function readLoosely(args: string[], extra: ReturnType<typeof parseConfig> = {}) {
  return parseArgs({
    args,
    allowPositionals: true,
    strict: false,
    tokens: true,
    options: { ...parseConfig(everyJobOption()), ...extra },
  });
}

/** `--today` when given (it must be a date), else the local date. */
export function checkedToday(value: unknown, lang: Lang): IsoDate {
  if (typeof value !== "string") return localToday();
  return checkedPeriod("--today", value, "YYYY-MM-DD", lang);
}

const MONTH_SHAPE = /^(\d{4})-(\d{2})$/;
const DATE_SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * Why an option's value is not a month (`YYYY-MM`) or date (`YYYY-MM-DD`) that exists, in the reader's language:
 * text of another shape "should be YYYY-MM"; a month or day that does not exist is named (`--month 2026-13：没有 13
 * 月`, `--as-of 2026-02-30：2026 年 2 月没有 30 日`). Undefined when the value is one.
 */
export function periodProblem(
  option: string,
  value: string,
  shape: "YYYY-MM" | "YYYY-MM-DD",
  lang: Lang,
): string | undefined {
  const month = shape === "YYYY-MM";
  if (month ? isYearMonth(value) : isIsoDate(value)) return undefined;
  const parts = (month ? MONTH_SHAPE : DATE_SHAPE).exec(value);
  if (parts === null) return say(month ? CLI_TEXT.badMonth : CLI_TEXT.badDate, lang, { option, value });
  const [y, m, d] = parts.slice(1).map(Number) as [number, number, number?];
  const params = { option, value, year: y, month: m, day: d ?? "", monthName: MONTH_NAMES[m - 1] ?? "" };
  if (y < 1) return say(CLI_TEXT.noSuchYear, lang, params);
  if (m < 1 || m > 12) return say(CLI_TEXT.noSuchMonth, lang, params);
  return say(CLI_TEXT.noSuchDay, lang, params);
}

/** An option's month or date value, checked ({@link periodProblem}); a UserError saying why when it is none. */
export function checkedPeriod(
  option: string,
  value: string,
  shape: "YYYY-MM" | "YYYY-MM-DD",
  lang: Lang,
): string {
  const problem = periodProblem(option, value, shape, lang);
  if (problem !== undefined) throw new UserError(problem);
  return value;
}

/** The day help computes defaults from: `--today` among the arguments, else the local date. */
export function todayOf(args: string[], lang: Lang): IsoDate {
  return checkedToday(readLoosely(args).values["today"], lang);
}

/**
 * The messages' language of a command line not yet checked: its `--lang`, else the system locale's
 * ({@link systemLang}: LC_ALL, LC_MESSAGES, LANG; zh-CN when none says a language PropDesk speaks).
 */
export function langOf(argv: string[]): Lang {
  const i = argv.indexOf("--lang");
  const value = i >= 0 ? argv[i + 1] : argv.find((a) => a.startsWith("--lang="))?.slice(7);
  return LANGS.find((l) => l === value) ?? systemLang();
}

/** True when a command line asks for its usage (`--help` or `-h`). */
export function asksHelp(args: string[]): boolean {
  return readLoosely(args).tokens.some((t) => t.kind === "option" && t.name === "help");
}
