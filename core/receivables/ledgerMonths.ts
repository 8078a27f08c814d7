import { column, type ColumnSpec, type RequiredGroup } from "../table/declaration";
import { label } from "../i18n/label";

/** The calendar months a fee ledger has a column for, 1 to 12. */
export const LEDGER_MONTHS: readonly number[] = Array.from({ length: 12 }, (_, i) => i + 1);

const CHINESE_MONTHS = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"];
const ENGLISH_MONTHS = [
  ["Jan", "January"],
  ["Feb", "February"],
  ["Mar", "March"],
  ["Apr", "April"],
  ["May", "May"],
  ["Jun", "June"],
  ["Jul", "July"],
  ["Aug", "August"],
  ["Sep", "September"],
  ["Oct", "October"],
  ["Nov", "November"],
  ["Dec", "December"],
] as const;

/** What a month's cells under its header may hold, and the child headers that name each (`1月` over `应收 | 实收`). */
const FIELD_NAMES = {
  paid: [
    "实收",
    "实收金额",
    "实收额",
    "已收",
    "已收金额",
    "已缴",
    "已缴金额",
    "实缴",
    "已交",
    "缴费金额",
    "收款金额",
    "Paid",
    "Amount paid",
  ],
  due: ["应收", "应收金额", "应收额", "应缴", "应缴金额", "应交", "Due", "Amount due"],
  date: ["缴费日期", "收款日期", "交款日期", "日期", "缴费时间", "收款时间", "Date", "Date paid"],
  owed: ["欠费", "欠费金额", "欠缴", "未缴", "未收", "Owed", "Arrears"],
} as const;

/** The header texts that name calendar month `m` (1-12): `1月`, `1月份`, `01月`, `一月`, `Jan`, `January`. */
export function monthNames(m: number): string[] {
  const names = [`${m}月`, `${m}月份`];
  if (m < 10) names.push(`0${m}月`, `0${m}月份`);
  const chinese = CHINESE_MONTHS[m - 1]!;
  names.push(`${chinese}月`, `${chinese}月份`);
  const [short, long] = ENGLISH_MONTHS[m - 1]!;
  names.push(short, long);
  return [...new Set(names)];
}

/** The key of month `m`'s paid column: its one column in the month-per-column form, 实收 under it in the pairs form. */
export function paidKey(m: number): `m${number}` {
  return `m${m}`;
}

/** The key of month `m`'s 应收 column (the pairs form). */
export function dueKey(m: number): `m${number}Due` {
  return `m${m}Due`;
}

/** The key of month `m`'s payment-date column (`1月` over `应收 | 实收 | 缴费日期`). */
export function dateKey(m: number): `m${number}Date` {
  return `m${m}Date`;
}

/** The key of month `m`'s own 欠费 column (`1月` over `应收 | 实收 | 欠费`). */
export function owedKey(m: number): `m${number}Owed` {
  return `m${m}Owed`;
}

/** Each of month `m`'s names joined with each child header of a field, as a header band names them (`1月应收`). */
function under(m: number, field: keyof typeof FIELD_NAMES): string[] {
  return monthNames(m).flatMap((name) => FIELD_NAMES[field].map((child) => `${name}${child}`));
}

/**
 * The columns of one calendar month of a fee ledger: the amount paid for it - the month's own column (`1月`) or
 * 实收 under it - as text (it may hold `√` or `已缴`), its 应收 (money), the date it was paid and its own 欠费.
 */
function monthColumns(m: number) {
  const [short] = ENGLISH_MONTHS[m - 1]!;
  return [
    column({
      key: paidKey(m),
      label: label(`${m}月实收`, `${m}月實收`, `${short} paid`),
      synonyms: [...monthNames(m), ...under(m, "paid")],
      type: "text",
      maxLength: 50,
    }),
    column({
      key: dueKey(m),
      label: label(`${m}月应收`, `${m}月應收`, `${short} due`),
      synonyms: under(m, "due"),
      type: "money",
      limit: { sign: "nonNegative", onBreak: "warn" },
    }),
    column({
      key: dateKey(m),
      label: label(`${m}月缴费日期`, `${m}月繳費日期`, `${short} date paid`),
      synonyms: under(m, "date"),
      type: "date",
    }),
    column({
      key: owedKey(m),
      label: label(`${m}月欠费`, `${m}月欠費`, `${short} owed`),
      synonyms: under(m, "owed"),
      type: "money",
    }),
  ] as const;
}

/** The month columns of a fee ledger, January to December, each month's four together. */
export const LEDGER_MONTH_COLUMNS: readonly ColumnSpec[] = LEDGER_MONTHS.flatMap((m) => monthColumns(m));

/** A fee ledger must have some month: a paid or an 应收 column of any month. */
export const LEDGER_MONTHS_GROUP: RequiredGroup = {
  key: "months",
  label: label("月份列（1月…12月）", "月份欄（1月…12月）", "month columns (1月…12月)"),
  synonyms: LEDGER_MONTHS.map((m) => `${m}月`),
  columns: LEDGER_MONTHS.flatMap((m) => [paidKey(m), dueKey(m)]),
};
