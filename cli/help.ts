import { JOB_DECLARATIONS, type IsoDate, type JobDeclaration, type Lang } from "../core/light";
import { EXTRA_COMMANDS } from "./extraCommands";
import { GENERAL_OPTIONS, generalFlags, jobOptions } from "./jobOptions";
import { optionLines } from "./optionLines";
import { HELP_TEXT, say } from "./texts";

/** The period and date options of a job, described with their defaults on `today`. */
function periodOptionLines(job: JobDeclaration, lang: Lang, today: IsoDate, indent: string): string[] {
  const rows = jobOptions(job).flatMap(({ names: [name, ...aliases], value, describe }) => [
    [`--${name} ${value}`, describe(today, lang)] as [string, string],
    ...aliases.map((alias): [string, string] => [
      `--${alias} ${value}`,
      say(HELP_TEXT.sameAs, lang, { option: `--${name}` }),
    ]),
  ]);
  return optionLines(rows, indent);
}

/** The options every job takes. */
function generalOptionLines(lang: Lang, indent: string): string[] {
  return optionLines(
    GENERAL_OPTIONS.map((o) => [generalFlags(o), o.what[lang]]),
    indent,
  );
}

/** Command lines that run a job on its default period, and on a range of months when it takes one. */
export function jobExamples(job: JobDeclaration, lang: Lang, today: IsoDate): string[] {
  const period = job.defaultPeriod(today);
  const command = `propdesk ${job.id} ${HELP_TEXT.workbook[lang]}`;
  const options = jobOptions(job);
  const [first] = options;
  const main = [command];
  if (first) main.push(`--${first.names[0]} ${period}`);
  const date = options.find((o) => o.param === job.dateOption?.param);
  if (date) main.push(`--${date.names[0]} ${job.period === "month" ? `${period}-25` : period}`);
  const examples = [main.join(" ")];
  if (options.some((o) => o.param === "from"))
    examples.push(`${command} --from ${period.slice(0, 4)}-01 --to ${period}`);
  return examples;
}

/** The text of `propdesk --help`: every job with its own period and date options, defaults as on `today`. */
export function helpText(today: IsoDate): string {
  const jobs = JOB_DECLARATIONS.flatMap((job) => [
    `  ${job.id.padEnd(18)} ${job.title["zh-CN"]} - ${job.description.en}`,
    ...periodOptionLines(job, "en", today, "      "),
  ]);
  const extras = EXTRA_COMMANDS.map((c) => `  ${c.usage}\n      ${c.description}`);
  return [
    "PropDesk (物业办公助手) - the monthly hand-in sheets of a property project office, from its own workbooks.",
    "",
    "Usage:",
    "  propdesk <job> <workbook.xlsx> [options]",
    "  propdesk <job> --help [--lang zh-CN|zh-TW|en]   the job's inputs, options and examples",
    "  propdesk demo [--out-dir demo] [--today YYYY-MM-DD]",
    ...extras,
    "",
    `Jobs and the period options each takes (defaults as on ${today}):`,
    ...(jobs.length ? jobs : ["  (none yet)"]),
    "",
    "Options of every job:",
    ...generalOptionLines("en", "  "),
    "",
    "A job refuses an option it does not take. A date typed after --today runs as given, with a warning.",
    "The input workbook is never modified: the output is a copy with the input sheets and the job's sheets",
    "(with --handin, a new workbook of the job's sheets alone: <name>.handin.xlsx).",
    "Re-running replaces PropDesk's own sheets for that period, never a sheet you made. When the output file is an",
    "earlier output of the same input, PropDesk's sheets of other jobs and periods in it are kept, and listed.",
    "Exit codes: 0 the job ran (bad rows are listed as issues); 1 done in part: a job of run found no input sheet",
    "(the others ran) or the PDF could not be printed; 2 the input cannot be used or an option is wrong.",
    "",
  ].join("\n");
}

/** The text of `propdesk <job> --help`: title, what it does, the tables it looks for, its options, examples. */
export function jobHelpText(job: JobDeclaration, lang: Lang, today: IsoDate): string {
  const list = (items: string[]) => items.join(HELP_TEXT.listSeparator[lang]);
  const required = job.inputs.filter((t) => !t.optional).map((t) => t.label[lang]);
  const optional = job.inputs.filter((t) => t.optional).map((t) => t.label[lang]);
  const heading = (text: string) => `${text}${HELP_TEXT.colon[lang].trim()}`;
  return [
    `${job.title[lang]} (${job.id})`,
    job.description[lang],
    "",
    heading(HELP_TEXT.usage[lang]),
    `  propdesk ${job.id} <${HELP_TEXT.workbook[lang]}> [${HELP_TEXT.optionsPlaceholder[lang]}]`,
    "",
    heading(HELP_TEXT.inputs[lang]),
    ...(required.length ? [`  ${HELP_TEXT.required[lang]}${HELP_TEXT.colon[lang]}${list(required)}`] : []),
    ...(optional.length ? [`  ${HELP_TEXT.optional[lang]}${HELP_TEXT.colon[lang]}${list(optional)}`] : []),
    "",
    heading(HELP_TEXT.options[lang]),
    ...periodOptionLines(job, lang, today, "  "),
    ...generalOptionLines(lang, "  "),
    "",
    heading(HELP_TEXT.examples[lang]),
    ...jobExamples(job, lang, today).map((line) => `  ${line}`),
    "",
  ].join("\n");
}
