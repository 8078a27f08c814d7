import { describe, it, expect } from "vitest";
import { parseMonthCell } from "./monthCell";

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
