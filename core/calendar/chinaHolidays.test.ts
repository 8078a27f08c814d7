import { describe, expect, it } from "vitest";
import data from "chinese-days/dist/chinese-days.json";
import { buildChinaHolidays, CHINA_COVERED_YEARS, CHINA_DAYS } from "./chinaHolidays";

const HOLIDAYS_2026: [string, string, string][] = [
  ["2026-01-01", "元旦", "New Year's Day"],
  ["2026-01-02", "元旦", "New Year's Day"],
  ["2026-01-03", "元旦", "New Year's Day"],
  ...["15", "16", "17", "18", "19", "20", "21", "22", "23"].map((d): [string, string, string] => [
    `2026-02-${d}`,
    "春节",
    "Spring Festival",
  ]),
  ["2026-04-04", "清明", "Tomb-sweeping Day"],
  ["2026-04-05", "清明", "Tomb-sweeping Day"],
  ["2026-04-06", "清明", "Tomb-sweeping Day"],
  ...["01", "02", "03", "04", "05"].map((d): [string, string, string] => [
    `2026-05-${d}`,
    "劳动节",
    "Labour Day",
  ]),
  ["2026-06-19", "端午", "Dragon Boat Festival"],
  ["2026-06-20", "端午", "Dragon Boat Festival"],
  ["2026-06-21", "端午", "Dragon Boat Festival"],
  ["2026-09-25", "中秋", "Mid-autumn Festival"],
  ["2026-09-26", "中秋", "Mid-autumn Festival"],
  ["2026-09-27", "中秋", "Mid-autumn Festival"],
  ...["01", "02", "03", "04", "05", "06", "07"].map((d): [string, string, string] => [
    `2026-10-${d}`,
    "国庆节",
    "National Day",
  ]),
];

const MAKEUP_WORKDAYS_2026: [string, string][] = [
  ["2026-01-04", "元旦"],
  ["2026-02-14", "春节"],
  ["2026-02-28", "春节"],
  ["2026-05-09", "劳动节"],
  ["2026-09-20", "国庆节"],
  ["2026-10-10", "国庆节"],
];

describe("CHINA_DAYS", () => {
  it.each(HOLIDAYS_2026)("%s is a holiday (%s, %s)", (date, nameZh, nameEn) => {
    expect(CHINA_DAYS.get(date)).toEqual({ kind: "holiday", nameZh, nameEn });
  });

  it.each(MAKEUP_WORKDAYS_2026)("%s is a make-up working day (%s)", (date, nameZh) => {
    expect(CHINA_DAYS.get(date)).toMatchObject({ kind: "workday", nameZh });
  });

  it("lists exactly the 2026 days of docs/conventions.md#working-days, nothing more", () => {
    const listed = [...CHINA_DAYS.keys()].filter((date) => date.startsWith("2026-")).sort();
    const expected = [...HOLIDAYS_2026.map(([d]) => d), ...MAKEUP_WORKDAYS_2026.map(([d]) => d)].sort();
    expect(listed).toEqual(expected);
  });

  it("holds every entry of the package's data file", () => {
    expect(CHINA_DAYS.size).toBe(Object.keys(data.holidays).length + Object.keys(data.workdays).length);
  });

  it("leaves unlisted days out (an ordinary Monday)", () => {
    expect(CHINA_DAYS.get("2026-11-30")).toBeUndefined();
  });
});

describe("CHINA_COVERED_YEARS", () => {
  it("covers 2026 and 2025 but not 2031 or years before the data starts", () => {
    expect(CHINA_COVERED_YEARS.has(2026)).toBe(true);
    expect(CHINA_COVERED_YEARS.has(2025)).toBe(true);
    expect(CHINA_COVERED_YEARS.has(2031)).toBe(false);
    expect(CHINA_COVERED_YEARS.has(2003)).toBe(false);
  });

  it("is exactly the years that list a holiday", () => {
    const years = new Set(Object.keys(data.holidays).map((date) => Number(date.slice(0, 4))));
    expect([...CHINA_COVERED_YEARS].sort()).toEqual([...years].sort());
  });
});

describe("buildChinaHolidays", () => {
  it("splits the label from the right, so an English name may hold a comma", () => {
    const built = buildChinaHolidays({ holidays: { "2030-01-01": "Feast, Great,大节,2" }, workdays: {} });
    expect(built.days.get("2030-01-01")).toEqual({ kind: "holiday", nameZh: "大节", nameEn: "Feast, Great" });
  });

  it("counts a year as covered only when it lists a holiday", () => {
    const built = buildChinaHolidays({
      holidays: { "2030-10-01": "National Day,国庆节,3" },
      workdays: { "2031-01-04": "New Year's Day,元旦,1" },
    });
    expect([...built.coveredYears]).toEqual([2030]);
    expect(built.days.get("2031-01-04")?.kind).toBe("workday");
  });

  it("rejects a malformed label", () => {
    expect(() => buildChinaHolidays({ holidays: { "2030-01-01": "元旦" }, workdays: {} })).toThrow(
      RangeError,
    );
    expect(() => buildChinaHolidays({ holidays: { "2030-01-01": "A,元旦,x" }, workdays: {} })).toThrow(
      RangeError,
    );
  });

  it("rejects a bad date and a date listed as both kinds", () => {
    expect(() => buildChinaHolidays({ holidays: { "2030-02-30": "A,元旦,1" }, workdays: {} })).toThrow(
      RangeError,
    );
    expect(() =>
      buildChinaHolidays({ holidays: { "2030-01-01": "A,元旦,1" }, workdays: { "2030-01-01": "A,元旦,1" } }),
    ).toThrow(RangeError);
  });
});
