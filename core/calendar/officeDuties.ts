import { label, type Label } from "../i18n/label";
import { foldTraditional, normalizeKey } from "../values/text";
import {
  addDays,
  addMonths,
  daysInMonth,
  firstDayOf,
  fromDayNumber,
  isIsoDate,
  isYearMonth,
  lastDayOf,
  monthOf,
  toDayNumber,
  weekday,
  type IsoDate,
  type YearMonth,
} from "../values/isoDate";
import type { WorkingCalendar } from "./workingCalendar";

/**
 * The office's recurring duties (DOMAIN s.6, seed items 6-9, 18, 20-27) as data, and their expansion into the
 * dated items of a month. Every duty is a deadline: a day that is not a working day moves to the last working day
 * before it (the seed's rule for the stock list, applied to every deadline), weekly ones too (a meeting on a
 * Wednesday that is a holiday is held on the working day before; when that day already has the same duty, the two
 * are one item). Only the electricity bill, which comes "after the 10th", moves to the next working day instead.
 */

/** How often a duty comes round. */
export type Recurrence =
  /**
   * On a day of the month (a day past the month's end is its last day: the 30th in February is the 28th), every
   * `every` months counting from `startMonth` (1-12): monthly is every 1; quarterly from January is every 3 from 1.
   * With `startYear`, from that month of that year on (none before it); without, the count runs through the years
   * as if begun in year 0 (for an interval dividing 12, the same months every year).
   */
  | { kind: "monthly"; day: number; every: number; startMonth: number; startYear?: number }
  /** On a weekday, 0 = Sunday .. 6 = Saturday, every week. */
  | { kind: "weekly"; weekday: number }
  /** The day before the first statutory day of each holiday arrangement (one per run of days off holding one). */
  | { kind: "holidayEve" };

/** Which way a duty moves off a day that is not a working day. */
export type DutyMove = "before" | "after";

/** One of the office's duties: what, when, to whom, and the PropDesk job that makes its sheet. */
export interface OfficeDuty {
  /** A stable key: `purchase-plan-summary`, `water-bill`, … (own items: `own-1`, `own-2`, … in sheet order). */
  id: string;
  title: Label;
  to: Label;
  recurrence: Recurrence;
  /** Clock time it is due (`15:00`), when the rule names one. */
  time?: string;
  jobId?: string;
  /** `before` (a deadline, the default) or `after` (something that happens after a day: the electricity bill). */
  move: DutyMove;
  /** A short remark shown with the item (the rule's words). */
  note?: Label;
  /** Other names an office may give it on its 事项 sheet (a row with one of them replaces this duty's timing). */
  aliases: readonly string[];
  /** Set on a duty the workbook's 事项 sheet added or re-timed. */
  fromWorkbook?: true;
  /** The index, among the own items given, of the one that added or re-timed it. */
  ownIndex?: number;
}

/** One recurring item of a workbook's 事项 sheet, as read. */
export interface OwnItem {
  title: string;
  recurrence: Recurrence;
  to?: string;
  time?: string;
  note?: string;
}

/** One dated item of the office calendar. */
export interface DutyItem {
  /** The day it is due, moved to a working day. */
  date: IsoDate;
  /** The rule's day before moving. */
  nominal: IsoDate;
  /** `15:00`, when the rule names a time. */
  time?: string;
  title: Label;
  /** To whom it goes (行政部, 财务部, 人力资源部, 出纳, …). */
  to: Label;
  /** The PropDesk job that makes it. */
  jobId?: string;
  /** The duty's key ({@link OfficeDuty.id}). */
  duty: string;
  note?: Label;
  /** Built into PropDesk, or from (or re-timed by) the workbook's 事项 sheet. */
  source: "built-in" | "workbook";
}

const MONTHLY = (day: number): Recurrence => ({ kind: "monthly", day, every: 1, startMonth: 1 });
const WEEKLY = (day: number): Recurrence => ({ kind: "weekly", weekday: day });

const TO_MANAGER = label("项目负责人", "項目負責人", "Project manager");
const TO_GA = label("公司总务部", "公司總務部", "General Affairs");
const TO_FINANCE = label("财务部", "財務部", "Finance");
const TO_CASHIER = label("财务部出纳", "財務部出納", "Finance cashier");

/** The built-in duties, in the order a day lists them. */
export const OFFICE_DUTIES: readonly OfficeDuty[] = Object.freeze([
  {
    id: "purchase-plan-summary",
    title: label(
      "汇总下月物资采购申请计划",
      "匯總下月物資採購申請計劃",
      "Next month's purchase plan compiled",
    ),
    to: label("项目负责人、副总", "項目負責人、副總", "Project manager, deputy GM"),
    note: label(
      "项目负责人、副总经理审批签字",
      "項目負責人、副總經理審批簽字",
      "signed by the project manager and the deputy GM",
    ),
    recurrence: MONTHLY(4),
    jobId: "purchase-plan",
    move: "before",
    aliases: ["物资采购申请计划", "采购计划", "purchase plan"],
  },
  {
    id: "purchase-plan-send",
    title: label("采购申请计划报总务部", "採購申請計劃報總務部", "Purchase plan to General Affairs"),
    to: TO_GA,
    recurrence: MONTHLY(5),
    jobId: "purchase-plan",
    move: "before",
    aliases: ["采购计划报送", "purchase plan sent"],
  },
  {
    id: "fee-statistics",
    title: label(
      "物业费、水电费等费用统计表",
      "物業費、水電費等費用統計表",
      "Fee statistics (management, water, power)",
    ),
    to: TO_MANAGER,
    recurrence: MONTHLY(10),
    jobId: "fee-statistics",
    move: "before",
    aliases: ["费用统计表", "费用统计", "fee statistics"],
  },
  {
    id: "receivables",
    title: label("上月应收未收费用明细表", "上月應收未收費用明細表", "Last month's receivables list"),
    to: TO_FINANCE,
    recurrence: MONTHLY(10),
    jobId: "collection",
    move: "before",
    aliases: ["应收未收费用明细表", "应收未收", "receivables list"],
  },
  {
    id: "cash-plan",
    title: label("下月回款与用款计划表", "下月回款與用款計劃表", "Next month's receipts and spending plan"),
    to: TO_CASHIER,
    recurrence: MONTHLY(10),
    jobId: "cash-plan",
    move: "before",
    aliases: ["回款与用款计划表", "回款与用款计划", "用款计划", "cash plan"],
  },
  {
    id: "quarter-summary",
    title: label(
      "上季度经济指标及工作完成情况汇总",
      "上季度經濟指標及工作完成情況匯總",
      "Last quarter's indicators and work summary",
    ),
    to: TO_MANAGER,
    recurrence: { kind: "monthly", day: 10, every: 3, startMonth: 1 },
    move: "before",
    aliases: ["季度汇总", "季度总结", "quarterly summary"],
  },
  {
    id: "electricity-bill",
    title: label("缴电费（借款支付）", "繳電費（借款支付）", "Electricity bill (on a loan)"),
    to: label("供电局", "供電局", "Power company"),
    recurrence: MONTHLY(11),
    jobId: "advances",
    move: "after",
    note: label(
      "供电局每月10号后抄表，电话通知金额",
      "供電局每月10號後抄表，電話通知金額",
      "read after the 10th; the amount comes by phone",
    ),
    aliases: ["电费", "缴电费", "electricity", "electricity bill"],
  },
  {
    id: "magazine-article",
    title: label("内刊稿件", "內刊稿件", "Article for the company magazine"),
    to: label("内刊主编", "內刊主編", "Magazine editor"),
    recurrence: MONTHLY(20),
    move: "before",
    aliases: ["内刊", "内刊稿件", "article"],
  },
  {
    id: "water-bill",
    title: label("缴水费（借款支付）", "繳水費（借款支付）", "Water bill (on a loan)"),
    to: label("自来水公司", "自來水公司", "Water company"),
    recurrence: { kind: "monthly", day: 20, every: 2, startMonth: 2 },
    jobId: "advances",
    move: "before",
    note: label(
      "自来水公司每两个月20号前后抄表出单",
      "自來水公司每兩個月20號前後抄表出單",
      "read and billed every two months around the 20th",
    ),
    aliases: ["水费", "缴水费", "water", "water bill"],
  },
  {
    id: "work-plan",
    title: label("下月项目工作计划", "下月項目工作計劃", "Next month's work plan"),
    to: TO_MANAGER,
    recurrence: MONTHLY(25),
    move: "before",
    aliases: ["工作计划", "下月工作计划", "work plan"],
  },
  {
    id: "stock-list",
    title: label("盘点，交库存物资清单", "盤點，交庫存物資清單", "Stock count and stock list"),
    to: TO_GA,
    note: label(
      "项目负责人审核后下班前上交",
      "項目負責人審核後下班前上交",
      "signed by the project manager, in by close of day",
    ),
    recurrence: MONTHLY(25),
    jobId: "inventory",
    move: "before",
    aliases: ["库存物资清单", "盘点", "stock list"],
  },
  {
    id: "stock-ledger",
    title: label("季度库存物资台账", "季度庫存物資台賬", "Quarterly stock ledger"),
    to: TO_MANAGER,
    recurrence: { kind: "monthly", day: 25, every: 3, startMonth: 3 },
    jobId: "inventory",
    move: "before",
    aliases: ["库存物资台账", "stock ledger"],
  },
  {
    id: "attendance",
    title: label("考勤表及请假加班汇总", "考勤表及請假加班匯總", "Attendance, leave and overtime"),
    to: label("人力资源部", "人力資源部", "Human Resources"),
    recurrence: MONTHLY(28),
    jobId: "attendance",
    move: "before",
    aliases: ["考勤", "考勤表", "attendance"],
  },
  {
    id: "night-shift-roster",
    title: label(
      "下月工程部夜值排班表",
      "下月工程部夜值排班表",
      "Next month's engineering night-shift roster",
    ),
    to: TO_MANAGER,
    recurrence: MONTHLY(30),
    jobId: "duty-roster",
    move: "before",
    aliases: ["夜值排班表", "夜值排班", "night-shift roster"],
  },
  {
    id: "year-work-plan",
    title: label("下年客服部工作计划", "下年客服部工作計劃", "Next year's work plan"),
    to: TO_MANAGER,
    recurrence: { kind: "monthly", day: 20, every: 12, startMonth: 11 },
    move: "before",
    aliases: ["年度工作计划", "yearly work plan"],
  },
  {
    id: "year-training-plan",
    title: label("下年培训计划", "下年培訓計劃", "Next year's training plan"),
    to: TO_MANAGER,
    recurrence: { kind: "monthly", day: 20, every: 12, startMonth: 11 },
    move: "before",
    aliases: ["培训计划", "training plan"],
  },
  {
    id: "year-summary",
    title: label(
      "本年度工作总结及指标完成情况",
      "本年度工作總結及指標完成情況",
      "This year's summary and indicators",
    ),
    to: TO_MANAGER,
    recurrence: { kind: "monthly", day: 20, every: 12, startMonth: 11 },
    move: "before",
    aliases: ["年度总结", "工作总结", "yearly summary"],
  },
  {
    id: "weekly-meeting",
    title: label("项目周例会", "項目週例會", "Weekly project meeting"),
    to: label("项目各部门", "項目各部門", "All departments"),
    recurrence: WEEKLY(3),
    move: "before",
    note: label(
      "总结本周、上报下周计划；未召开则延至次日",
      "總結本週、上報下週計劃；未召開則延至次日",
      "this week's summary, next week's plan; if missed, the next day",
    ),
    aliases: ["周例会", "例会", "weekly meeting"],
  },
  {
    id: "weekly-collection",
    title: label("一周收费明细表", "一週收費明細表", "Weekly collection detail"),
    to: TO_FINANCE,
    recurrence: WEEKLY(3),
    time: "15:00",
    jobId: "weekly-collection",
    move: "before",
    aliases: ["收费明细表", "周收费明细", "weekly collection"],
  },
  {
    id: "cashier-handover",
    title: label("与出纳交接收费明细", "與出納交接收費明細", "Collection handover to the cashier"),
    to: TO_CASHIER,
    recurrence: WEEKLY(4),
    jobId: "weekly-collection",
    move: "before",
    aliases: ["出纳交接", "交接", "cashier handover"],
  },
  {
    id: "ledger-entry",
    title: label("物资台账入库明细登记", "物資臺賬入庫明細登記", "Stock receipts entered"),
    to: label("本部门存档", "本部門存檔", "Kept on file"),
    recurrence: WEEKLY(0),
    jobId: "inventory",
    move: "before",
    note: label("每周日登记", "每週日登記", "every Sunday"),
    aliases: ["入库明细", "物资台账", "ledger entry"],
  },
  {
    id: "holiday-roster",
    title: label("节假日项目值班表", "節假日項目值班表", "Holiday duty roster"),
    to: label("值班人员", "值班人員", "Staff on duty"),
    note: label("公布于办公室白板", "公佈於辦公室白板", "posted on the office board"),
    recurrence: { kind: "holidayEve" },
    jobId: "duty-roster",
    move: "before",
    aliases: ["值班表", "节假日值班表", "holiday roster"],
  },
] satisfies OfficeDuty[]);

/** Days either side of a month whose rule days can move into it (longer than any holiday arrangement). */
const REACH_DAYS = 45;

/**
 * The built-in duties with a workbook's own items: an own item named like a built-in duty (its title or one of
 * its aliases, Traditional or Simplified) re-times that duty (and gives it a new addressee when it names one),
 * the first such row only; the others are added after the built-ins, keyed `own-1`, `own-2`, … in order.
 * @example officeDuties([{ title: "水费", recurrence: { kind: "monthly", day: 20, every: 2, startMonth: 1 } }])
 */
export function officeDuties(own: readonly OwnItem[] = []): OfficeDuty[] {
  const duties: OfficeDuty[] = OFFICE_DUTIES.map((d) => ({ ...d }));
  let n = 0;
  own.forEach((item, ownIndex) => {
    const key = titleKey(item.title);
    const index = duties.findIndex((d) => !d.fromWorkbook && namesOf(d).includes(key));
    const base = index >= 0 ? duties[index] : undefined;
    if (base !== undefined) {
      const retimed: OfficeDuty = {
        ...base,
        recurrence: item.recurrence,
        fromWorkbook: true,
        ownIndex,
      };
      if (item.to) retimed.to = plain(item.to);
      if (item.time) retimed.time = item.time;
      if (item.note) retimed.note = plain(item.note);
      duties[index] = retimed;
      return;
    }
    const added: OfficeDuty = {
      id: `own-${++n}`,
      title: plain(item.title),
      to: plain(item.to ?? ""),
      recurrence: item.recurrence,
      move: "before",
      aliases: [],
      fromWorkbook: true,
      ownIndex,
    };
    if (item.time) added.time = item.time;
    if (item.note) added.note = plain(item.note);
    duties.push(added);
  });
  return duties;
}

/**
 * The rule days of a duty's recurrence from `from` to `to` (inclusive), before moving. A holiday eve's rule day is
 * the day before the first statutory day of a run of days off (one per run).
 * @example ruleDays({ kind: "monthly", day: 30, every: 1, startMonth: 1 }, "2027-02-01", "2027-02-28", cal) → ["2027-02-28"]
 */
export function ruleDays(
  recurrence: Recurrence,
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar,
): IsoDate[] {
  return occurrences(recurrence, from, to, calendar).map((o) => o.nominal);
}

/** A rule day, and for a holiday eve the names of the holidays of its run. */
interface Occurrence {
  nominal: IsoDate;
  holidays?: string[];
}

function occurrences(
  recurrence: Recurrence,
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar,
): Occurrence[] {
  const out: Occurrence[] = [];
  if (recurrence.kind === "monthly") {
    const every = Math.max(1, Math.floor(recurrence.every));
    const phase = (recurrence.startYear ?? 0) * 12 + recurrence.startMonth - 1;
    for (let m = monthOf(from); m <= monthOf(to); m = addMonths(m, 1)) {
      const [year, month] = [Number(m.slice(0, 4)), Number(m.slice(5, 7))];
      const index = year * 12 + month - 1;
      if ((((index - phase) % every) + every) % every !== 0) continue;
      if (recurrence.startYear !== undefined && index < phase) continue;
      const last = daysInMonth(year, month);
      const day = Math.min(Math.max(1, Math.floor(recurrence.day)), last);
      const date = `${m}-${String(day).padStart(2, "0")}`;
      if (date >= from && date <= to) out.push({ nominal: date });
    }
  } else if (recurrence.kind === "weekly") {
    const start = toDayNumber(from);
    const first = start + ((((recurrence.weekday - weekday(from)) % 7) + 7) % 7);
    for (let d = first; d <= toDayNumber(to); d += 7) out.push({ nominal: fromDayNumber(d) });
  } else {
    for (const run of holidayRuns(from, to, calendar))
      out.push({ nominal: addDays(run.firstStatutory, -1), holidays: run.names });
  }
  return out;
}

/** A run of consecutive days off holding at least one statutory day. */
interface HolidayRun {
  start: IsoDate;
  firstStatutory: IsoDate;
  names: string[];
}

/** Runs whose first statutory day's eve lies from `from` to `to`. */
function holidayRuns(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): HolidayRun[] {
  const runs: HolidayRun[] = [];
  const end = toDayNumber(to) + 1;
  let d = toDayNumber(from) + 1;
  while (d <= end) {
    const date = fromDayNumber(d);
    if (calendar.dayKind(date) !== "statutory") {
      d++;
      continue;
    }
    // The first statutory day of its run: the days off before it back to the last working day hold none.
    let back = d - 1;
    let earlierStatutory = false;
    while (!calendar.isWorkingDay(fromDayNumber(back)) && d - back < REACH_DAYS) {
      if (calendar.dayKind(fromDayNumber(back)) === "statutory") earlierStatutory = true;
      back--;
    }
    let forward = d;
    const names: string[] = [];
    while (!calendar.isWorkingDay(fromDayNumber(forward)) && forward - d < REACH_DAYS) {
      const name = calendar.holidayName(fromDayNumber(forward));
      if (calendar.dayKind(fromDayNumber(forward)) === "statutory" && name && !names.includes(name))
        names.push(name);
      forward++;
    }
    if (!earlierStatutory) runs.push({ start: fromDayNumber(back + 1), firstStatutory: date, names });
    d = forward + 1;
  }
  return runs;
}

/**
 * The office's items due in a month (their moved date in the month, wherever the rule day lies), sorted by date,
 * then time (items without a time first), then the order of the duties.
 * @example dutiesOfMonth("2026-10", createCalendar())[0] → { date: "2026-10-08", duty: "cashier-handover", … } (10-01..07 are off)
 */
export function dutiesOfMonth(
  month: YearMonth,
  calendar: WorkingCalendar,
  own: readonly OwnItem[] = [],
): DutyItem[] {
  if (!isYearMonth(month)) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return itemsBetween(firstDayOf(month), lastDayOf(month), calendar, officeDuties(own));
}

/**
 * The next `count` items due on or after `today`, across month ends (looking at most a year ahead).
 * @example upcomingDuties("2026-10-29", createCalendar(), 2) → the handover of 10-29, the night-shift roster of 10-30
 */
export function upcomingDuties(
  today: IsoDate,
  calendar: WorkingCalendar,
  count: number,
  own: readonly OwnItem[] = [],
): DutyItem[] {
  if (!isIsoDate(today)) throw new RangeError(`not a YYYY-MM-DD date: ${today}`);
  const duties = officeDuties(own);
  const out: DutyItem[] = [];
  let from = today;
  for (let month = monthOf(today), i = 0; out.length < count && i <= 12; month = addMonths(month, 1), i++) {
    out.push(...itemsBetween(from, lastDayOf(month), calendar, duties));
    from = firstDayOf(addMonths(month, 1));
  }
  return out.slice(0, Math.max(0, count));
}

/** The items of the duties whose moved dates lie from `from` to `to`, sorted. */
function itemsBetween(
  from: IsoDate,
  to: IsoDate,
  calendar: WorkingCalendar,
  duties: readonly OfficeDuty[],
): DutyItem[] {
  const items: { item: DutyItem; order: number }[] = [];
  duties.forEach((duty, order) => {
    const seen = new Set<IsoDate>();
    const span = [addDays(from, -REACH_DAYS), addDays(to, REACH_DAYS)] as const;
    for (const { nominal, holidays } of occurrences(duty.recurrence, ...span, calendar)) {
      const date = moved(nominal, duty.move, calendar);
      if (date < from || date > to || seen.has(date)) continue;
      seen.add(date);
      items.push({ item: itemOf(duty, date, nominal, holidays), order });
    }
  });
  items.sort(
    (a, b) =>
      compare(a.item.date, b.item.date) ||
      compare(a.item.time ?? "", b.item.time ?? "") ||
      a.order - b.order ||
      compare(a.item.nominal, b.item.nominal),
  );
  return items.map((x) => x.item);
}

/** A rule day moved to a working day: back for a deadline, forward for `after`. */
export function moved(nominal: IsoDate, move: DutyMove, calendar: WorkingCalendar): IsoDate {
  if (move === "before") return calendar.deadline(nominal);
  let d = nominal;
  for (let i = 0; i < 3660 && !calendar.isWorkingDay(d); i++) d = addDays(d, 1);
  return d;
}

function itemOf(duty: OfficeDuty, date: IsoDate, nominal: IsoDate, holidays?: string[]): DutyItem {
  const named = holidays?.length ? holidays.join("、") : undefined;
  const item: DutyItem = {
    date,
    nominal,
    title: named === undefined ? duty.title : withHolidays(duty.title, named),
    to: duty.to,
    duty: duty.id,
    source: duty.fromWorkbook ? "workbook" : "built-in",
  };
  if (duty.time !== undefined) item.time = duty.time;
  if (duty.jobId !== undefined) item.jobId = duty.jobId;
  if (duty.note !== undefined) item.note = duty.note;
  return item;
}

/** A title with its holidays named: 节假日项目值班表（国庆节）. */
function withHolidays(title: Label, names: string): Label {
  return label(`${title["zh-CN"]}（${names}）`, `${title["zh-TW"]}（${names}）`, `${title.en} (${names})`);
}

function namesOf(duty: OfficeDuty): string[] {
  return [duty.title["zh-CN"], duty.title["zh-TW"], duty.title.en, ...duty.aliases].map(titleKey);
}

function titleKey(title: string): string {
  return normalizeKey(foldTraditional(title));
}

function plain(text: string): Label {
  return label(text, text, text);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
