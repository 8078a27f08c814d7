import type { DutyItem } from "../../calendar/officeDuties";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import { fillText } from "../../i18n/plural";
import { FormSheetBuilder } from "../../sheets/formSheetBuilder";
import { DATE_FORMAT } from "../../sheets/formats";
import type { OutCell, SheetSpec, StyleBlock } from "../../sheets/sheetSpec";
import { datesOfMonth, weekday, type IsoDate, type YearMonth } from "../../values/isoDate";
import { CALENDAR_TEXT as T, JOB_TITLES } from "./texts";

/** The columns the day's own cells fill (日期, 星期, 假日/调休): merged down the day's rows. */
const DAY_COLUMNS = 3;
/** The 假日/调休 column. */
const MARK = 3;

/** What the sheet needs besides the items. */
export interface CalendarSheetInput {
  month: YearMonth;
  items: readonly DutyItem[];
  calendar: WorkingCalendar;
  /** Years of the month whose holiday arrangement is not known (a note says so). */
  uncoveredYears: readonly number[];
}

/**
 * 办公日历 YYYY-MM: one row per day of the month, so the month reads as a calendar, and one more row for each
 * further item of a day (its date, weekday and holiday merged down them): 日期 | 星期 | 假日/调休 | 事项 | 报送对象 |
 * 时间 | 生成表格. Weekends are shaded grey, holidays orange (statutory days marked 法定), make-up working days
 * yellow (调休上班); a moved item gives its rule day in brackets. A4 portrait, the month on one page (it goes on
 * the office board), a legend under the table.
 */
export function calendarSheet(input: CalendarSheetInput, lang: Lang): SheetSpec {
  const { month, items, calendar } = input;
  const work = calendar.workingDaysIn(month).length;
  const dates = datesOfMonth(month);
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.sheet[lang]} ${month}`,
    key: `calendar/month/${month}`,
    title: T.title[lang],
    subtitles: [
      `${T.month[lang]}${COLON[lang]}${month}      ${fillText(T.workingDays[lang], { work, rest: dates.length - work })}`,
    ],
    columns: [
      { header: T.date[lang], width: 12, format: DATE_FORMAT },
      { header: T.weekday[lang], width: 5 },
      { header: T.dayMark[lang], width: 12 },
      { header: T.item[lang], width: 34 },
      { header: T.to[lang], width: 18 },
      { header: T.time[lang], width: 6 },
      { header: T.job[lang], width: 17 },
    ],
    orientation: "portrait",
  });
  const byDate = new Map<IsoDate, DutyItem[]>();
  for (const item of items) byDate.set(item.date, [...(byDate.get(item.date) ?? []), item]);

  const behind: StyleBlock[] = [];
  const over: StyleBlock[] = [];
  const merges: { top: number; bottom: number }[] = [];
  for (const date of dates) {
    const kind = calendar.dayKind(date);
    const day: OutCell[] = [
      { date },
      T.weekdays[weekday(date)]?.[lang] ?? null,
      dayMark(date, calendar, lang),
    ];
    const dayItems = byDate.get(date) ?? [];
    const top = builder.nextRow;
    if (dayItems.length === 0) builder.row([...day, null, null, null, null]);
    dayItems.forEach((item, i) =>
      builder.row([...(i === 0 ? day : [null, null, null]), ...itemCells(item, lang)]),
    );
    const bottom = builder.nextRow - 1;
    if (bottom > top) merges.push({ top, bottom });
    const block = { top, bottom, left: 1, right: 7 };
    // Grey goes under the body style (its fill stays, its bold font does not); the others only fill.
    if (kind === "weekend") behind.push({ ...block, style: "subtotal" });
    else if (kind === "holiday" || kind === "statutory") over.push({ ...block, style: "warning" });
    else if (kind === "makeup_workday")
      over.push({ top, bottom, left: MARK, right: MARK, style: "highlight" });
  }
  const notes = [
    T.legend[lang],
    ...input.uncoveredYears.map((year) => fillText(T.uncovered[lang], { year })),
  ];
  builder.notes(notes);
  builder.signatures(T.signatures.map((s) => s[lang]));
  const spec = builder.build();
  spec.styles = [...behind, ...spec.styles, ...over];
  // The month on one page, for the office board: shrunk to one page tall too, so no break is wanted.
  if (spec.print !== undefined) {
    spec.print.onePage = true;
    delete spec.print.breaks;
  }
  for (const { top, bottom } of merges)
    for (let column = 1; column <= DAY_COLUMNS; column++)
      spec.merges.push({ top, bottom, left: column, right: column });
  return spec;
}

/** 国庆节（法定）, 国庆节 休, 调休上班, 休 (the office's own day off), or nothing on an ordinary day. */
export function dayMark(date: IsoDate, calendar: WorkingCalendar, lang: Lang): string | null {
  const kind = calendar.dayKind(date);
  const name = calendar.holidayName(date);
  if (kind === "statutory") return name ? fillText(T.statutory[lang], { name }) : T.dayOff[lang];
  if (kind === "holiday") return name ? fillText(T.holiday[lang], { name }) : T.dayOff[lang];
  if (kind === "makeup_workday") return T.makeup[lang];
  return null;
}

/** An item's 事项, 报送对象, 时间 and 生成表格 cells. */
function itemCells(item: DutyItem, lang: Lang): OutCell[] {
  const moved = item.date === item.nominal ? "" : fillText(T.moved[lang], { date: item.nominal.slice(5) });
  const job = item.jobId === undefined ? undefined : JOB_TITLES[item.jobId];
  // The office's own remark prints with its item; a built-in duty's explanation is for the pane's tooltip.
  const note = item.source === "workbook" && item.note?.[lang] ? `（${item.note[lang]}）` : "";
  return [
    `${item.title[lang]}${note}${moved}`,
    item.to[lang] || null,
    item.time ?? null,
    job?.[lang] ?? item.jobId ?? null,
  ];
}
