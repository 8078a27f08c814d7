import type { JobDefinition, JobParams, JobResult } from "../job";
import { dutiesOfMonth, officeDuties } from "../../calendar/officeDuties";
import { calendarFromSheets } from "../../calendar/holidaySheet";
import { HOLIDAY_TABLE } from "../../calendar/holidayTable";
import { issue, type Issue } from "../../issues";
import { fillText } from "../../i18n/plural";
import type { PlacedSheets } from "../../table/placedSheets";
import { firstDayOf, lastDayOf, monthOf } from "../../values/isoDate";
import { CALENDAR_DECLARATION } from "./declaration";
import { OWN_ITEMS_TABLE } from "./inputs";
import { readOwnItems } from "./readItems";
import { buildCalendarReport, type CalendarReport } from "./report";
import { calendarSheet } from "./sheet";
import { CALENDAR_TEXT as T } from "./texts";

/** How many of the next items the summary names. */
const NEXT_ITEMS = 5;

/**
 * Runs the office calendar for `params.month` (default this month): the built-in duties and the workbook's own
 * 事项, dated on the workbook's working calendar (节假日 sheet over China's built-in data).
 */
export function runCalendar(placed: PlacedSheets, params: JobParams): JobResult<CalendarReport> {
  const month = params.month ?? monthOf(params.today);
  const { date1904 } = placed.book;
  const { calendar, issues: calendarIssues } = calendarFromSheets(placed.sheets(HOLIDAY_TABLE), date1904);
  const own = readOwnItems(placed.sheets(OWN_ITEMS_TABLE), date1904, month);
  const issues: Issue[] = [...own.issues, ...calendarIssues];
  for (const duty of officeDuties(own.items)) {
    const row = duty.ownIndex === undefined ? undefined : own.items[duty.ownIndex];
    if (row === undefined || duty.id.startsWith("own-")) continue;
    issues.push(
      issue("calendar_item_retimes", "info", row.at, { item: row.title, duty: duty.title[params.lang] }),
    );
  }
  const items = dutiesOfMonth(month, calendar, own.items);
  const first = [firstDayOf(month), ...items.map((i) => i.nominal)].reduce((a, b) => (a < b ? a : b));
  const last = [lastDayOf(month), ...items.map((i) => i.nominal)].reduce((a, b) => (a > b ? a : b));
  const coverage = calendar.coverageIssues(first, last);
  return {
    report: buildCalendarReport(month, params.today, items, calendar, params.lang),
    sheets: [
      calendarSheet(
        {
          month,
          items,
          calendar,
          uncoveredYears: calendar.uncoveredYears(firstDayOf(month), lastDayOf(month)),
        },
        params.lang,
      ),
    ],
    issues: [...issues, ...coverage],
  };
}

/** The office calendar job (办公日历): its declaration, its run and its summary. */
export const CALENDAR_JOB: JobDefinition<CalendarReport> = {
  ...CALENDAR_DECLARATION,
  run: runCalendar,
  summarize(report, lang) {
    const lines = [
      fillText(T.summary[lang], {
        month: report.month,
        count: report.items.length,
        own: report.ownItems,
        work: report.workingDays,
      }),
    ];
    const next = report.items.filter((i) => i.date >= report.today).slice(0, NEXT_ITEMS);
    if (report.today <= lastDayOf(report.month)) {
      const items = next.map((i) =>
        fillText(T.nextItem[lang], {
          date: i.date.slice(5),
          weekday: T.weekdays[i.weekday]?.[lang] ?? "",
          title: i.title,
        }),
      );
      lines.push(
        items.length === 0
          ? T.nothingLeft[lang]
          : fillText(T.next[lang], { items: items.join(T.separator[lang]) }),
      );
    }
    return lines;
  },
};
