import { afterAll, beforeAll, describe, expect, it } from "vitest";
import chineseDays from "chinese-days";
import { addDays, fromDayNumber, toDayNumber } from "../values/isoDate";
import { CHINA_COVERED_YEARS, CHINA_DAYS } from "./chinaHolidays";
import { createCalendar } from "./workingCalendar";
import { festivalDates, FESTIVAL_YEARS } from "./festivalDates";
import { hasStatutoryDays, statutoryDay, statutoryDaysOf } from "./statutoryDays";

/** The statutory days of one festival in a year. */
const daysOf = (year: number, nameZh: string) =>
  (statutoryDaysOf(year) ?? []).filter((d) => d.nameZh === nameZh).map((d) => d.date);

describe("statutoryDaysOf: each festival's statutory days", () => {
  it.each<[number, string, string[]]>([
    // 元旦: 1 January.
    [2024, "元旦", ["2024-01-01"]],
    [2025, "元旦", ["2025-01-01"]],
    [2026, "元旦", ["2026-01-01"]],
    // 春节: 初一-初三 before 2025; 除夕-初三 from 2025 (除夕 2025 is 12/29, 2026 is 12/29 too).
    [2024, "春节", ["2024-02-10", "2024-02-11", "2024-02-12"]],
    [2025, "春节", ["2025-01-28", "2025-01-29", "2025-01-30", "2025-01-31"]],
    [2026, "春节", ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"]],
    // 清明: the Qingming solar term's day.
    [2024, "清明", ["2024-04-04"]],
    [2025, "清明", ["2025-04-04"]],
    [2026, "清明", ["2026-04-05"]],
    // 劳动节: 1 May before 2025, 1-2 May from 2025.
    [2024, "劳动节", ["2024-05-01"]],
    [2025, "劳动节", ["2025-05-01", "2025-05-02"]],
    [2026, "劳动节", ["2026-05-01", "2026-05-02"]],
    // 端午: 五月初五.
    [2024, "端午", ["2024-06-10"]],
    [2025, "端午", ["2025-05-31"]],
    [2026, "端午", ["2026-06-19"]],
    // 中秋: 八月十五.
    [2024, "中秋", ["2024-09-17"]],
    [2025, "中秋", ["2025-10-06"]],
    [2026, "中秋", ["2026-09-25"]],
    // 国庆: 1-3 October.
    [2024, "国庆节", ["2024-10-01", "2024-10-02", "2024-10-03"]],
    [2025, "国庆节", ["2025-10-01", "2025-10-02", "2025-10-03"]],
    [2026, "国庆节", ["2026-10-01", "2026-10-02", "2026-10-03"]],
  ])("%i %s: %j", (year, name, dates) => {
    expect(daysOf(year, name)).toEqual(dates);
  });

  it.each<[number, number]>([
    [2024, 11],
    [2025, 13],
    [2026, 13],
  ])("%i has %i statutory days in all", (year, count) => {
    expect(statutoryDaysOf(year)).toHaveLength(count);
  });

  it.each<[number, string, string[]]>([
    // 1999 rules (2000-2007): 春节 初一-初三, 劳动节 1-3 May, no 清明 / 端午 / 中秋.
    [2007, "春节", ["2007-02-18", "2007-02-19", "2007-02-20"]],
    [2007, "劳动节", ["2007-05-01", "2007-05-02", "2007-05-03"]],
    [2007, "清明", []],
    [2007, "中秋", []],
    // 2007 rules (2008-2013): 春节 除夕-初二, 劳动节 1 May, 清明 / 端午 / 中秋 one day each.
    [2013, "春节", ["2013-02-09", "2013-02-10", "2013-02-11"]],
    [2013, "劳动节", ["2013-05-01"]],
    [2013, "端午", ["2013-06-12"]],
    // 2013 rules (2014-2024): 春节 初一-初三.
    [2014, "春节", ["2014-01-31", "2014-02-01", "2014-02-02"]],
    // 2020: 中秋 on 1 October adds the next day that is not statutory (10-01..10-04).
    [2020, "国庆节", ["2020-10-01", "2020-10-02", "2020-10-03"]],
    [2020, "中秋", ["2020-10-04"]],
    // 2015: the one-off 抗战胜利70周年纪念日 on 3 September.
    [2015, "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日", ["2015-09-03"]],
  ])("%i %s by the revision then in force: %j", (year, name, dates) => {
    expect(daysOf(year, name)).toEqual(dates);
  });

  it("lists the days in date order, each date once", () => {
    for (let year = FESTIVAL_YEARS.first; year <= FESTIVAL_YEARS.last; year++) {
      const dates = (statutoryDaysOf(year) ?? []).map((d) => d.date);
      expect(dates).toEqual([...new Set(dates)].sort());
      expect(dates.every((d) => d.startsWith(`${year}-`))).toBe(true);
    }
  });

  it("knows 2000-2050 only", () => {
    expect(statutoryDaysOf(1999)).toBeUndefined();
    expect(statutoryDaysOf(2051)).toBeUndefined();
    expect([1999, 2000, 2050, 2051].map(hasStatutoryDays)).toEqual([false, true, true, false]);
  });
});

describe("statutoryDay", () => {
  it.each<[string, string | undefined]>([
    ["2026-10-01", "国庆节"],
    ["2026-10-03", "国庆节"], // a Saturday, still the law's day
    ["2026-10-04", undefined],
    ["2026-10-05", undefined], // a bridging Monday of the arrangement: a rest day
    ["2026-02-15", undefined], // 腊月廿八, the Sunday before 除夕
    ["2026-02-16", "春节"], // 除夕 (腊月廿九: the twelfth month has 29 days)
    ["2026-02-20", undefined],
    ["2025-01-28", "春节"], // 除夕 (腊月廿九)
    ["2024-02-09", undefined], // 除夕 2024: not statutory before 2025
    ["2026-11-30", undefined],
    ["2031-10-01", "国庆节"],
    ["2051-10-01", undefined],
  ])("%s -> %s", (date, name) => {
    expect(statutoryDay(date)?.nameZh).toBe(name);
  });

  it("rejects a malformed date", () => {
    expect(() => statutoryDay("2026-10-1")).toThrow(RangeError);
  });
});

/** 国庆 and 中秋, whose names the package and the rules may swap when the two meet. */
const OCTOBER = new Set(["国庆节", "中秋"]);

describe("against chinese-days", () => {
  it("makes every statutory day of the years the data covers a statutory day off of its festival", () => {
    const calendar = createCalendar();
    const wrong: string[] = [];
    for (const year of CHINA_COVERED_YEARS) {
      for (const day of statutoryDaysOf(year) ?? []) {
        const listed = CHINA_DAYS.get(day.date);
        if (calendar.dayKind(day.date) !== "statutory") wrong.push(`${day.date} is not a statutory day off`);
        // The package leaves out Saturday 2012-06-23 (端午); 国庆 and 中秋 share names when they meet (2009, 2020).
        if (listed === undefined) {
          if (day.date !== "2012-06-23") wrong.push(`${day.date} is not listed`);
        } else if (listed.nameZh !== day.nameZh && !(OCTOBER.has(listed.nameZh) && OCTOBER.has(day.nameZh))) {
          wrong.push(`${day.date} ${day.nameZh} is listed as ${listed.nameZh}`);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it("covers every year the built-in data covers", () => {
    for (const year of CHINA_COVERED_YEARS) expect(hasStatutoryDays(year)).toBe(true);
  });

  describe("the festival table, recomputed with the package's lunar and solar-term functions", () => {
    // chinese-days reads local time; China's calendar is kept in China's time zone.
    const zone = process.env.TZ;
    beforeAll(() => {
      process.env.TZ = "Asia/Shanghai";
    });
    afterAll(() => {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
    });

    it("gives 正月初一, 五月初五 and 八月十五 (not in a leap month) and the Qingming day for 2000-2050", () => {
      for (let year = FESTIVAL_YEARS.first; year <= FESTIVAL_YEARS.last; year++) {
        const found: Record<string, string> = {};
        for (let day = toDayNumber(`${year}-01-01`); day <= toDayNumber(`${year}-12-31`); day++) {
          const date = fromDayNumber(day);
          const [y, m, d] = date.split("-").map(Number) as [number, number, number];
          const lunar = chineseDays.getLunarDate(new Date(y, m - 1, d));
          if (lunar.isLeap) continue;
          const key = `${lunar.lunarMon}/${lunar.lunarDay}`;
          if (key === "1/1" || key === "5/5" || key === "8/15") found[key] = date;
        }
        expect(festivalDates(year), String(year)).toEqual({
          springFestival: found["1/1"],
          qingming: chineseDays.getSolarTermDate(year, 4, "pure_brightness"),
          dragonBoat: found["5/5"],
          midAutumn: found["8/15"],
        });
      }
    });

    it("puts 除夕 on the last day of the twelfth lunar month (the 29th or the 30th)", () => {
      const lastDays = new Set<number>();
      for (let year = FESTIVAL_YEARS.first; year <= FESTIVAL_YEARS.last; year++) {
        const eve = addDays(festivalDates(year)!.springFestival, -1);
        const [y, m, d] = eve.split("-").map(Number) as [number, number, number];
        const lunar = chineseDays.getLunarDate(new Date(y, m - 1, d));
        expect([lunar.lunarMon, lunar.isLeap]).toEqual([12, false]);
        expect(lunar.lunarDay).toBe(chineseDays.monthDays(lunar.lunarYear, 12));
        lastDays.add(lunar.lunarDay);
      }
      expect([...lastDays].sort()).toEqual([29, 30]);
    });
  });
});
