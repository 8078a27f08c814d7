import { describe, expect, it } from "vitest";
import { isoToExcelSerial } from "../../values/excelSerial";
import type { CellValue } from "../../values/cellValue";
import { momentContext, momentStamp, readMoment, stampAfter, stampOf, type MomentRead } from "./moments";
import { toDayNumber } from "../../values/isoDate";
import { deadline, parseLimit } from "./limits";
import { createCalendar } from "../../calendar/workingCalendar";

const ctx = momentContext(false, "2026-11");
const serial = (iso: string) => isoToExcelSerial(iso, false);

describe("readMoment: response and completion cells", () => {
  it.each([
    ["9:30", { kind: "time", minutes: 570 }],
    ["09:30:00", { kind: "time", minutes: 570 }],
    ["上午9点半", { kind: "time", minutes: 570 }],
    ["下午3点", { kind: "time", minutes: 900 }],
    [0.75, { kind: "time", minutes: 1080 }],
    [serial("2026-11-26"), { kind: "date", date: "2026-11-26" }],
    [serial("2026-11-26") + 0.625, { kind: "datetime", date: "2026-11-26", minutes: 900 }],
    ["2026-11-26", { kind: "date", date: "2026-11-26" }],
    ["2026-11-26 15:00", { kind: "datetime", date: "2026-11-26", minutes: 900 }],
    ["2026/11/26 下午3点", { kind: "datetime", date: "2026-11-26", minutes: 900 }],
    ["11月26日15:30", { kind: "datetime", date: "2026-11-26", minutes: 930 }],
    ["11月26日 上午9点半", { kind: "datetime", date: "2026-11-26", minutes: 570 }],
    ["11-26 08:00", { kind: "datetime", date: "2026-11-26", minutes: 480 }],
    ["11月26日", { kind: "date", date: "2026-11-26" }],
  ] as [CellValue, MomentRead][])("%s reads as %j", (cell, read) => {
    expect(readMoment(cell, ctx)).toEqual(read);
  });

  it.each(["25:00", "2026-11-26 25:00", "明天", "2026-13-40 09:00", true, -1])("%s is no moment", (cell) => {
    expect(readMoment(cell, ctx)).toBeNull();
  });

  it("puts a time alone on the record's day, or the next day when earlier than the time received", () => {
    const start = stampOf("2026-11-05", 21 * 60);
    expect(momentStamp({ kind: "time", minutes: 22 * 60 }, start)).toBe(stampOf("2026-11-05", 22 * 60));
    expect(momentStamp({ kind: "time", minutes: 8 * 60 }, start)).toBe(stampOf("2026-11-06", 8 * 60));
    expect(momentStamp({ kind: "date", date: "2026-11-05" }, start)).toBe(stampOf("2026-11-05", 1439));
  });

  it("puts a date typed without its year in the year nearest the record, a date with its year where it says", () => {
    const on = (iso: string, yearless: boolean) =>
      yearless
        ? ({ kind: "datetime", day: toDayNumber(iso), minutes: 600, yearless: true } as const)
        : ({ kind: "datetime", day: toDayNumber(iso), minutes: 600 } as const);
    // last December's sheet read in a 2026-11 run: the reader guessed 2026-12-31, the record is of 2025-12-20
    expect(stampAfter(on("2026-12-31", true), stampOf("2025-12-20", 540))).toBe(stampOf("2025-12-31", 600));
    expect(stampAfter(on("2026-12-31", false), stampOf("2025-12-20", 540))).toBe(stampOf("2026-12-31", 600));
    // completed on 2 January after a record of 30 December: the next year
    expect(stampAfter(on("2026-01-02", true), stampOf("2026-12-30", 540))).toBe(stampOf("2027-01-02", 600));
    // 29 February stays only in a leap year: the guess is kept when no nearer year has the day
    expect(stampAfter(on("2028-02-29", true), stampOf("2027-02-20", 540))).toBe(stampOf("2028-02-29", 600));
    expect(
      stampAfter(
        { kind: "date", day: toDayNumber("2026-12-31"), minutes: 0, yearless: true },
        stampOf("2025-12-20", 0),
      ),
    ).toBe(stampOf("2025-12-31", 1439));
  });
});

describe("limits", () => {
  const calendar = createCalendar();
  it.each([
    ["30分钟", false, { amount: 30, unit: "minute" }],
    ["24小时", false, { amount: 1440, unit: "minute" }],
    ["24小时", true, { amount: 1, unit: "workday" }],
    ["3个工作日", false, { amount: 3, unit: "workday" }],
    ["2天", false, { amount: 2880, unit: "minute" }],
    ["2天", true, { amount: 2, unit: "workday" }],
    ["4", false, { amount: 240, unit: "minute" }],
    ["1.5 小时", false, { amount: 90, unit: "minute" }],
  ] as const)("%s (working days: %s) is %j", (text, workdays, limit) => {
    expect(parseLimit(text, workdays)).toEqual(limit);
  });

  it.each(["", "尽快", "0", "-3天"])("%s is no limit", (text) => {
    expect(parseLimit(text, false)).toBeNull();
  });

  it("counts working days over the National Day holiday, the make-up Saturday included", () => {
    const start = stampOf("2026-09-30", 600);
    expect(deadline(start, { amount: 3, unit: "workday" }, calendar)).toBe(stampOf("2026-10-10", 600));
    expect(deadline(start, { amount: 30, unit: "minute" }, calendar)).toBe(stampOf("2026-09-30", 630));
  });
});
