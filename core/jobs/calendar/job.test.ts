import { describe, expect, it } from "vitest";
import type { CellValue, BookData } from "../../table/sheetData";
import { JOB_DECLARATIONS, runJob } from "../registry";
import { formatIssue } from "../../i18n/formatIssue";
import { CALENDAR_JOB } from "./job";
import { JOB_TITLES } from "./texts";
import type { CalendarReport } from "./report";

const book = (...sheets: [name: string, values: CellValue[][]][]): BookData => ({
  date1904: false,
  sheets: sheets.map(([name, values]) => ({ name, values, origin: { row: 1, column: 1 } })),
});

const run = (b: BookData, month: string, today = "2026-10-08") =>
  runJob(CALENDAR_JOB, b, { today, lang: "zh-CN", month });

/** An item as `date nominal time duty`, dates without the year, a dash for no time. */
const line = (i: CalendarReport["items"][number]) =>
  `${i.date.slice(5)} ${i.nominal.slice(5)} ${i.time ?? "-"} ${i.duty}`;

describe("the calendar of October 2026 (National Day 10-01..07, make-up Saturday 10-10), worked by hand", () => {
  const result = run(book(), "2026-10");
  const report = result.report;

  it("runs on a workbook with no input sheet at all, without an issue", () => {
    expect(result.unusable).toBe(false);
    expect(result.issues).toEqual([]);
    expect(result.sheets.map((s) => s.name)).toEqual(["办公日历 2026-10", "问题清单 2026-10 办公日历"]);
  });

  it("lists every item of the month in order", () => {
    expect(report.items.map(line)).toEqual([
      // 10-01..07 are days off: everything due then (the 4th and 5th's purchase plan, Thursday 10-01's handover,
      // Wednesday 10-07's meeting and collection detail, Sunday 10-04's ledger entry) went back to 09-30, in
      // September. Thursday 10-08 is the first working day.
      "10-08 10-08 - cashier-handover",
      // Saturday 10-10 is a make-up working day: the 10th's items stay on it, the quarter's summary too
      // (October opens a quarter), and Sunday 10-11's ledger entry comes back to it.
      "10-10 10-10 - fee-statistics",
      "10-10 10-10 - receivables",
      "10-10 10-10 - cash-plan",
      "10-10 10-10 - quarter-summary",
      "10-10 10-11 - ledger-entry",
      // The electricity bill comes after the 10th: Sunday 10-11, forward to Monday 10-12.
      "10-12 10-11 - electricity-bill",
      "10-14 10-14 - weekly-meeting",
      "10-14 10-14 15:00 weekly-collection",
      "10-15 10-15 - cashier-handover",
      "10-16 10-18 - ledger-entry",
      // Tuesday 10-20: the magazine article, and the water bill (October is an even month).
      "10-20 10-20 - magazine-article",
      "10-20 10-20 - water-bill",
      "10-21 10-21 - weekly-meeting",
      "10-21 10-21 15:00 weekly-collection",
      "10-22 10-22 - cashier-handover",
      // Sunday 10-25: next month's work plan and the stock list back to Friday 10-23 (no quarterly ledger in
      // October: it is due in the quarter's last month).
      "10-23 10-25 - work-plan",
      "10-23 10-25 - stock-list",
      "10-23 10-25 - ledger-entry",
      "10-28 10-28 - attendance",
      "10-28 10-28 - weekly-meeting",
      "10-28 10-28 15:00 weekly-collection",
      "10-29 10-29 - cashier-handover",
      "10-30 10-30 - night-shift-roster",
      // Sunday 11-01's ledger entry comes back into October.
      "10-30 11-01 - ledger-entry",
    ]);
    // No holiday roster: National Day's is on 09-30, the next holiday (元旦) on 12-31.
    expect(report.items.some((i) => i.duty === "holiday-roster")).toBe(false);
  });

  it("gives each item's weekday, addressee and job", () => {
    expect(report.items[0]).toEqual({
      date: "2026-10-08",
      nominal: "2026-10-08",
      weekday: 4,
      time: null,
      title: "与出纳交接收费明细",
      to: "财务部出纳",
      job: "weekly-collection",
      duty: "cashier-handover",
      source: "built-in",
      note: null,
    });
    expect(report.items.find((i) => i.duty === "attendance")).toMatchObject({
      to: "人力资源部",
      job: "attendance",
    });
    expect(report.items.find((i) => i.duty === "magazine-article")?.job).toBeNull();
  });

  it("says what kind each day is", () => {
    const day = (d: string) => report.days.find((x) => x.date === `2026-10-${d}`);
    expect(report.days).toHaveLength(31);
    expect(day("01")).toEqual({ date: "2026-10-01", weekday: 4, kind: "statutory", holiday: "国庆节" });
    expect(day("05")).toMatchObject({ kind: "holiday", holiday: "国庆节" });
    expect(day("10")).toMatchObject({ weekday: 6, kind: "makeup_workday", holiday: null });
    expect(day("11")).toMatchObject({ kind: "weekend", holiday: null });
    expect(day("12")).toMatchObject({ kind: "workday" });
    // 31 days less 7 days off less 8 weekend days outside the holiday, plus the make-up Saturday: 17 + 1 = 18.
    expect(report.workingDays).toBe(18);
  });

  it("prints one row per day, one more per further item, with its holidays marked and shaded", () => {
    const sheet = result.sheets[0]!;
    const header = sheet.cells.findIndex((r) => r[0] === "日期") + 1;
    expect(sheet.cells[header - 1]).toEqual([
      "日期",
      "星期",
      "假日/调休",
      "事项",
      "报送对象",
      "时间",
      "生成表格",
    ]);
    const body = sheet.cells.slice(header).filter((r) => r.length === 7 && r.some((c) => c !== null));
    const dated = body.filter((r) => r[0] !== null && typeof r[0] === "object");
    expect(dated).toHaveLength(31);
    // 31 days, plus one row for each item after a day's first: 25 items on 13 days.
    const rows = 31 + 25 - 13;
    expect(body.slice(0, rows).every((r) => r[0] !== null || r[3] !== null)).toBe(true);
    const at = (date: string) =>
      sheet.cells.findIndex((r) => JSON.stringify(r[0]) === JSON.stringify({ date })) + 1;
    expect(sheet.cells[at("2026-10-01") - 1]).toEqual([
      { date: "2026-10-01" },
      "四",
      "国庆节 法定",
      null,
      null,
      null,
      null,
    ]);
    expect(sheet.cells[at("2026-10-05") - 1]?.[2]).toBe("国庆节 休");
    expect(sheet.cells[at("2026-10-10") - 1]?.slice(0, 4)).toEqual([
      { date: "2026-10-10" },
      "六",
      "调休上班",
      "物业费、水电费等费用统计表",
    ]);
    // The 10th's five items: the date, weekday and mark merged down five rows; the ledger entry's rule day shown.
    const tenth = at("2026-10-10");
    expect(sheet.merges).toContainEqual({ top: tenth, bottom: tenth + 4, left: 1, right: 1 });
    expect(sheet.merges).toContainEqual({ top: tenth, bottom: tenth + 4, left: 3, right: 3 });
    expect(sheet.cells[tenth + 2]?.slice(3)).toEqual([
      "上季度经济指标及工作完成情况汇总",
      "项目负责人",
      null,
      null,
    ]);
    expect(sheet.cells[tenth + 3]?.slice(3)).toEqual([
      "物资台账入库明细登记（原定10-11）",
      "本部门存档",
      null,
      "物资台账与盘点",
    ]);
    const styleOf = (row: number) =>
      sheet.styles.filter((s) => s.top <= row && s.bottom >= row).map((s) => s.style);
    expect(styleOf(at("2026-10-03"))).toContain("warning");
    expect(styleOf(at("2026-10-11"))).toContain("subtotal");
    // Grey lies under the body style (so its bold font is not kept), the others over it.
    const bodyIndex = sheet.styles.findIndex((s) => s.style === "body");
    expect(sheet.styles.findIndex((s) => s.style === "subtotal")).toBeLessThan(bodyIndex);
    expect(sheet.styles).toContainEqual({
      top: tenth,
      bottom: tenth + 4,
      left: 3,
      right: 3,
      style: "highlight",
    });
    expect(styleOf(at("2026-10-12")).filter((s) => s !== "body" && s !== "wrap")).toEqual([]);
    expect(sheet.print).toMatchObject({
      orientation: "portrait",
      paper: "A4",
      fitToWidth: true,
      onePage: true,
    });
    expect(sheet.print?.breaks).toBeUndefined();
    const notes = sheet.cells.flat().filter((c): c is string => typeof c === "string");
    expect(notes.some((c) => c.startsWith("说明：灰底为周末"))).toBe(true);
  });

  it("sums up with the next items from today", () => {
    expect(CALENDAR_JOB.summarize(report, "zh-CN")).toEqual([
      "2026-10 办公日历：25 项事项（本项目自有 0 项），工作日 18 天",
      "接下来：10-08（四）与出纳交接收费明细；10-10（六）物业费、水电费等费用统计表；10-10（六）上月应收未收费用明细表；10-10（六）下月回款与用款计划表；10-10（六）上季度经济指标及工作完成情况汇总",
    ]);
    const late = run(book(), "2026-10", "2026-10-31").report;
    expect(CALENDAR_JOB.summarize(late, "en")[1]).toBe("Nothing left to do this month");
    const past = run(book(), "2026-09", "2026-10-08").report;
    expect(CALENDAR_JOB.summarize(past, "en")).toEqual([
      // 30 days less 8 weekend days, plus Sunday 09-20 (make-up), less Friday 09-25 (中秋).
      "2026-09 office calendar: 36 items (0 of the office's own), 22 working days",
    ]);
  });
});

describe("the calendar of February 2027 (Spring Festival; 2027's arrangement is not built in), worked by hand", () => {
  it("knows the days the law names and warns that the make-up days are unknown", () => {
    const result = run(book(), "2027-02", "2027-02-01");
    expect(result.issues.map((i) => [i.code, i.severity, i.params?.year])).toEqual([
      ["calendar_year_not_covered", "warning", 2027],
    ]);
    const kinds = result.report.days
      .filter((d) => d.kind !== "workday")
      .map((d) => `${d.date.slice(5)} ${d.kind}`);
    // 除夕 02-05 (Friday) to 初三 02-08 (Monday) are statutory days off; otherwise only the weekends.
    expect(kinds).toEqual([
      "02-05 statutory",
      "02-06 statutory",
      "02-07 statutory",
      "02-08 statutory",
      "02-13 weekend",
      "02-14 weekend",
      "02-20 weekend",
      "02-21 weekend",
      "02-27 weekend",
      "02-28 weekend",
    ]);
    expect(result.report.items.map(line)).toEqual([
      "02-03 02-03 - weekly-meeting",
      "02-03 02-03 15:00 weekly-collection",
      // Thursday 02-04, the eve of 除夕: the purchase plan (the 5th is 除夕, back a day), the handover, Sunday
      // 02-07's ledger entry, and the holiday duty roster.
      "02-04 02-04 - purchase-plan-summary",
      "02-04 02-05 - purchase-plan-send",
      "02-04 02-04 - cashier-handover",
      "02-04 02-07 - ledger-entry",
      "02-04 02-04 - holiday-roster",
      "02-10 02-10 - fee-statistics",
      "02-10 02-10 - receivables",
      "02-10 02-10 - cash-plan",
      "02-10 02-10 - weekly-meeting",
      "02-10 02-10 15:00 weekly-collection",
      "02-11 02-11 - electricity-bill",
      "02-11 02-11 - cashier-handover",
      "02-12 02-14 - ledger-entry",
      "02-17 02-17 - weekly-meeting",
      "02-17 02-17 15:00 weekly-collection",
      "02-18 02-18 - cashier-handover",
      // Saturday 02-20: the article and the (even month's) water bill back to Friday 02-19.
      "02-19 02-20 - magazine-article",
      "02-19 02-20 - water-bill",
      "02-19 02-21 - ledger-entry",
      "02-24 02-24 - weekly-meeting",
      "02-24 02-24 15:00 weekly-collection",
      "02-25 02-25 - work-plan",
      "02-25 02-25 - stock-list",
      "02-25 02-25 - cashier-handover",
      // The 28th is a Sunday, and the 30th (the night-shift roster) is the month's last day, the 28th: Friday 02-26.
      "02-26 02-28 - attendance",
      "02-26 02-28 - night-shift-roster",
      "02-26 02-28 - ledger-entry",
    ]);
    expect(result.report.items.find((i) => i.duty === "holiday-roster")?.title).toBe(
      "节假日项目值班表（春节）",
    );
    const sheet = result.sheets[0]!;
    const notes = sheet.cells.flat().filter((c): c is string => typeof c === "string");
    expect(notes).toContain(
      "2027 年的放假和调休安排未内置：只按法律规定的法定节假日和周末计算，调休上班日不知；请在“节假日”工作表补充。",
    );
    expect(formatIssue(result.issues[0]!, "zh-CN")).toContain("2027");
  });

  it("follows a 节假日 sheet that lists the arrangement, with no warning", () => {
    // The office's arrangement: days off 02-05 (除夕) to 02-12, Saturday 02-20 a make-up working day.
    const holidays: CellValue[][] = [
      ["日期", "类型", "名称"],
      ...["05", "06", "07", "08", "09", "10", "11", "12"].map((d) => [`2027-02-${d}`, "休", "春节"]),
      ["2027-02-20", "班", "春节调休"],
    ];
    const result = run(book(["节假日", holidays]), "2027-02", "2027-02-01");
    expect(result.issues).toEqual([]);
    const kinds = result.report.days
      .filter((d) => d.kind !== "workday")
      .map((d) => `${d.date.slice(5)} ${d.kind}`);
    expect(kinds).toEqual([
      // The days the law names stay statutory though listed 休.
      "02-05 statutory",
      "02-06 statutory",
      "02-07 statutory",
      "02-08 statutory",
      "02-09 holiday",
      "02-10 holiday",
      "02-11 holiday",
      "02-12 holiday",
      "02-13 weekend",
      "02-14 weekend",
      "02-20 makeup_workday",
      "02-21 weekend",
      "02-27 weekend",
      "02-28 weekend",
    ]);
    expect(result.report.items.map(line)).toEqual([
      "02-03 02-03 - weekly-meeting",
      "02-03 02-03 15:00 weekly-collection",
      // Everything due 02-05..02-14 comes back to Thursday 02-04: the 10th's three statements, Wednesday 02-10's
      // meeting and detail (a meeting of its own that day: 02-03's stays on 02-03); Thursday 02-11's handover and
      // Sunday 02-14's ledger entry merge with 02-04's own.
      "02-04 02-04 - purchase-plan-summary",
      "02-04 02-05 - purchase-plan-send",
      "02-04 02-10 - fee-statistics",
      "02-04 02-10 - receivables",
      "02-04 02-10 - cash-plan",
      "02-04 02-10 - weekly-meeting",
      "02-04 02-04 - cashier-handover",
      "02-04 02-07 - ledger-entry",
      "02-04 02-04 - holiday-roster",
      "02-04 02-10 15:00 weekly-collection",
      // The electricity bill, Thursday 02-11, forward past the holiday and the weekend to Monday 02-15.
      "02-15 02-11 - electricity-bill",
      "02-17 02-17 - weekly-meeting",
      "02-17 02-17 15:00 weekly-collection",
      "02-18 02-18 - cashier-handover",
      // Saturday 02-20 is now a working day: the 20th's items stay, Sunday 02-21's ledger entry comes back to it.
      "02-20 02-20 - magazine-article",
      "02-20 02-20 - water-bill",
      "02-20 02-21 - ledger-entry",
      "02-24 02-24 - weekly-meeting",
      "02-24 02-24 15:00 weekly-collection",
      "02-25 02-25 - work-plan",
      "02-25 02-25 - stock-list",
      "02-25 02-25 - cashier-handover",
      "02-26 02-28 - attendance",
      "02-26 02-28 - night-shift-roster",
      "02-26 02-28 - ledger-entry",
    ]);
    const sheet = result.sheets[0]!;
    expect(sheet.cells.some((r) => r[2] === "调休上班")).toBe(true);
    expect(sheet.cells.some((r) => r[2] === "春节 休")).toBe(true);
  });
});

describe("the office's own items from the 事项 sheet", () => {
  const items: CellValue[][] = [
    ["阳光花园 例行事项"],
    ["事项", "频率", "日", "星期", "起始月", "报给", "时间", "备注"],
    ["消防检查", "每月", "15号", null, null, "安保部", "9:00", null],
    ["电梯年检", "每年", 18, null, "2026年10月", "工程部", null, null],
    ["绿化巡查", null, null, "周五", null, "保洁部", "下午3点", "含楼顶花园"],
    ["水费", "单月", 20, null, null, "自来水公司", null, "按单月抄表"],
    ["领导接待", "每月", null, null, null, null, null, null],
    ["安全例会", "每月", "十五", null, null, null, "25:00", null],
    ["保洁考核", "每两周", 1, null, null, null, null, null],
  ];
  const result = run(book(["事项", items]), "2026-10");

  it("adds them, re-times a built-in duty, and reports each bad cell where it is", () => {
    const own = result.report.items.filter((i) => i.source === "workbook").map(line);
    expect(own).toEqual([
      // 绿化巡查 Fridays: 10-02 is a holiday (back to 09-30), 10-09, 10-16, 10-23, 10-30.
      "10-09 10-09 15:00 own-3",
      // 安全例会 (its time 25:00 dropped) before 消防检查 at 09:00: items without a time come first.
      "10-15 10-15 - own-4",
      "10-15 10-15 09:00 own-1",
      // 电梯年检 from October 2026 every 12 months: Sunday 10-18 back to Friday 10-16.
      "10-16 10-18 - own-2",
      "10-16 10-16 15:00 own-3",
      "10-23 10-23 15:00 own-3",
      "10-30 10-30 15:00 own-3",
    ]);
    // The office's remark prints with its item, on the sheet and in the report.
    const cells = result.sheets[0]!.cells.flat();
    expect(cells).toContain("绿化巡查（含楼顶花园）");
    expect(result.report.items.find((i) => i.duty === "own-3")?.note).toBe("含楼顶花园");
    // 水费 in odd months now: none in October.
    expect(result.report.items.some((i) => i.duty === "water-bill")).toBe(false);
    expect(result.report.ownItems).toBe(7);
    expect(result.issues.map((i) => `${i.code} ${i.severity} ${i.sheet}!${i.column}${i.row}`)).toEqual([
      "calendar_item_retimes info 事项!A6",
      "calendar_item_no_schedule error 事项!A7",
      "not_a_time warning 事项!G8",
      "calendar_item_unreadable error 事项!B9",
    ]);
    const messages = result.issues.map((i) => formatIssue(i, "zh-CN"));
    expect(messages[0]).toContain("事项“水费”代替了内置事项“缴水费（借款支付）”的时间");
    expect(messages[3]).toContain("“频率”的“每两周”无法识别");
  });
});

describe("the job titles the sheet names", () => {
  it("are the registry's own titles", () => {
    for (const declaration of JOB_DECLARATIONS) {
      const title = JOB_TITLES[declaration.id];
      if (declaration.id === "calendar") continue;
      expect(title, declaration.id).toEqual(declaration.title);
    }
  });
});
