import { describe, it, expect } from "vitest";
import fc from "fast-check";
import { parseDateCell } from "./dateCell";
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
