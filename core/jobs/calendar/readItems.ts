import { issue, type Issue } from "../../issues";
import type { OwnItem, Recurrence } from "../../calendar/officeDuties";
import { readTable, type TableRow } from "../../table/readTable";
import { cellOf, headerOf, type CellRef } from "../../table/rowRefs";
import type { SheetData } from "../../table/sheetData";
import { excelSerialToIso } from "../../values/excelSerial";
import type { YearMonth } from "../../values/isoDate";
import { normalizeHeader } from "../../values/text";
import { OWN_ITEMS_TABLE } from "./inputs";

/** An own item as read, with the cell of its 事项. */
export interface ReadItem extends OwnItem {
  at: CellRef;
}

type ItemRow = TableRow<typeof OWN_ITEMS_TABLE>;
type TimingKey = "frequency" | "day" | "weekday" | "every" | "startMonth";

/** What a 频率 cell says: how many months apart (0: weekly), and the day, weekday or start month it may name. */
interface Frequency {
  every: number;
  weekly: boolean;
  day?: number;
  weekday?: number;
  startMonth?: number;
}

/**
 * Reads the 事项 sheets: each row becomes a recurring item, weekly when it names a weekday (星期, or 每周三 in
 * 频率), else monthly on its day (日, or 每月15日 in 频率; 月末 is the last day) every 1 month or as many as 间隔 or
 * 频率 say (每季度 3, 每年 12, 每两个月 2, 单月/双月 2 from January/February), from 起始月. Without a start month an
 * item that is not monthly starts in January, and an interval that does not divide 12 (every 5 months) counts
 * from the start month of `near`'s year when 起始月 gives no year: both with a warning
 * (`calendar_item_start_assumed`). A cell that says no day, weekday, interval or month is an
 * error leaving the row out (`calendar_item_unreadable`), as is a row with no day or weekday at all
 * (`calendar_item_no_schedule`); a time that is no clock time is dropped with a warning (`not_a_time`).
 */
export function readOwnItems(
  sheets: readonly SheetData[],
  date1904: boolean,
  near: YearMonth,
): { items: ReadItem[]; issues: Issue[] } {
  const items: ReadItem[] = [];
  const issues: Issue[] = [];
  for (const sheet of sheets) {
    const read = readTable(sheet, OWN_ITEMS_TABLE, { date1904 });
    issues.push(...read.issues);
    for (const row of read.rows) {
      const item = readRow(row, date1904, Number(near.slice(0, 4)), issues);
      if (item !== null) items.push(item);
    }
  }
  return { items, issues };
}

function readRow(row: ItemRow, date1904: boolean, year: number, issues: Issue[]): ReadItem | null {
  const { title, to, time, note } = row.values;
  if (title === null) return null;
  let bad = false;
  const unreadable = (key: TimingKey, value: string): undefined => {
    bad = true;
    issues.push(
      issue("calendar_item_unreadable", "error", cellOf(row, key), {
        header: headerOf(row, OWN_ITEMS_TABLE, key),
        value,
        field: key,
      }),
    );
    return undefined;
  };
  const cell = <T>(key: TimingKey, parse: (text: string) => T | null): T | undefined => {
    const text = row.values[key];
    if (text === null) return undefined;
    return parse(text) ?? unreadable(key, text);
  };
  const frequency = cell("frequency", parseFrequency);
  const day = cell("day", parseDay) ?? frequency?.day;
  const weekday = cell("weekday", parseWeekday) ?? frequency?.weekday;
  const every = cell("every", parseEvery) ?? frequency?.every;
  const start =
    cell("startMonth", (text) => parseStartMonth(text, date1904)) ??
    (frequency?.startMonth === undefined ? undefined : { month: frequency.startMonth });
  if (bad) return null;

  let recurrence: Recurrence | undefined;
  const weekly = weekday !== undefined && (frequency?.weekly === true || day === undefined);
  if (weekly) recurrence = { kind: "weekly", weekday };
  else if (day !== undefined && frequency?.weekly !== true) {
    const months = every ?? 1;
    const startMonth = start?.month ?? 1;
    const needsYear = 12 % months !== 0;
    recurrence = { kind: "monthly", day, every: months, startMonth };
    if (start?.year !== undefined) recurrence.startYear = start.year;
    else if (needsYear) recurrence.startYear = year;
    if (months > 1 && (start === undefined || (needsYear && start.year === undefined))) {
      const month = `${recurrence.startYear ?? year}-${String(startMonth).padStart(2, "0")}`;
      const at = cellOf(row, start === undefined ? "title" : "startMonth");
      issues.push(issue("calendar_item_start_assumed", "warning", at, { item: title, month, every: months }));
    }
  }
  if (recurrence === undefined) {
    issues.push(issue("calendar_item_no_schedule", "error", cellOf(row, "title"), { item: title }));
    return null;
  }

  const item: ReadItem = { title, recurrence, at: cellOf(row, "title") };
  if (to !== null) item.to = to;
  if (note !== null) item.note = note;
  if (time !== null) {
    const clock = parseClock(time);
    if (clock === null)
      issues.push(
        issue("not_a_time", "warning", cellOf(row, "time"), {
          header: headerOf(row, OWN_ITEMS_TABLE, "time"),
          value: time,
        }),
      );
    else item.time = clock;
  }
  return item;
}

const DIGITS: Readonly<Record<string, number>> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** A whole number in digits or in Chinese numerals up to 99 (十五, 二十, 三十一), or null. @example numberOf("十二") === 12 */
export function numberOf(text: string): number | null {
  if (/^\d{1,3}$/.test(text)) return Number(text);
  const m = /^([一二两三四五六七八九]?)(十?)([一二三四五六七八九]?)$/u.exec(text);
  if (m === null || text === "") {
    const digit = DIGITS[text];
    return digit ?? null;
  }
  const [, tens = "", ten = "", ones = ""] = m;
  if (ten === "") return tens !== "" && ones === "" ? (DIGITS[tens] ?? null) : null;
  return (tens === "" ? 1 : (DIGITS[tens] ?? 0)) * 10 + (ones === "" ? 0 : (DIGITS[ones] ?? 0));
}

/** The day of the month a cell names (15, 15日, 15号, 每月15日, 十五), 31 for 月末/月底/最后一天; null for none. */
export function parseDay(text: string): number | null {
  const t = normalizeHeader(text).replace(/^每月/u, "").replace(/^第/u, "");
  if (/^(月末|月底|最后一天|最后一日|末日|last|lastday|end|endofmonth)$/u.test(t)) return 31;
  const m = /^(.+?)(日|号|day)?(前|之前)?$/u.exec(t);
  const n = m?.[1] === undefined ? null : numberOf(m[1]);
  return n !== null && n >= 1 && n <= 31 ? n : null;
}

const WEEKDAY_NAMES: Readonly<Record<string, number>> = {
  日: 0,
  天: 0,
  sun: 0,
  sunday: 0,
  一: 1,
  mon: 1,
  monday: 1,
  二: 2,
  tue: 2,
  tues: 2,
  tuesday: 2,
  三: 3,
  wed: 3,
  wednesday: 3,
  四: 4,
  thu: 4,
  thur: 4,
  thurs: 4,
  thursday: 4,
  五: 5,
  fri: 5,
  friday: 5,
  六: 6,
  sat: 6,
  saturday: 6,
};

/** The weekday (0 = Sunday .. 6 = Saturday) a cell names: 三, 周三, 星期三, 礼拜三, 每周三, Wed, 3 (7 = Sunday); null for none. */
export function parseWeekday(text: string): number | null {
  const t = normalizeHeader(text)
    .replace(/^(每周|每星期|每个星期|every)/u, "")
    .replace(/^(星期|周|礼拜)/u, "");
  if (/^[0-7]$/.test(t)) return Number(t) % 7;
  return WEEKDAY_NAMES[t] ?? null;
}

/** Months between occurrences a cell names: 2, 2个月, 两个月, 每3个月, 十二; null for none (1-120 only). */
export function parseEvery(text: string): number | null {
  const t = normalizeHeader(text)
    .replace(/^(每隔|每|隔|every)/u, "")
    .replace(/(个月|月|months?)$/u, "")
    .replace(/个$/u, "");
  const n = numberOf(t);
  return n !== null && n >= 1 && n <= 120 ? n : null;
}

/**
 * The month (1-12) a start-month cell names, and its year when it gives one: 1, 1月, 一月 (no year), 2026-01,
 * 2026年1月, 2026/1, or a date serial; null for none.
 * @example parseStartMonth("2026年3月", false) → { month: 3, year: 2026 }
 */
export function parseStartMonth(text: string, date1904: boolean): { month: number; year?: number } | null {
  const t = normalizeHeader(text);
  const yearMonth = /^(\d{4})(?:[-/.年])(\d{1,2})(?:月|[-/.]\d{1,2}日?)?$/u.exec(t);
  if (yearMonth !== null) {
    const month = Number(yearMonth[2]);
    return month >= 1 && month <= 12 ? { month, year: Number(yearMonth[1]) } : null;
  }
  const n = numberOf(t.replace(/(月份|月)$/u, ""));
  if (n !== null && n >= 1 && n <= 12) return { month: n };
  if (/^\d{3,6}$/.test(t)) {
    const date = excelSerialToIso(Number(t), date1904);
    if (date.ok) return { month: Number(date.value.slice(5, 7)), year: Number(date.value.slice(0, 4)) };
  }
  return null;
}

/**
 * What a 频率 cell says: 每月 (every month), 每两个月/隔月 (2), 单月 (2, from January), 双月 (2, from February),
 * 每季度 (3), 每半年 (6), 每年/年度 (12), 每N个月, 每周 (weekly), with a day or weekday after it (每月15日, 每周三,
 * 每年11月20日);
 * English monthly, bimonthly, quarterly, yearly, weekly, every N months. Null for none.
 */
export function parseFrequency(text: string): Frequency | null {
  const t = normalizeHeader(text);
  const weekly = /^(每周|每星期|每个星期|每礼拜|周|weekly|everyweek)(.*)$/u.exec(t);
  if (weekly !== null) {
    const rest = weekly[2] ?? "";
    if (rest === "" || rest === "一次") return { every: 0, weekly: true };
    const weekday = parseWeekday(rest);
    return weekday === null ? null : { every: 0, weekly: true, weekday };
  }
  const named: [RegExp, number, number?][] = [
    [/^(每月|月度|每个月|按月|monthly|everymonth)/u, 1],
    [/^(单月|奇数月)/u, 2, 1],
    [/^(双月|偶数月)/u, 2, 2],
    [/^(隔月|每两个月|每二个月|两个月|bimonthly)/u, 2],
    [/^(每季度|每季|季度|按季|quarterly)/u, 3],
    [/^(每半年|半年|semiannually|halfyearly)/u, 6],
    [/^(每年|年度|每年度|按年|一年|yearly|annually|annual)/u, 12],
  ];
  let every: number | undefined;
  let startMonth: number | undefined;
  let rest = "";
  for (const [pattern, months, start] of named) {
    const m = pattern.exec(t);
    if (m === null) continue;
    every = months;
    startMonth = start;
    rest = t.slice(m[0].length);
    break;
  }
  if (every === undefined) {
    const m = /^(?:每隔|每|every)?(\d{1,3}|[一二两三四五六七八九十]+)个?(?:月|months?)(.*)$/u.exec(t);
    const n = m?.[1] === undefined ? null : numberOf(m[1]);
    if (n === null || n < 1 || n > 120) return null;
    every = n;
    rest = m?.[2] ?? "";
  }
  rest = rest.replace(/^(一次|的|,|，)/u, "");
  const out: Frequency = { every, weekly: false };
  if (startMonth !== undefined) out.startMonth = startMonth;
  const monthDay = /^(\d{1,2}|[一二三四五六七八九十]+)月(.+)$/u.exec(rest);
  if (monthDay !== null && every % 12 === 0) {
    const month = numberOf(monthDay[1] ?? "");
    if (month === null || month < 1 || month > 12) return null;
    out.startMonth = month;
    rest = monthDay[2] ?? "";
  }
  if (rest !== "") {
    const day = parseDay(rest);
    if (day === null) return null;
    out.day = day;
  }
  return out;
}

/**
 * A clock time as `HH:MM`: 15:00, 15：00, 9:30, 15点, 15时, 15点30分, 下午3点, 3pm, or a fraction of a day (0.625);
 * null for none.
 * @example parseClock("下午3点") === "15:00"
 */
export function parseClock(text: string): string | null {
  let t = normalizeHeader(text);
  let afternoon = false;
  let marked = false;
  const half = /^(下午|晚上|pm)/u.exec(t);
  const morning = /^(上午|早上|am)/u.exec(t);
  if (half !== null) {
    afternoon = marked = true;
    t = t.slice(half[0].length);
  } else if (morning !== null) {
    marked = true;
    t = t.slice(morning[0].length);
  }
  if (/[ap]m$/u.test(t)) {
    afternoon ||= t.endsWith("pm");
    marked = true;
    t = t.slice(0, -2);
  }
  let hours: number;
  let minutes = 0;
  const colon = /^(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?$/u.exec(t);
  const spoken = /^(\d{1,2}|[一二两三四五六七八九十]+)(?:点|时|h)?(?:(半)|(\d{1,2})分?)?$/u.exec(t);
  if (colon !== null) {
    hours = Number(colon[1]);
    minutes = Number(colon[2]);
  } else if (/^0?\.\d+$/.test(t)) {
    const total = Math.round(Number(t) * 24 * 60);
    hours = Math.floor(total / 60);
    minutes = total % 60;
  } else if (
    spoken !== null &&
    (marked || spoken[2] !== undefined || spoken[3] !== undefined || /[点时h]/u.test(t))
  ) {
    const h = numberOf(spoken[1] ?? "");
    if (h === null) return null;
    hours = h;
    minutes = spoken[2] !== undefined ? 30 : Number(spoken[3] ?? 0);
  } else return null;
  if (afternoon && hours < 12) hours += 12;
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}`;
}
