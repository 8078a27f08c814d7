import { JOB_DECLARATIONS, type IsoDate, type Lang } from "../core/light";
import { GENERAL_OPTIONS, generalFlags, jobOptions } from "./jobOptions";
import { optionLines } from "./optionLines";
import { HELP_TEXT, RUN_TEXT, say } from "./texts";

/** Each period and date option some job takes, once, with the jobs that take it (by any of its names). */
function periodOptionRows(lang: Lang): [string, string][] {
  const rows = new Map<string, { value: string; jobs: string[] }>();
  for (const job of JOB_DECLARATIONS)
    for (const option of jobOptions(job))
      for (const name of option.names) {
        const row = rows.get(name) ?? { value: option.value, jobs: [] };
        row.jobs.push(job.id);
        rows.set(name, row);
      }
  return [...rows].map(([name, { value, jobs }]) => [
    `--${name} ${value}`,
    say(RUN_TEXT.appliesTo, lang, { jobs: jobs.join(HELP_TEXT.listSeparator[lang]) }),
  ]);
}

/** The text of `propdesk run --help`: running several jobs into one output, in the language asked. */
export function runHelpText(lang: Lang, today: IsoDate): string {
  const heading = (text: string) => `${text}${HELP_TEXT.colon[lang].trim()}`;
  const workbook = HELP_TEXT.workbook[lang];
  const month =
    JOB_DECLARATIONS.find((j) => j.id === "fee-statistics")?.defaultPeriod(today) ?? today.slice(0, 7);
  return [
    `${RUN_TEXT.title[lang]} (run)`,
    RUN_TEXT.description[lang],
    "",
    heading(HELP_TEXT.usage[lang]),
    `  propdesk run <${RUN_TEXT.job[lang]}>[,<${RUN_TEXT.job[lang]}>…] <${workbook}> [${HELP_TEXT.optionsPlaceholder[lang]}]`,
    `  propdesk run --all <${workbook}> [${HELP_TEXT.optionsPlaceholder[lang]}]`,
    "",
    heading(HELP_TEXT.options[lang]),
    ...optionLines(
      [
        ["--all", RUN_TEXT.all[lang]],
        ...periodOptionRows(lang),
        ...GENERAL_OPTIONS.map((o): [string, string] => [generalFlags(o), o.what[lang]]),
      ],
      "  ",
    ),
    "",
    heading(RUN_TEXT.jobs[lang]),
    `  ${JOB_DECLARATIONS.map((j) => j.id).join(", ")}`,
    "",
    heading(RUN_TEXT.exitCodes[lang]),
    ...RUN_TEXT.exitCodeLines[lang].split("\n").map((line) => `  ${line}`),
    "",
    heading(HELP_TEXT.examples[lang]),
    `  propdesk run fee-statistics,collection ${workbook} --month ${month}`,
    `  propdesk run purchase-plan,inventory ${workbook}`,
    `  propdesk run --all ${workbook} --handin --pdf`,
    "",
  ].join("\n");
}
