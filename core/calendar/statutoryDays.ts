import { addDays, isIsoDate } from "../values/isoDate";
import type { IsoDate } from "../values/isoDate";
import { festivalDates, FESTIVAL_YEARS } from "./festivalDates";

/** A day the law names a statutory holiday (法定节假日, 300% overtime). @example { date: "2026-10-01", nameZh: "国庆节", nameEn: "National Day" } */
export interface StatutoryDay {
  readonly date: IsoDate;
  readonly nameZh: string;
  readonly nameEn: string;
}

/** The statutory days 《全国年节及纪念日放假办法》 gives, as a revision states them. */
interface Rules {
  /** The year the revision takes effect. */
  readonly from: number;
  /** 春节 as days from 正月初一: -1 is 除夕. */
  readonly spring: readonly number[];
  /** 劳动节: days from 1 May. */
  readonly labourDays: number;
  /** 清明, 端午 and 中秋 (one day each) are statutory. */
  readonly traditional: boolean;
}

/** The 1999, 2007, 2013 and 2024 revisions, each from the year it took effect, latest first. */
const REVISIONS: readonly Rules[] = [
  { from: 2025, spring: [-1, 0, 1, 2], labourDays: 2, traditional: true },
  { from: 2014, spring: [0, 1, 2], labourDays: 1, traditional: true },
  { from: 2008, spring: [-1, 0, 1], labourDays: 1, traditional: true },
  { from: FESTIVAL_YEARS.first, spring: [0, 1, 2], labourDays: 3, traditional: false },
];

/** Statutory days the State Council declared once (抗战胜利70周年纪念日). */
const ONE_OFF: readonly StatutoryDay[] = [
  {
    date: "2015-09-03",
    nameZh: "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
    nameEn: "Anti-Fascist 70th Day",
  },
];

const NAMES = {
  newYear: ["元旦", "New Year's Day"],
  spring: ["春节", "Spring Festival"],
  qingming: ["清明", "Tomb-sweeping Day"],
  labour: ["劳动节", "Labour Day"],
  dragonBoat: ["端午", "Dragon Boat Festival"],
  national: ["国庆节", "National Day"],
  midAutumn: ["中秋", "Mid-autumn Festival"],
} as const;

/**
 * The statutory days of a year by the revision in force that year, in date order; undefined outside
 * 2000-2050 (the years whose lunar dates are known). A festival on a day already statutory (中秋 on
 * 1 October, as in 2020) adds the next day that is not, so 2020 has 10-01..10-04.
 * @example statutoryDaysOf(2026)?.filter((d) => d.nameZh === "春节").map((d) => d.date) → ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"]
 */
export function statutoryDaysOf(year: number): readonly StatutoryDay[] | undefined {
  const festivals = festivalDates(year);
  const rules = REVISIONS.find((r) => year >= r.from);
  if (festivals === undefined || rules === undefined) return undefined;
  const days = new Map<IsoDate, StatutoryDay>();
  const add = (date: IsoDate, [nameZh, nameEn]: readonly [string, string]): void => {
    let free = date;
    while (days.has(free)) free = addDays(free, 1);
    days.set(free, { date: free, nameZh, nameEn });
  };
  add(`${year}-01-01`, NAMES.newYear);
  for (const offset of rules.spring) add(addDays(festivals.springFestival, offset), NAMES.spring);
  for (let day = 1; day <= rules.labourDays; day++) add(`${year}-05-0${day}`, NAMES.labour);
  for (let day = 1; day <= 3; day++) add(`${year}-10-0${day}`, NAMES.national);
  if (rules.traditional) {
    add(festivals.qingming, NAMES.qingming);
    add(festivals.dragonBoat, NAMES.dragonBoat);
    add(festivals.midAutumn, NAMES.midAutumn);
  }
  for (const day of ONE_OFF) if (day.date.startsWith(`${year}-`)) days.set(day.date, day);
  return [...days.values()].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

const byYear = new Map<number, ReadonlyMap<IsoDate, StatutoryDay> | undefined>();

/**
 * The statutory day a date is, or undefined (also for a year outside 2000-2050).
 * @example statutoryDay("2026-10-03")?.nameZh === "国庆节"; statutoryDay("2026-10-05") === undefined
 */
export function statutoryDay(date: IsoDate): StatutoryDay | undefined {
  if (!isIsoDate(date)) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  const year = Number(date.slice(0, 4));
  if (!byYear.has(year)) {
    const days = statutoryDaysOf(year);
    byYear.set(year, days && new Map(days.map((day) => [day.date, day])));
  }
  return byYear.get(year)?.get(date);
}

/** Whether the statutory days of a year are known (2000-2050). @example hasStatutoryDays(2026) === true */
export function hasStatutoryDays(year: number): boolean {
  return year >= FESTIVAL_YEARS.first && year <= FESTIVAL_YEARS.last;
}
