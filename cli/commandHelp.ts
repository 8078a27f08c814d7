import type { IsoDate, Lang } from "../core/light";
import { defaultPlanMonth } from "../core/jobs/purchase-plan/declaration";
import { GENERAL_OPTIONS, generalFlags } from "./jobOptions";
import { optionLines } from "./optionLines";
import { COMMAND_TEXT, HELP_TEXT, say } from "./texts";

/** The rows of the options every job takes that a command takes too, as help shows them. */
function generalRows(names: readonly string[], lang: Lang): [string, string][] {
  return GENERAL_OPTIONS.filter((o) => names.includes(o.name)).map((o) => [generalFlags(o), o.what[lang]]);
}

/** A heading as help writes it: `用法：`, `Usage:`. */
function heading(text: string, lang: Lang): string {
  return `${text}${HELP_TEXT.colon[lang].trim()}`;
}

/** The text of `propdesk demo --help`, in the language asked. */
export function demoHelpText(lang: Lang, today: IsoDate): string {
  return [
    `${COMMAND_TEXT.demoTitle[lang]} (demo)`,
    COMMAND_TEXT.demoDescription[lang],
    "",
    heading(HELP_TEXT.usage[lang], lang),
    `  ${COMMAND_TEXT.demoUsage[lang]} [--lang zh-CN|zh-TW|en]`,
    "",
    heading(HELP_TEXT.options[lang], lang),
    ...optionLines(
      [
        [`--out-dir ${COMMAND_TEXT.folder[lang]}`, COMMAND_TEXT.demoOutDir[lang]],
        ["--today YYYY-MM-DD", COMMAND_TEXT.demoToday[lang]],
        ...generalRows(["lang"], lang),
        ["-h, --help", COMMAND_TEXT.help[lang]],
      ],
      "  ",
    ),
    "",
    heading(HELP_TEXT.examples[lang], lang),
    `  propdesk demo --out-dir demo --today ${today}`,
    "",
  ].join("\n");
}

/** The text of `propdesk company-plan --help`, in the language asked, its default month as on `today`. */
export function companyPlanHelpText(lang: Lang, today: IsoDate): string {
  const month = defaultPlanMonth(today);
  const plan = COMMAND_TEXT.plan[lang];
  const monthDefault = `${month}${HELP_TEXT.comma[lang]}${HELP_TEXT.nextMonth[lang]}`;
  return [
    `${COMMAND_TEXT.companyTitle[lang]} (company-plan)`,
    COMMAND_TEXT.companyDescription[lang],
    "",
    heading(HELP_TEXT.usage[lang], lang),
    `  propdesk company-plan <${plan}1.xlsx> <${plan}2.xlsx> … [${HELP_TEXT.optionsPlaceholder[lang]}]`,
    "",
    heading(HELP_TEXT.options[lang], lang),
    ...optionLines(
      [
        [
          "--month YYYY-MM",
          say(HELP_TEXT.withDefault, lang, { what: COMMAND_TEXT.planMonth[lang], value: monthDefault }),
        ],
        ["-o, --out FILE", COMMAND_TEXT.companyOut[lang]],
        ...generalRows(["json", "lang", "today"], lang),
        ["-h, --help", COMMAND_TEXT.help[lang]],
      ],
      "  ",
    ),
    "",
    heading(HELP_TEXT.examples[lang], lang),
    `  propdesk company-plan a.propdesk.xlsx b.propdesk.xlsx --month ${month} -o company.xlsx`,
    "",
  ].join("\n");
}
