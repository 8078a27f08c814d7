import {
  JOB_DECLARATIONS,
  addMonths,
  label,
  monthOf,
  type IsoDate,
  type JobDeclaration,
  type Label,
  type Lang,
} from "../core/light";
import { HELP_TEXT, say } from "./texts";

/** The job parameter a period or date option sets. */
export type OptionParam = "month" | "from" | "to" | "asOf" | "countDate";

/** A period or date option one job takes on the command line, derived from its declaration. */
export interface JobOption {
  /** Its names without the dashes, the one help shows first (`week-ending`, then `as-of` meaning the same). */
  names: readonly [string, ...string[]];
  param: OptionParam;
  value: "YYYY-MM" | "YYYY-MM-DD";
  /** What it sets and its default on `today`, in a few words. */
  describe(today: IsoDate, lang: Lang): string;
}

/**
 * What the job declarations do not say yet (`JobDeclaration.period` is only "month" | "as-of"), kept in this
 * one place until core declares it: the monthly jobs that also take a range of months (`params.from`/`to`)
 * or an as-of date besides the month (`params.asOf`, with what it means and its default in words), and the
 * name a job's as-of date is better known by.
 */
interface Undeclared {
  range?: true;
  asOf?: Label;
  asOfName?: { name: string; what: Label };
}

const UNDECLARED: Readonly<Record<string, Undeclared>> = {
  collection: {
    range: true,
    asOf: label(
      "收款与账龄计算的截止日期（默认为期间最后一天，若晚于今天则为今天）",
      "收款與帳齡計算的截止日期（預設為期間最後一天，若晚於今天則為今天）",
      "the date payments and ageing are counted to (default the period's last day, or today if earlier)",
    ),
  },
  "cash-plan": {
    asOf: label(
      "已收款的截止日期（默认为计划月的前一天，若晚于今天则为今天）",
      "已收款的截止日期（預設為計劃月的前一天，若晚於今天則為今天）",
      "what counts as already paid (default the day before the month starts, or today if earlier)",
    ),
  },
  "service-log": {
    asOf: label(
      "判断办结和超时的截止日期（默认为月份最后一天，若晚于今天则为今天）",
      "判斷辦結和超時的截止日期（預設為月份最後一天，若晚於今天則為今天）",
      "the date items count as closed or overdue by (default the month's last day, or today if earlier)",
    ),
  },
  "weekly-collection": {
    asOfName: {
      name: "week-ending",
      what: label("本周结束的星期三", "本週結束的星期三", "the Wednesday the week ends on"),
    },
  },
};

/** `countDate` -> `count-date`. */
export function kebabCase(param: string): string {
  return param.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** A default in words: the value, and "last month", "today" and so on when it is one of those. */
function defaultWords(value: string, today: IsoDate, lang: Lang): string {
  const month = monthOf(today);
  const relation =
    value === today
      ? HELP_TEXT.today
      : value === addMonths(month, -1)
        ? HELP_TEXT.lastMonth
        : value === month
          ? HELP_TEXT.thisMonth
          : value === addMonths(month, 1)
            ? HELP_TEXT.nextMonth
            : undefined;
  return relation ? `${value}${HELP_TEXT.comma[lang]}${relation[lang]}` : value;
}

/** The period and date options a job takes: from its `period`, its `dateOption` and the table above. */
export function jobOptions(job: JobDeclaration): JobOption[] {
  const extra = UNDECLARED[job.id] ?? {};
  const withDefault = (what: Label, today: IsoDate, lang: Lang) =>
    say(HELP_TEXT.withDefault, lang, {
      what: what[lang],
      value: defaultWords(job.defaultPeriod(today), today, lang),
    });
  const options: JobOption[] = [];
  const kind = job.period;
  switch (kind) {
    case "month": {
      options.push({
        names: ["month"],
        param: "month",
        value: "YYYY-MM",
        describe: (today, lang) => withDefault(HELP_TEXT.month, today, lang),
      });
      if (extra.range)
        options.push(
          {
            names: ["from"],
            param: "from",
            value: "YYYY-MM",
            describe: (today, lang) => {
              const to = job.defaultPeriod(today);
              return say(HELP_TEXT.from, lang, { example: `--from ${to.slice(0, 4)}-01 --to ${to}` });
            },
          },
          { names: ["to"], param: "to", value: "YYYY-MM", describe: (_today, lang) => HELP_TEXT.to[lang] },
        );
      const asOf = extra.asOf;
      if (asOf)
        options.push({
          names: ["as-of"],
          param: "asOf",
          value: "YYYY-MM-DD",
          describe: (_today, lang) => asOf[lang],
        });
      break;
    }
    case "as-of": {
      const alias = extra.asOfName;
      options.push({
        names: alias ? [alias.name, "as-of"] : ["as-of"],
        param: "asOf",
        value: "YYYY-MM-DD",
        describe: (today, lang) => withDefault(alias?.what ?? HELP_TEXT.asOf, today, lang),
      });
      break;
    }
    default: {
      const unknown: never = kind;
      throw new RangeError(`job ${job.id}: period kind ${String(unknown)} has no command-line options`);
    }
  }
  const date = job.dateOption;
  if (date)
    options.push({
      names: [kebabCase(date.param)],
      param: date.param,
      value: "YYYY-MM-DD",
      describe: (_today, lang) =>
        say(HELP_TEXT.dateOption, lang, { label: date.label[lang], whenBlank: date.whenBlank[lang] }),
    });
  return options;
}

/** An option every job takes, as `parseArgs` reads it and help describes it. */
export interface GeneralOption {
  name: string;
  short?: string;
  type: "string" | "boolean";
  /** The value it takes, as help shows it. */
  value?: string;
  what: Label;
}

/** The options every job takes, in the order help lists them. */
export const GENERAL_OPTIONS: readonly GeneralOption[] = [
  {
    name: "out",
    short: "o",
    type: "string",
    value: "FILE",
    what: label(
      "输出的工作簿（默认：输入文件旁的 <文件名>.propdesk.xlsx）",
      "輸出的活頁簿（預設：輸入檔旁的 <檔名>.propdesk.xlsx）",
      "output workbook (default: <name>.propdesk.xlsx beside the input)",
    ),
  },
  {
    name: "json",
    type: "boolean",
    what: label(
      "在标准输出打印 JSON 格式的报告（提示信息改到标准错误）",
      "在標準輸出列印 JSON 格式的報告（提示訊息改到標準錯誤）",
      "print the job's report as JSON on stdout (messages go to stderr)",
    ),
  },
  {
    name: "lang",
    type: "string",
    value: "zh-CN|zh-TW|en",
    what: label(
      "提示信息和工作表的语言（提示信息默认按系统区域设置 LC_ALL、LC_MESSAGES、LANG；工作表默认 zh-CN）",
      "提示訊息和工作表的語言（提示訊息預設依系統地區設定 LC_ALL、LC_MESSAGES、LANG；工作表預設 zh-CN）",
      "language of messages and sheets (messages default to the system locale's, LC_ALL, LC_MESSAGES or LANG; sheets to zh-CN)",
    ),
  },
  {
    name: "today",
    type: "string",
    value: "YYYY-MM-DD",
    what: label(
      "计算默认值所依据的日期（默认：今天）",
      "計算預設值所依據的日期（預設：今天）",
      "the day defaults are computed from (default: today)",
    ),
  },
  {
    name: "handin",
    type: "boolean",
    what: label(
      "只写入 PropDesk 生成的工作表，不含输入的工作表：上交用的工作簿（默认 <文件名>.handin.xlsx）",
      "只寫入 PropDesk 產生的工作表，不含輸入的工作表：上交用的活頁簿（預設 <檔名>.handin.xlsx）",
      "write PropDesk's sheets alone, without the input's: the workbook to hand in (default <name>.handin.xlsx)",
    ),
  },
  {
    name: "pdf",
    type: "boolean",
    what: label(
      "另用 LibreOffice 把 PropDesk 的工作表（问题清单除外）打印为输出文件旁的 PDF",
      "另用 LibreOffice 把 PropDesk 的工作表（問題清單除外）列印為輸出檔旁的 PDF",
      "also print PropDesk's sheets (not the issues sheets) to a PDF beside the output, through LibreOffice",
    ),
  },
  {
    name: "help",
    short: "h",
    type: "boolean",
    what: label("显示任务的用法", "顯示任務的用法", "show the job's usage"),
  },
];

/** A general option as help shows it: `-o, --out FILE`. */
export function generalFlags(option: GeneralOption): string {
  const names = [option.short && `-${option.short}`, `--${option.name}`].filter(Boolean).join(", ");
  return option.value ? `${names} ${option.value}` : names;
}

/** `parseArgs` options for the period and date options given, and the general ones. */
export function parseConfig(
  options: readonly JobOption[],
): Record<string, { type: "string" | "boolean"; short?: string }> {
  const config: Record<string, { type: "string" | "boolean"; short?: string }> = {};
  for (const option of options) for (const name of option.names) config[name] = { type: "string" };
  for (const { name, type, short } of GENERAL_OPTIONS) config[name] = short ? { type, short } : { type };
  return config;
}

/** Every period and date option some job takes, so a command line can be read before it is checked. */
export function everyJobOption(): JobOption[] {
  return JOB_DECLARATIONS.flatMap(jobOptions);
}
