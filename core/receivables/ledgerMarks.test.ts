import { describe, expect, it } from "vitest";
import type { CellValue } from "../table/sheetData";
import { yearResolver } from "../values/dateCell";
import { isoToExcelSerial } from "../values/excelSerial";
import { readMonthCell, type MonthMark } from "./ledgerMarks";

const ctx = { date1904: false, years: yearResolver({ year: 2026 }) };
const paid = (fen: number): MonthMark => ({ kind: "paid", fen: fen as never });
const inFull = (date: string | null = null): MonthMark => ({ kind: "inFull", date });
const UNPAID: MonthMark = { kind: "unpaid" };
const NO_CHARGE: MonthMark = { kind: "noCharge" };

describe("readMonthCell", () => {
  it.each<[CellValue, MonthMark]>([
    [300, paid(30000)],
    [196.9, paid(19690)],
    ["300", paid(30000)],
    ["¥1,234.50", paid(123450)],
    ["１２０元", paid(12000)],
    ["(50.00)", paid(-5000)],
    ["√", inFull()],
    [" ✓ ", inFull()],
    ["✔", inFull()],
    ["已缴", inFull()],
    ["已交", inFull()],
    ["已繳", inFull()],
    ["缴清", inFull()],
    ["结清", inFull()],
    ["Paid", inFull()],
    [true, inFull()],
    ["2026-03-05", inFull("2026-03-05")],
    ["2026年3月5日", inFull("2026-03-05")],
    ["3月5日", inFull("2026-03-05")],
    [null, UNPAID],
    ["", UNPAID],
    [0, UNPAID],
    ["×", UNPAID],
    ["X", UNPAID],
    ["欠", UNPAID],
    ["未缴", UNPAID],
    [false, UNPAID],
    ["—", NO_CHARGE],
    ["-", NO_CHARGE],
    ["－", NO_CHARGE],
    ["/", NO_CHARGE],
    ["免", NO_CHARGE],
    ["免收", NO_CHARGE],
    ["不计费", NO_CHARGE],
  ])("%j reads as %j", (cell, mark) => {
    expect(readMonthCell(cell, undefined, ctx)).toEqual({ mark, problem: null });
  });

  it("reads a date-formatted number as the date paid, and the same number otherwise as an amount", () => {
    const serial = isoToExcelSerial("2026-03-05", false);
    expect(readMonthCell(serial, "yyyy/m/d", ctx).mark).toEqual(inFull("2026-03-05"));
    expect(readMonthCell(serial, "#,##0.00", ctx).mark).toEqual(paid(serial * 100));
  });

  it.each<[CellValue, MonthMark, string]>([
    ["待定", UNPAID, "ledger_mark_unknown"],
    ["部分", UNPAID, "ledger_mark_unknown"],
    ["#N/A", UNPAID, "cell_error"],
    [12.345, paid(1235), "too_many_decimals"],
  ])("%j is %j with %s", (cell, mark, code) => {
    const read = readMonthCell(cell, undefined, ctx);
    expect(read.mark).toEqual(mark);
    expect(read.problem?.code).toBe(code);
  });
});
