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
    "  --month YYYY-MM        the month the job is for; default the month it is handed in for on --today:",
    "                         next month (purchase-plan, cash-plan), last month (collection, fee-statistics),",
    "                         this month (inventory, attendance)",
    "  --from YYYY-MM --to YYYY-MM  a range of months (collection: year to date)",
    "  --as-of YYYY-MM-DD     the date the job looks from (jobs that take one); default the period's last day",
    "                         or today, whichever is earlier (advances: today); a later date runs with a warning",
    "  --week-ending YYYY-MM-DD  the Wednesday a weekly collection detail ends on (default the last Wednesday)",
    "  --count-date YYYY-MM-DD   the stock-count date (inventory; default the count sheet's date, else the 25th",
    "                         or the working day before, never after today)",
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
