import data from "chinese-days/dist/chinese-days.json";
import { isIsoDate } from "../values/isoDate";
import type { IsoDate } from "../values/isoDate";

/** A listed day is either a day off (法定节假日 and the days off around it) or a make-up working day (调休上班). */
export type ChinaDayKind = "holiday" | "workday";

/** One listed day of China's holiday arrangement. @example { kind: "holiday", nameZh: "国庆节", nameEn: "National Day" } */
export interface ChinaDay {
  readonly kind: ChinaDayKind;
  readonly nameZh: string;
  readonly nameEn: string;
}

/** The listed days and the years the list covers (a year is covered when it lists at least one holiday). */
export interface ChinaHolidayData {
  readonly days: ReadonlyMap<IsoDate, ChinaDay>;
  readonly coveredYears: ReadonlySet<number>;
}

/** The shape of chinese-days' data file: date -> "English name,中文名,statutory day count". */
export interface ChinaHolidaySource {
  readonly holidays: Readonly<Record<string, string>>;
  readonly workdays: Readonly<Record<string, string>>;
}

/**
 * Builds the typed list from chinese-days' data; throws on a malformed date or label, or a date listed twice.
 * @example buildChinaHolidays({ holidays: { "2026-10-01": "National Day,国庆节,3" }, workdays: {} }).coveredYears.has(2026) === true
 */
export function buildChinaHolidays(source: ChinaHolidaySource): ChinaHolidayData {
  const days = new Map<IsoDate, ChinaDay>();
  const coveredYears = new Set<number>();
  const add = (list: Readonly<Record<string, string>>, kind: ChinaDayKind): void => {
    for (const [date, label] of Object.entries(list)) {
      if (!isIsoDate(date)) throw new RangeError(`chinese-days data: not an ISO date: ${date}`);
      if (days.has(date))
        throw new RangeError(`chinese-days data: ${date} is listed as both holiday and workday`);
      days.set(date, Object.freeze({ kind, ...parseLabel(date, label) }));
      if (kind === "holiday") coveredYears.add(Number(date.slice(0, 4)));
    }
  };
  add(source.holidays, "holiday");
  add(source.workdays, "workday");
  return { days, coveredYears };
}

function parseLabel(date: IsoDate, label: string): { nameZh: string; nameEn: string } {
  const parts = label.split(",");
  const count = parts.pop();
  const nameZh = parts.pop()?.trim();
  const nameEn = parts.join(",").trim();
  if (count === undefined || !/^\d+$/.test(count.trim()) || !nameZh || !nameEn) {
    throw new RangeError(`chinese-days data: malformed label for ${date}: ${label}`);
  }
  return { nameZh, nameEn };
}

const BUILT_IN = buildChinaHolidays(data);

/** China's holidays and make-up working days as shipped by chinese-days. @example CHINA_DAYS.get("2026-10-10")?.kind === "workday" */
export const CHINA_DAYS: ReadonlyMap<IsoDate, ChinaDay> = BUILT_IN.days;

/** Years the built-in data covers. @example CHINA_COVERED_YEARS.has(2026) === true */
export const CHINA_COVERED_YEARS: ReadonlySet<number> = BUILT_IN.coveredYears;
