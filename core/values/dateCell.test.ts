import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseDateCell, parseYearlessDate, yearResolver } from "./dateCell";
import { isoToExcelSerial } from "./excelSerial";

const ctx1900 = { date1904: false };
const ctx1904 = { date1904: true };

describe("parseDateCell: numbers", () => {
  it.each([
    [46361, ctx1900, "2026-12-05"],
    [46361.4375, ctx1900, "2026-12-05"],
    [45658, { date1904: false, numberFormat: "yyyy-mm-dd" }, "2025-01-01"],
    [45658, { date1904: false, numberFormat: "General" }, "2025-01-01"],
    [1, ctx1900, "1900-01-01"],
    [59, ctx1900, "1900-02-28"],
    [61, ctx1900, "1900-03-01"],
    [44899, ctx1904, "2026-12-05"],
    [0, ctx1904, "1904-01-01"],
    [20261205, ctx1900, "2026-12-05"],
    [20261205, ctx1904, "2026-12-05"],
    [19000101, ctx1900, "1900-01-01"],
    [29991231, ctx1900, "2999-12-31"],
  ])("%d (%j) -> %s", (v, ctx, iso) => {
    expect(parseDateCell(v, ctx)).toEqual({ ok: true, value: iso });
  });

  it.each([
    [60, ctx1900, "fake_leap_day", "60"],
    [0, ctx1900, "not_a_date", "0"],
    [-1, ctx1904, "not_a_date", "-1"],
    [20261332, ctx1900, "not_a_date", "20261332"],
    [20260230, ctx1900, "not_a_date", "20260230"],
    [20261205.5, ctx1900, "not_a_date", "20261205.5"],
    [30000101, ctx1900, "not_a_date", "30000101"],
    [NaN, ctx1900, "not_a_date", "NaN"],
  ])("%d (%j) fails with %s", (v, ctx, code, value) => {
    expect(parseDateCell(v, ctx)).toEqual({ ok: false, problem: { code, params: { value } } });
  });

  it("reads back the serial of any date in either system", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1904, max: 9999 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        fc.boolean(),
        (y, m, d, date1904) => {
          const iso = `${String(y)}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
          expect(parseDateCell(isoToExcelSerial(iso, date1904), { date1904 })).toEqual({
            ok: true,
            value: iso,
          });
        },
      ),
    );
  });
});

describe("parseDateCell: text", () => {
  it.each([
    ["2026-12-05", "2026-12-05"],
    ["2026-12-5", "2026-12-05"],
    ["2026/12/5", "2026-12-05"],
    ["2026/12/05", "2026-12-05"],
    ["2026.12.05", "2026-12-05"],
    ["2026.1.5", "2026-01-05"],
    ["2026年12月5日", "2026-12-05"],
    ["2026年12月05日", "2026-12-05"],
    ["2026年12月5号", "2026-12-05"],
    ["2026年12月5號", "2026-12-05"],
    ["2026 年 12 月 5 日", "2026-12-05"],
    ["２０２６年１２月５日", "2026-12-05"],
    ["２０２６－１２－０５", "2026-12-05"],
    ["２０２６／１２／５", "2026-12-05"],
    ["20261205", "2026-12-05"],
    ["  2026-12-05  ", "2026-12-05"],
    ["2026-12-05 10:30", "2026-12-05"],
    ["2026/12/5 10:30:00", "2026-12-05"],
    ["2026-12-05T10:30", "2026-12-05"],
    ["2026-12-05T10:30:15.250", "2026-12-05"],
    ["2026年12月5日 10:30", "2026-12-05"],
    ["2026年12月5日10:30", "2026-12-05"],
    ["20261205 08:00", "2026-12-05"],
    ["2024-02-29", "2024-02-29"],
    ["2000-02-29", "2000-02-29"],
  ])("%j -> %s", (text, iso) => {
    expect(parseDateCell(text, ctx1900)).toEqual({ ok: true, value: iso });
    expect(parseDateCell(text, ctx1904)).toEqual({ ok: true, value: iso });
  });

  it.each([[null], [""], ["   "], ["　"]])("%j is empty", (v) => {
    expect(parseDateCell(v, ctx1900)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["5/12/2026", "ambiguous_date"],
    ["12/5/2026", "ambiguous_date"],
    ["05-12-2026", "ambiguous_date"],
    ["25/12/2026", "ambiguous_date"],
    ["5.12.2026", "ambiguous_date"],
    ["5/12/26", "ambiguous_date"],
    ["5/12/2026 10:30", "ambiguous_date"],
    ["13/13/2026", "not_a_date"],
    ["2026-02-30", "not_a_date"],
    ["2026-13-01", "not_a_date"],
    ["2026-00-10", "not_a_date"],
    ["2025-02-29", "not_a_date"],
    ["1900-02-29", "not_a_date"],
    ["2026年2月30日", "not_a_date"],
    ["20261301", "not_a_date"],
    ["1899-12-31", "not_a_date"],
    ["2026-12/05", "not_a_date"],
    ["2026-12-05 25:00", "not_a_date"],
    ["2026-12-05 10:60", "not_a_date"],
    ["2026-12-0510:30", "not_a_date"],
    ["2026-12", "not_a_date"],
    ["12-05", "not_a_date"],
    ["12月5日", "not_a_date"],
    ["10:30", "not_a_date"],
    ["46361", "not_a_date"],
    ["Dec 5, 2026", "not_a_date"],
    ["明天", "not_a_date"],
    ["2026-12-05x", "not_a_date"],
  ])("%j fails with %s", (text, code) => {
    expect(parseDateCell(text, ctx1900)).toEqual({ ok: false, problem: { code, params: { value: text } } });
  });

  it.each([
    ["#N/A", "cell_error", "#N/A"],
    ["#VALUE!", "cell_error", "#VALUE!"],
    [true, "not_a_date", "TRUE"],
  ])("%j fails with %s", (v, code, value) => {
    expect(parseDateCell(v, ctx1900)).toEqual({ ok: false, problem: { code, params: { value } } });
  });
});

describe("parseYearlessDate", () => {
  const titled = yearResolver({ year: 2026, near: "2027-01" });
  const january = yearResolver({ near: "2027-01" });
  const december = yearResolver({ near: "2026-12" });
  const none = yearResolver({});

  it.each([
    ["12月3日", "2026-12-03"],
    ["12月3号", "2026-12-03"],
    ["12月3號", "2026-12-03"],
    ["12月03日", "2026-12-03"],
    ["12月3", "2026-12-03"],
    ["1月31日", "2026-01-31"],
    ["12-03", "2026-12-03"],
    ["12/3", "2026-12-03"],
    ["3/12", "2026-03-12"],
    ["12.3", "2026-12-03"],
    ["１２月３日", "2026-12-03"],
    ["１２／３", "2026-12-03"],
    [" 12 月 3 日 ", "2026-12-03"],
    ["12月3日 10:30", "2026-12-03"],
    ["12月3日10:30", "2026-12-03"],
    ["12/3 08:00:15", "2026-12-03"],
  ])("%j with the title's year 2026 -> %s, nothing to report", (text, iso) => {
    expect(parseYearlessDate(text, titled)).toEqual({
      ok: true,
      value: iso,
      yearSupplied: false,
      ambiguous: false,
    });
  });

  it.each([
    // period 2027-01: a December date is the December before, a February one the February after
    [january, "12月3日", "2026-12-03", false],
    [january, "1月15日", "2027-01-15", false],
    [january, "3月1日", "2027-03-01", false],
    [january, "9月30日", "2026-09-30", false],
    [january, "8月1日", "2026-08-01", true], // five months before, seven after
    [january, "7月1日", "2026-07-01", true], // six months either way: the earlier
    [january, "6月1日", "2027-06-01", true], // five months after
    [january, "5月31日", "2027-05-31", false],
    // period 2026-12
    [december, "1月5日", "2027-01-05", false],
    [december, "11月28日", "2026-11-28", false],
    [december, "6月1日", "2026-06-01", true], // six months either way: the earlier
    [december, "5月1日", "2027-05-01", true],
    [december, "4月1日", "2027-04-01", false],
  ])("without a title year, the year nearest the period (%#): %j -> %s", (years, text, iso, ambiguous) => {
    expect(parseYearlessDate(text, years)).toEqual({ ok: true, value: iso, yearSupplied: true, ambiguous });
  });

  it("the nearest year decides whether 2月29日 is a day", () => {
    expect(parseYearlessDate("2月29日", yearResolver({ near: "2028-01" }))).toMatchObject({
      value: "2028-02-29",
    });
    expect(parseYearlessDate("2月29日", yearResolver({ near: "2027-01" }))).toBeNull();
    expect(parseYearlessDate("2月29日", yearResolver({ year: 2024 }))).toMatchObject({ value: "2024-02-29" });
  });

  it("without a title year or a period there is no year to give", () => {
    expect(parseYearlessDate("12月3日", none)).toEqual({ ok: false, ambiguous: true, reason: "no_year" });
  });

  it.each([["25/12"], ["13-1"], ["31.12"]])("%j, written day first, is never guessed", (text) => {
    expect(parseYearlessDate(text, titled)).toEqual({ ok: false, ambiguous: true, reason: "day_first" });
  });

  it.each([
    ["2026-12-03"],
    ["2026年12月3日"],
    ["20261203"],
    ["13月1日"],
    ["0月1日"],
    ["12月0日"],
    ["12月32日"],
    ["2月30日"],
    ["13/13"],
    ["32/1"],
    ["12"],
    ["12月"],
    ["12-"],
    ["-3"],
    ["123-4"],
    ["12-345"],
    ["12-3日"],
    ["12月3日日"],
    ["12月3日 10"],
    ["12月3日 25:00"],
    ["12月3日 10:5"],
    ["十二月三日"],
    ["12,3"],
    ["12月3日x"],
    [""],
    ["  "],
  ])("%j is no year-less date", (text) => {
    expect(parseYearlessDate(text, titled)).toBeNull();
  });

  it("gives the same result object for the same day again", () => {
    const years = yearResolver({ near: "2027-01" });
    expect(parseYearlessDate("12月3日", years)).toBe(parseYearlessDate("12-3", years));
  });

  it.each([[{ year: 1899 }], [{ year: 2026.5 }], [{ near: "2026-13" }], [{ near: "2026/12" }]])(
    "refuses the hint %j",
    (hint) => {
      expect(() => yearResolver(hint)).toThrow(RangeError);
    },
  );

  it("puts any month and day within six months of the period, or says it is unclear", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1901, max: 9998 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 28 }),
        (year, periodMonth, month, day) => {
          const near = `${String(year)}-${String(periodMonth).padStart(2, "0")}`;
          const r = parseYearlessDate(`${String(month)}月${String(day)}日`, yearResolver({ near }));
          if (r === null || !r.ok) throw new Error("no date");
          const distance = Number(r.value.slice(0, 4)) * 12 + month - (year * 12 + periodMonth);
          expect(Math.abs(distance)).toBeLessThanOrEqual(6);
          expect(r.ambiguous).toBe(Math.abs(distance) >= 5);
          expect(r.value.slice(5)).toBe(`${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`);
        },
      ),
    );
  });
});
