import { describe, it, expect } from "vitest";
import { parseMonthCell, parseYearlessMonth } from "./monthCell";
import { yearResolver } from "./dateCell";

const ctx1900 = { date1904: false };
const ctx1904 = { date1904: true };

describe("parseMonthCell", () => {
  it.each([
    ["2026-12", ctx1900, "2026-12"],
    ["2026-1", ctx1900, "2026-01"],
    ["2026/12", ctx1900, "2026-12"],
    ["2026.12", ctx1900, "2026-12"],
    ["2026.1", ctx1900, "2026-01"],
    ["2026年12月", ctx1900, "2026-12"],
    ["2026年1月", ctx1900, "2026-01"],
    ["2026年12月份", ctx1900, "2026-12"],
    ["2026 年 12 月", ctx1900, "2026-12"],
    ["２０２６年１２月", ctx1900, "2026-12"],
    ["202612", ctx1900, "2026-12"],
    ["２０２６１２", ctx1900, "2026-12"],
    ["2026-12-01", ctx1900, "2026-12"],
    ["2026/12/31 23:59", ctx1900, "2026-12"],
    ["2026年12月5日", ctx1900, "2026-12"],
    ["20261205", ctx1900, "2026-12"],
    [202612, ctx1900, "2026-12"],
    [202601, ctx1904, "2026-01"],
    [46361, ctx1900, "2026-12"],
    [46357, { date1904: false, numberFormat: "yyyy-mm" }, "2026-12"],
    [44899, ctx1904, "2026-12"],
    [20261205, ctx1900, "2026-12"],
  ])("%j (%j) -> %s", (v, ctx, month) => {
    expect(parseMonthCell(v, ctx)).toEqual({ ok: true, value: month });
  });

  it.each([[null], [""], ["  "]])("%j is empty", (v) => {
    expect(parseMonthCell(v, ctx1900)).toEqual({ ok: true, value: null });
  });

  it.each([
    ["2026-13", "not_a_month", "2026-13"],
    ["2026-00", "not_a_month", "2026-00"],
    ["202613", "not_a_month", "202613"],
    ["2026年13月", "not_a_month", "2026年13月"],
    ["12月", "not_a_month", "12月"],
    ["2026", "not_a_month", "2026"],
    ["十二月", "not_a_month", "十二月"],
    ["2026-02-30", "not_a_month", "2026-02-30"],
    ["5/12/2026", "ambiguous_date", "5/12/2026"],
    [202613, "not_a_month", "202613"],
    [202600, "not_a_month", "202600"],
    [60, "fake_leap_day", "60"],
    [0, "not_a_month", "0"],
    [true, "not_a_month", "TRUE"],
    ["#N/A", "cell_error", "#N/A"],
  ])("%j fails with %s", (v, code, value) => {
    expect(parseMonthCell(v, ctx1900)).toEqual({ ok: false, problem: { code, params: { value } } });
  });
});

describe("parseYearlessMonth", () => {
  it.each([
    ["11月", { year: 2026 }, "2026-11", false, false],
    ["11月份", { year: 2026 }, "2026-11", false, false],
    ["１１月", { year: 2026 }, "2026-11", false, false],
    [" 1 月 ", { year: 2026 }, "2026-01", false, false],
    ["12月3日", { year: 2026 }, "2026-12", false, false],
    ["12/3", { year: 2026 }, "2026-12", false, false],
    ["12月", { near: "2027-01" }, "2026-12", true, false],
    ["2月", { near: "2026-12" }, "2027-02", true, false],
    ["6月", { near: "2026-12" }, "2026-06", true, true],
    ["5月", { near: "2026-12" }, "2027-05", true, true],
    ["12月30日", { near: "2027-01" }, "2026-12", true, false],
  ] as const)("%j (%j) -> %s", (text, hint, month, yearSupplied, ambiguous) => {
    expect(parseYearlessMonth(text, yearResolver(hint))).toEqual({
      ok: true,
      value: month,
      yearSupplied,
      ambiguous,
    });
  });

  it.each([
    ["11月", { ok: false, ambiguous: true, reason: "no_year" }],
    ["25/12", { ok: false, ambiguous: true, reason: "day_first" }],
  ])("%j without a year to give -> %j", (text, result) => {
    expect(parseYearlessMonth(text, yearResolver({}))).toEqual(result);
  });

  it.each([
    ["13月"],
    ["0月"],
    ["111月"],
    ["月"],
    ["11月份份"],
    ["2026年11月"],
    ["2026-11"],
    ["十一月"],
    ["11"],
    [""],
  ])("%j is no year-less month", (text) => {
    expect(parseYearlessMonth(text, yearResolver({ year: 2026 }))).toBeNull();
  });
});
