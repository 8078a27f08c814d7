import { describe, expect, it } from "vitest";
import { createCalendar } from "../../calendar/workingCalendar";
import type { IsoDate } from "../../values/isoDate";
import { countsAfterToday, runCountDate } from "./countDate";
import type { CountLine } from "./records";
import { qtyE4 } from "../../values/quantity";

const calendar = createCalendar();

const counted = (...dates: (IsoDate | null)[]): CountLine[] =>
  dates.map((date, n) => ({
    item: "灯管",
    spec: "T8",
    unit: "支",
    date,
    category: null,
    quantity: qtyE4(80000),
    source: { sheet: "盘点", row: n + 2 },
  }));

describe("the count date a run takes when none is asked for", () => {
  it.each<[string, string, IsoDate, (IsoDate | null)[], IsoDate]>([
    ["a past month: the 25th rule (a Sunday moves to Friday)", "2026-10", "2026-12-04", [], "2026-10-23"],
    ["a past month: the 25th rule (a working day)", "2026-11", "2026-12-04", [], "2026-11-25"],
    ["this month before the 25th: today", "2026-12", "2026-12-04", [], "2026-12-04"],
    ["this month before the 25th, today a Saturday: today", "2026-12", "2026-12-19", [], "2026-12-19"],
    ["this month on the 25th: the 25th", "2026-12", "2026-12-25", [], "2026-12-25"],
    ["this month after the 25th: the 25th", "2026-12", "2026-12-28", [], "2026-12-25"],
    ["this month after its count day moved back: that day", "2026-10", "2026-10-24", [], "2026-10-23"],
    ["this month's last day: the 25th", "2026-12", "2026-12-31", [], "2026-12-25"],
    ["a month wholly after today: the 25th rule", "2027-01", "2026-12-04", [], "2027-01-25"],
    ["the count sheet's date wins over the 25th", "2026-11", "2026-11-29", ["2026-11-24"], "2026-11-24"],
    [
      "the count sheet's latest date in the month wins",
      "2026-11",
      "2026-12-04",
      ["2026-11-24", "2026-11-26", "2026-10-23"],
      "2026-11-26",
    ],
    ["the count sheet's date wins over today", "2026-12", "2026-12-04", ["2026-12-03"], "2026-12-03"],
    ["undated count rows give no date", "2026-12", "2026-12-04", [null], "2026-12-04"],
    ["a count sheet dated after today gives no date", "2026-12", "2026-12-04", ["2026-12-25"], "2026-12-04"],
    ["…but one dated by today does", "2026-12", "2026-12-04", ["2026-12-02", "2026-12-25"], "2026-12-02"],
    [
      "a month wholly after today: its count sheet's date",
      "2027-01",
      "2026-12-04",
      ["2027-01-22"],
      "2027-01-22",
    ],
  ])("%s", (_what, month, today, dates, countDate) => {
    expect(runCountDate(counted(...dates), month, today, calendar)).toBe(countDate);
  });
});

describe("count rows dated after today", () => {
  it("are warned about once per sheet, naming the earliest row, unless on the count date or outside the month", () => {
    const rows = counted("2026-12-28", "2026-12-25", "2026-12-03", "2027-01-05", "2026-12-25", "2026-12-10");
    const found = countsAfterToday(rows, "2026-12", "2026-12-04", "2026-12-10", new Map([["盘点", "F"]]));
    expect(found).toEqual([
      {
        code: "count_after_today",
        severity: "warning",
        sheet: "盘点",
        row: 3,
        column: "F",
        params: { count: 3, today: "2026-12-04", date: "2026-12-25" },
      },
    ]);
  });

  it.each<[string, string, IsoDate]>([
    ["a past month", "2026-11", "2026-12-04"],
    ["a month wholly after today", "2027-01", "2026-12-04"],
  ])("are not looked for in %s", (_what, month, today) => {
    const rows = counted(`${month}-20`, `${month}-28`);
    expect(countsAfterToday(rows, month, today, `${month}-25`, new Map())).toEqual([]);
  });
});
