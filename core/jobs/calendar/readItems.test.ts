import { describe, expect, it } from "vitest";
import type { CellValue, SheetData } from "../../table/sheetData";
import { formatIssue } from "../../i18n/formatIssue";
import { isoToExcelSerial } from "../../values/excelSerial";
import {
  numberOf,
  parseClock,
  parseDay,
  parseEvery,
  parseFrequency,
  parseStartMonth,
  parseWeekday,
  readOwnItems,
} from "./readItems";

const sheet = (name: string, values: CellValue[][]): SheetData => ({
  name,
  values,
  origin: { row: 1, column: 1 },
});

describe("the cells of a 事项 row", () => {
  it.each([
    ["15", 15],
    ["十五", 15],
    ["二十", 20],
    ["三十一", 31],
    ["两", 2],
    ["十", 10],
    ["一二", null],
    ["", null],
  ])("numberOf(%j) is %j", (text, n) => expect(numberOf(text)).toBe(n));

  it.each([
    ["15", 15],
    ["15日", 15],
    ["15号", 15],
    ["每月15日", 15],
    ["第5日", 5],
    ["二十日前", 20],
    ["月末", 31],
    ["月底", 31],
    ["Last day", 31],
    ["0", null],
    ["32", null],
    ["中旬", null],
  ])("the day %j is %j", (text, day) => expect(parseDay(text)).toBe(day));

  it.each([
    ["三", 3],
    ["周三", 3],
    ["星期三", 3],
    ["禮拜三", 3],
    ["每周五", 5],
    ["星期日", 0],
    ["周天", 0],
    ["7", 0],
    ["1", 1],
    ["Wed", 3],
    ["Thursday", 4],
    ["周八", null],
  ])("the weekday %j is %j", (text, weekday) => expect(parseWeekday(text)).toBe(weekday));

  it.each([
    ["2", 2],
    ["2个月", 2],
    ["两个月", 2],
    ["每3个月", 3],
    ["十二", 12],
    ["0", null],
    ["半", null],
  ])("the interval %j is %j", (text, every) => expect(parseEvery(text)).toBe(every));

  it.each([
    ["3", { month: 3 }],
    ["3月", { month: 3 }],
    ["三月", { month: 3 }],
    ["2026-03", { month: 3, year: 2026 }],
    ["2026年3月", { month: 3, year: 2026 }],
    ["2026/3/1", { month: 3, year: 2026 }],
    [String(isoToExcelSerial("2026-06-01", false)), { month: 6, year: 2026 }],
    ["13", null],
    ["春季", null],
  ])("the start month %j is %j", (text, start) => expect(parseStartMonth(text, false)).toEqual(start));

  it.each([
    ["每月", { every: 1, weekly: false }],
    ["每月15日", { every: 1, weekly: false, day: 15 }],
    ["每两个月", { every: 2, weekly: false }],
    ["隔月", { every: 2, weekly: false }],
    ["单月", { every: 2, weekly: false, startMonth: 1 }],
    ["雙月", { every: 2, weekly: false, startMonth: 2 }],
    ["每季度", { every: 3, weekly: false }],
    ["每半年", { every: 6, weekly: false }],
    ["每年", { every: 12, weekly: false }],
    ["每年11月20日", { every: 12, weekly: false, startMonth: 11, day: 20 }],
    ["每5个月", { every: 5, weekly: false }],
    ["Quarterly", { every: 3, weekly: false }],
    ["every 2 months", { every: 2, weekly: false }],
    ["每周", { every: 0, weekly: true }],
    ["每周三", { every: 0, weekly: true, weekday: 3 }],
    ["Weekly", { every: 0, weekly: true }],
    ["每两周", null],
    ["不定期", null],
  ])("the frequency %j is %j", (text, frequency) => expect(parseFrequency(text)).toEqual(frequency));

  it.each([
    ["15:00", "15:00"],
    ["9:30", "09:30"],
    ["15：00", "15:00"],
    ["15点", "15:00"],
    ["下午3点", "15:00"],
    ["下午3点半", "15:30"],
    ["上午9时30分", "09:30"],
    ["3pm", "15:00"],
    ["0.625", "15:00"],
    ["25:00", null],
    ["15", null],
    ["下班前", null],
  ])("the time %j is %j", (text, clock) => expect(parseClock(text)).toBe(clock));
});

describe("readOwnItems", () => {
  it("reads Simplified, Traditional and English headers alike", () => {
    const simplified = sheet("事项", [
      ["事项", "日", "报送对象", "时间", "备注"],
      ["消防检查", 15, "安保部", "9:00", "各楼层"],
    ]);
    const traditional = sheet("事項", [
      ["事項", "頻率", "報送對象"],
      ["電梯年檢", "每年6月18日", "工程部"],
    ]);
    const english = sheet("Duties", [
      ["Item", "Weekday", "To"],
      ["Green check", "Fri", "Cleaning"],
    ]);
    const { items, issues } = readOwnItems([simplified, traditional, english], false, "2026-10");
    expect(issues).toEqual([]);
    expect(items).toEqual([
      {
        title: "消防检查",
        recurrence: { kind: "monthly", day: 15, every: 1, startMonth: 1 },
        to: "安保部",
        time: "09:00",
        note: "各楼层",
        at: { sheet: "事项", row: 2, column: "A" },
      },
      {
        title: "電梯年檢",
        recurrence: { kind: "monthly", day: 18, every: 12, startMonth: 6 },
        to: "工程部",
        at: { sheet: "事項", row: 2, column: "A" },
      },
      {
        title: "Green check",
        recurrence: { kind: "weekly", weekday: 5 },
        to: "Cleaning",
        at: { sheet: "Duties", row: 2, column: "A" },
      },
    ]);
  });

  it("reports each bad cell with its sheet, row and column, and leaves the row out", () => {
    const values: CellValue[][] = [
      ["事项", "频率", "日", "星期", "间隔", "起始月", "时间"],
      ["A", null, "中旬", null, null, null, null],
      ["B", null, null, "周八", null, null, null],
      ["C", "看情况", 5, null, null, null, null],
      ["D", null, 5, null, "半", null, null],
      ["E", null, 5, null, 2, "春季", null],
      ["F", "每季度", null, null, null, null, null],
      ["G", null, 5, null, null, null, "下班前"],
      ["H", "每季度", 5, null, null, null, null],
      ["I", null, 5, null, 5, "3月", null],
      ["J", "每周", 5, null, null, null, null],
    ];
    const { items, issues } = readOwnItems([sheet("事项", values)], false, "2026-10");
    expect(issues.map((i) => `${i.code} ${i.severity} ${i.column}${i.row}`)).toEqual([
      "calendar_item_unreadable error C2",
      "calendar_item_unreadable error D3",
      "calendar_item_unreadable error B4",
      "calendar_item_unreadable error E5",
      "calendar_item_unreadable error F6",
      // A frequency with no day or weekday says not when.
      "calendar_item_no_schedule error A7",
      // A time that is none is dropped; the item stays.
      "not_a_time warning G8",
      // Every three months with no start month: from January.
      "calendar_item_start_assumed warning A9",
      // Every five months from March, no year: March of the calendar's year.
      "calendar_item_start_assumed warning F10",
      // Weekly with no weekday, only a day of the month.
      "calendar_item_no_schedule error A11",
    ]);
    expect(items.map((i) => [i.title, i.recurrence, i.time])).toEqual([
      ["G", { kind: "monthly", day: 5, every: 1, startMonth: 1 }, undefined],
      ["H", { kind: "monthly", day: 5, every: 3, startMonth: 1 }, undefined],
      ["I", { kind: "monthly", day: 5, every: 5, startMonth: 3, startYear: 2026 }, undefined],
    ]);
    expect(issues.map((i) => formatIssue(i, "zh-CN"))).toEqual([
      "“日”的“中旬”无法识别，本事项未列入日历",
      "“星期”的“周八”无法识别，本事项未列入日历",
      "“频率”的“看情况”无法识别，本事项未列入日历",
      "“间隔”的“半”无法识别，本事项未列入日历",
      "“起始月”的“春季”无法识别，本事项未列入日历",
      "事项“F”没有写清时间（每月几号或星期几，可加频率、间隔、起始月），未列入日历",
      expect.stringContaining(""),
      "事项“H”没有写起始年月，按 2026-01 起每 3 个月一次",
      "事项“I”没有写起始年月，按 2026-03 起每 5 个月一次",
      "事项“J”没有写清时间（每月几号或星期几，可加频率、间隔、起始月），未列入日历",
    ]);
    expect(formatIssue(issues[0]!, "en")).toContain('"中旬" under "日" is not understood');
    expect(formatIssue(issues[0]!, "zh-TW")).toContain("「日」的「中旬」無法識別");
  });

  it("is not placed from a sheet without a timing column", () => {
    // A table of items and addressees only is no 事项 table: nothing is read.
    const { items } = readOwnItems(
      [
        sheet("事项", [
          ["事项", "报送对象"],
          ["A", "B"],
        ]),
      ],
      false,
      "2026-10",
    );
    expect(items).toEqual([]);
  });
});
