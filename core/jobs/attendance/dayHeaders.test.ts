import { describe, expect, it } from "vitest";
import type { CellValue } from "../../table/sheetData";
import { readTable } from "../../table/readTable";
import { prepareDayHeaders } from "./dayHeaders";
import { GRID_TABLE } from "./inputs";
import { book, serial, sheet } from "./testBook.testkit";

const days = (n: number, cell: (day: number) => CellValue = (d) => d) =>
  Array.from({ length: n }, (_, i) => cell(i + 1));

describe("prepareDayHeaders", () => {
  it("turns day numbers into 1日 .. 31日 and blanks the weekday row below", () => {
    const grid = sheet("考勤", [
      ["2026年10月考勤表"],
      ["序号", "姓名", ...days(31)],
      [null, null, ...days(31, (d) => "日一二三四五六"[(d + 3) % 7]!)],
      [1, "张三", ...days(31, () => "√")],
    ]);
    const { book: prepared, gridMonths } = prepareDayHeaders(book(grid));
    const values = prepared.sheets[0]!.values;
    expect(values[1]).toEqual(["序号", "姓名", ...days(31, (d) => `${d}日`)]);
    expect(values[2]!.every((c) => c === null)).toBe(true);
    expect(values[3]).toEqual(grid.values[3]);
    expect(gridMonths.size).toBe(0);
    expect(grid.values[1]![2]).toBe(1);
  });

  it.each<[string, (d: number) => CellValue]>([
    ["text days", (d) => String(d)],
    ["days with 日", (d) => `${d}日`],
    ["days with 号 and a leading zero", (d) => `${String(d).padStart(2, "0")}号`],
    ["days with the weekday in brackets", (d) => `${d}(${"日一二三四五六"[(d + 3) % 7]})`],
    ["days over the weekday on two lines", (d) => `${d}\n${"日一二三四五六"[(d + 3) % 7]}`],
  ])("reads %s", (_what, cell) => {
    const grid = sheet("Sheet1", [["工号", "姓名", ...days(30, cell)]]);
    const values = prepareDayHeaders(book(grid)).book.sheets[0]!.values;
    expect(values[0]).toEqual(["工号", "姓名", ...days(30, (d) => `${d}日`)]);
  });

  it("reads dates as day headers and remembers their month, written beside each day", () => {
    const grid = sheet("考勤", [
      ["姓名", ...days(28, (d) => serial(`2026-02-${String(d).padStart(2, "0")}`))],
    ]);
    const { book: prepared, gridMonths } = prepareDayHeaders(book(grid));
    expect(prepared.sheets[0]!.values[0]).toEqual(["姓名", ...days(28, (d) => `${d}日(2026-02)`)]);
    expect(gridMonths.get("考勤")).toBe("2026-02");
    // The month is a bracketed tag header matching drops: the days are still found as 1日, 2日...
    const read = readTable(prepared.sheets[0]!, GRID_TABLE, { date1904: false });
    expect(read.issues).toEqual([]);
    expect(read.columns.d1).toBe("B");
    expect(read.columns.d28).toBe("AC");
  });

  it("gives a prepared book back as it is, with the same months (the job reads them from the prepared book)", () => {
    const numbered = sheet("10月考勤", [
      ["序号", "姓名", ...days(31)],
      [null, null, ...days(31, (d) => "日一二三四五六"[(d + 3) % 7]!)],
      [1, "张三", ...days(31, () => "√")],
    ]);
    const dated = sheet("2月考勤", [
      ["姓名", ...days(28, (d) => serial(`2026-02-${String(d).padStart(2, "0")}`))],
      ["张三", ...days(28, () => "√")],
    ]);
    const texts = sheet("Sheet1", [
      ["工号", "姓名", ...days(30, (d) => `${d}(${"日一二三四五六"[(d + 3) % 7]})`)],
    ]);
    const employees = sheet("员工", [
      ["工号", "姓名"],
      ["E1", "张三"],
    ]);
    const once = prepareDayHeaders(book(numbered, dated, texts, employees));
    const twice = prepareDayHeaders(once.book);
    expect(twice.book).toBe(once.book);
    expect(twice.gridMonths).toEqual(once.gridMonths);
    expect([...once.gridMonths]).toEqual([["2月考勤", "2026-02"]]);
  });

  it("reads a day header typed with its month as a day of that month", () => {
    const grid = sheet("考勤", [["姓名", ...days(30, (d) => `${String(d).padStart(2, "0")}号（2026-11）`)]]);
    const { book: prepared, gridMonths } = prepareDayHeaders(book(grid));
    expect(prepared.sheets[0]!.values[0]).toEqual(["姓名", ...days(30, (d) => `${d}日(2026-11)`)]);
    expect(gridMonths.get("考勤")).toBe("2026-11");
  });

  it("leaves sheets without a run of 28 days alone, and the book itself when nothing changes", () => {
    const employees = sheet("员工", [
      ["工号", "姓名", "入职日期"],
      ["E1", "张三", serial("2020-01-01")],
    ]);
    const short = sheet("短", [["姓名", ...days(27)]]);
    const gap = sheet("断", [["姓名", ...days(15), null, ...days(15, (d) => d + 16)]]);
    const original = book(employees, short, gap);
    expect(prepareDayHeaders(original).book).toBe(original);
  });

  it("does not take dates of two months for one run", () => {
    const dates = days(31, (d) => serial(`2026-10-${String(d).padStart(2, "0")}`));
    dates[20] = serial("2026-11-21");
    const original = book(sheet("考勤", [["姓名", ...dates]]));
    expect(prepareDayHeaders(original).book).toBe(original);
  });
});
