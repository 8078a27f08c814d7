import { JOBS } from "../core/index";
import { EXTRA_COMMANDS } from "./extraCommands";

/** The text of `propdesk --help`. */
export function helpText(): string {
  const jobs = JOBS.map((job) => `  ${job.id.padEnd(18)} ${job.title["zh-CN"]} - ${job.description.en}`);
  const extras = EXTRA_COMMANDS.map((c) => `  ${c.usage}\n      ${c.description}`);
  return [
    "PropDesk (物业办公助手) - the monthly hand-in sheets of a property project office, from its own workbooks.",
    "",
    "Usage:",
    "  propdesk <job> <workbook.xlsx> [options]",
    "  propdesk demo [--out-dir demo] [--today YYYY-MM-DD]",
    ...extras,
    "",
    "Jobs:",
    ...(jobs.length ? jobs : ["  (none yet)"]),
    "",
    "Options:",
    "  --month YYYY-MM        the month the job is for (default: the job's usual month)",
    "  --from YYYY-MM --to YYYY-MM  a range of months (collection: year to date)",
    "  --as-of YYYY-MM-DD     the date the job looks from (jobs that take one)",
    "  --week-ending YYYY-MM-DD  the Wednesday a weekly collection detail ends on (same as --as-of)",
    "  --count-date YYYY-MM-DD   the stock-count date (inventory; default the count sheet's date, else the 25th or the working day before)",
    "  -o, --out FILE         output workbook (default: <name>.propdesk.xlsx beside the input)",
    "  --json                 print the job's report as JSON on stdout (messages go to stderr)",
    "  --lang zh-CN|zh-TW|en  language of messages and sheets (default zh-CN)",
    "  --today YYYY-MM-DD     the day to compute defaults from (default: today)",
    "",
    "The input workbook is never modified: the output is a copy with the input sheets and the job's sheets.",
    "Re-running replaces PropDesk's own sheets for that period, never a sheet you made.",
    "Exit codes: 0 the job ran (bad rows are listed as issues), 2 the input cannot be used.",
    "",
  ].join("\n");
}
