/**
 * The 本月待办 panel's items and view. Not in the pane's initial load: with the built-in calendar (China's holidays
 * and make-up days) and the office's duties it is the chunk `todo`, which the pane loads after its first paint
 * (todoLoader.ts).
 */
import { dutiesOfMonth } from "../../core/calendar/officeDuties";
import { createCalendar } from "../../core/calendar/workingCalendar";
import {
  addDays,
  monthOf,
  toDayNumber,
  weekday,
  type DutyItem,
  type IsoDate,
  type JobDeclaration,
  type Lang,
  type WorkingCalendar,
} from "../../core/light";
import { paneText } from "../i18n/paneText";

/** How far ahead the 本月待办 panel looks: today and the 13 days after it. */
export const TODO_DAYS = 14;

/**
 * How many items the panel shows before "show more" (the rest of {@link TODO_DAYS} stays folded): few enough that
 * the jobs and the Run button stay in view of a 320 px pane.
 */
export const TODO_SHOWN = 3;

/** The PropDesk job that makes an item's sheet, as its button offers it. */
export interface TodoJob {
  id: string;
  /** The button's words (运行). */
  label: string;
  /** What the button does, for its tooltip and screen readers: the job's title and the period its defaults make. */
  hint: string;
}

/** One item of the panel. */
export interface TodoItem {
  /** The duty's key (`weekly-collection`, `own-1`). */
  duty: string;
  title: string;
  /** To whom it goes, with its arrow (→ 财务部). */
  to: string;
  /** `15:00`, or null. */
  time: string | null;
  /** The rule's own words and, for an item moved off a day off, its rule day; a tooltip. */
  detail: string | null;
  /** A registered job that makes it, or null (a meeting, an article, a job this build lacks). */
  job: TodoJob | null;
}

/** The items due on one day, under a heading with the date, the weekday and today/tomorrow. */
export interface TodoDay {
  date: IsoDate;
  /** `10月8日 周四` / `Thu Oct 8`. */
  dateText: string;
  /** Today's items are highlighted (due today: overdue tomorrow), tomorrow's marked. */
  when: "today" | "tomorrow" | "later";
  /** 今天 / 明天, or null. */
  whenText: string | null;
  /** 调休上班 on a weekend day that is a working day (a Saturday with deadlines), else null. */
  makeup: string | null;
  items: TodoItem[];
}

/** The 本月待办 panel: its heading and count, the days shown, and how many items "show more" holds. */
export interface TodoView {
  heading: string;
  /** `14 天内 12 项`, beside the heading even when the panel is folded. */
  count: string;
  days: TodoDay[];
  /** Items of the fortnight not shown (0 when all are). */
  more: number;
  /** The "show more"/"show fewer" button's words, or null when there is nothing more. */
  toggle: string | null;
  /** Said when nothing is due in the fortnight, else null. */
  empty: string | null;
}

let builtIn: WorkingCalendar | null = null;

/** The built-in calendar (China's holidays and make-up days), made once: the pane reads no 节假日 sheet for this. */
function builtInCalendar(): WorkingCalendar {
  builtIn ??= createCalendar();
  return builtIn;
}

/**
 * The office's items due from `today` through the next {@link TODO_DAYS} days, by the built-in calendar, in
 * date order. @example upcomingTodo("2026-10-08")[0].date === "2026-10-08"
 */
export function upcomingTodo(today: IsoDate, calendar: WorkingCalendar = builtInCalendar()): DutyItem[] {
  const last = addDays(today, TODO_DAYS - 1);
  const months = [...new Set([monthOf(today), monthOf(last)])];
  return months
    .flatMap((month) => dutiesOfMonth(month, calendar))
    .filter((item) => item.date >= today && item.date <= last);
}

/**
 * The panel for a language: the first {@link TODO_SHOWN} items (all of them when `all`), grouped by day; an item
 * whose job is among `jobs` gets a button. `calendar` names make-up working days (the built-in one by default).
 */
export function todoView(
  items: readonly DutyItem[],
  today: IsoDate,
  lang: Lang,
  jobs: readonly JobDeclaration[],
  all = false,
  calendar: WorkingCalendar = builtInCalendar(),
): TodoView {
  const shown = all ? items : items.slice(0, TODO_SHOWN);
  const days: TodoDay[] = [];
  for (const item of shown) {
    let day = days.at(-1);
    if (day?.date !== item.date) {
      const when = whenOf(item.date, today);
      day = {
        date: item.date,
        dateText: todoDate(item.date, lang),
        when,
        whenText: when === "later" ? null : paneText(lang, when === "today" ? "todoToday" : "todoTomorrow"),
        makeup: calendar.dayKind(item.date) === "makeup_workday" ? paneText(lang, "todoMakeup") : null,
        items: [],
      };
      days.push(day);
    }
    day.items.push(todoItem(item, today, lang, jobs));
  }
  const more = items.length - shown.length;
  const hidden = items.length - Math.min(items.length, TODO_SHOWN);
  return {
    heading: paneText(lang, "todoHeading"),
    count: paneText(lang, "todoCount", { count: items.length, days: TODO_DAYS }),
    days,
    more,
    toggle:
      hidden === 0 ? null : all ? paneText(lang, "todoFewer") : paneText(lang, "todoMore", { count: more }),
    empty: items.length === 0 ? paneText(lang, "todoNone", { days: TODO_DAYS }) : null,
  };
}

/** A date as the panel writes it, with its weekday. @example todoDate("2026-10-08", "zh-CN") === "10月8日 周四" */
export function todoDate(date: IsoDate, lang: Lang): string {
  const months = paneText(lang, "todoMonths").split(" ");
  const weekdays = paneText(lang, "todoWeekdays").split(" ");
  return paneText(lang, "todoDate", {
    month: months[Number(date.slice(5, 7)) - 1] ?? date.slice(5, 7),
    day: Number(date.slice(8, 10)),
    weekday: weekdays[weekday(date)] ?? "",
  });
}

function whenOf(date: IsoDate, today: IsoDate): TodoDay["when"] {
  const days = toDayNumber(date) - toDayNumber(today);
  return days <= 0 ? "today" : days === 1 ? "tomorrow" : "later";
}

function todoItem(item: DutyItem, today: IsoDate, lang: Lang, jobs: readonly JobDeclaration[]): TodoItem {
  const job = item.jobId === undefined ? undefined : jobs.find((j) => j.id === item.jobId);
  const details = [
    item.note?.[lang],
    item.nominal === item.date
      ? undefined
      : paneText(lang, "todoNominal", { date: todoDate(item.nominal, lang) }),
  ].filter((d): d is string => d !== undefined && d !== "");
  return {
    duty: item.duty,
    title: item.title[lang],
    to: item.to[lang] === "" ? "" : paneText(lang, "todoTo", { to: item.to[lang] }),
    time: item.time ?? null,
    detail: details.length === 0 ? null : details.join(lang === "en" ? "; " : "；"),
    job:
      job === undefined
        ? null
        : {
            id: job.id,
            label: paneText(lang, "todoRun"),
            hint: paneText(lang, "todoRunHint", { job: job.title[lang], period: job.defaultPeriod(today) }),
          },
  };
}
