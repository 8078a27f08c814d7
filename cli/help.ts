import { JOB_DECLARATIONS, type IsoDate, type JobDeclaration, type Lang } from "../core/light";
import { EXTRA_COMMANDS } from "./extraCommands";
import { GENERAL_OPTIONS, generalFlags, jobOptions } from "./jobOptions";
import { optionLines } from "./optionLines";
import { HELP_TEXT, TOP_HELP_TEXT, say } from "./texts";

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

/**
 * The text of `propdesk --help` in the language asked: every job with its own period and date options, defaults
 * as on `today`, the other commands and the options every job takes.
 */
export function helpText(today: IsoDate, lang: Lang): string {
  const heading = (text: string) => `${text}${HELP_TEXT.colon[lang].trim()}`;
  const jobs = JOB_DECLARATIONS.flatMap((job) => [
    `  ${job.id.padEnd(18)} ${job.title[lang]}${TOP_HELP_TEXT.titleSeparator[lang]}${job.description[lang]}`,
    ...periodOptionLines(job, lang, today, "      "),
  ]);
  const extras = EXTRA_COMMANDS.flatMap((c) => [`  ${c.usage[lang]}`, `      ${c.description[lang]}`]);
  const options = HELP_TEXT.optionsPlaceholder[lang];
  return [
    TOP_HELP_TEXT.intro[lang],
    "",
    heading(HELP_TEXT.usage[lang]),
    `  propdesk <${TOP_HELP_TEXT.job[lang]}> <${HELP_TEXT.workbook[lang]}> [${options}]`,
    `  propdesk <${TOP_HELP_TEXT.command[lang]}> --help [--lang zh-CN|zh-TW|en]   ${TOP_HELP_TEXT.askHelp[lang]}`,
    ...extras,
    "",
    heading(say(TOP_HELP_TEXT.jobs, lang, { today })),
    ...(jobs.length ? jobs : [`  ${TOP_HELP_TEXT.none[lang]}`]),
    "",
    heading(TOP_HELP_TEXT.general[lang]),
    ...generalOptionLines(lang, "  "),
    "",
    ...TOP_HELP_TEXT.notes[lang].split("\n"),
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
