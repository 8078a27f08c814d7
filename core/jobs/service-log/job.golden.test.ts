import { describe, expect, it } from "vitest";
import { runJob } from "../registry";
import { reportWithIssues } from "../reportJson";
import type { SheetSpec } from "../../sheets/sheetSpec";
import type { BookData, CellValue, SheetData } from "../../table/sheetData";
import { isoToExcelSerial } from "../../values/excelSerial";
import { SERVICE_LOG_JOB } from "./job";
import type { ServiceLogReport } from "./report";

const HEADER = [
  "日期",
  "时间",
  "渠道",
  "房号",
  "类型",
  "内容",
  "责任部门",
  "处理人",
  "响应时间",
  "完成时间",
  "状态",
  "回访结果",
];

function sheet(name: string, values: CellValue[][], ownerKey?: string): SheetData {
  const out: SheetData = { name, values, origin: { row: 1, column: 1 } };
  if (ownerKey !== undefined) out.ownerKey = ownerKey;
  return out;
}

const book = (...sheets: SheetData[]): BookData => ({ date1904: false, sheets });

/** A sheet PropDesk wrote, as a host reads it back: dates as serials, formulas as their values, marked as its own. */
function readBack(spec: SheetSpec, edit?: (values: CellValue[][]) => void): SheetData {
  const values = spec.cells.map((row) =>
    row.map((cell): CellValue => {
      if (cell === null || typeof cell !== "object") return cell;
      if ("date" in cell) return isoToExcelSerial(cell.date, false);
      if ("formula" in cell) return cell.value;
      return cell.text;
    }),
  );
  edit?.(values);
  return sheet(spec.name, values, spec.key);
}

/** September: one repair still open (the outside-wall leak), kept on the month's own sheet with year-less dates. */
const SEPTEMBER = sheet("9月", [
  ["阳光花园客服中心报修登记表 2026年9月"],
  HEADER,
  [
    "9月28日",
    "16:00",
    "电话",
    "7-1-101",
    "报修",
    "外墙渗水",
    "工程部",
    "赵磊",
    "16:20",
    null,
    "处理中",
    null,
  ],
]);

/**
 * October worked by hand (limits: repairs 30 min / 24 h; complaints 1 / 3 working days; enquiries 24 h / 3 working
 * days; 2026-10-10 Saturday is a make-up working day):
 * - row 3: complaint Thu 10-08 09:00, closed Sat 10-10 16:00 on the make-up day (due Mon 10-12 09:00): on time.
 * - row 4: the same unit complains again Fri 10-09 上午9点半; due 10-10 (1), 10-12 (2), 10-13 (3) 09:30 - the make-up
 *   Saturday counts - closed 10-13 17:00: late (it would be on time were 10-10 a rest day).
 * - row 5: repair 下午3点, answered 15:50 (limit 15:30): answered late; completed 18:00: on time.
 * - row 6: repair completed 2026-10-14, before it was received on 10-15: an error, the row left out.
 * - row 7: repair at 16:30 (an Excel time), answered 16:50, still open at month end: 3 days old, past its 24 hours.
 * - row 8: enquiry with a date-time serial in the date cell (10-20 10:00), answered 10:05, closed 10:30.
 * - row 9: `报秀` (a typo: counted as 其他), response `25:00` (no time: not answered on time), closed the next day.
 */
const OCTOBER = sheet("10月", [
  ["阳光花园客服中心报修登记表 2026年10月"],
  HEADER,
  [
    "10月8日",
    "9:00",
    "电话",
    "3-1-502",
    "投诉",
    "楼上装修噪音",
    "客服部",
    "李静",
    "9:20",
    "10月10日 16:00",
    "已完成",
    "满意",
  ],
  [
    "10月9日",
    "上午9点半",
    "来访",
    "3-1-502",
    "投诉",
    "噪音仍未解决",
    "客服部",
    "李静",
    "10:00",
    "2026-10-13 17:00",
    "已完成",
    "不满意",
  ],
  [
    "10月12日",
    "下午3点",
    "电话",
    "5-2-101",
    "报修",
    "厨房水管漏水",
    "工程部",
    "赵磊",
    "15:50",
    "18:00",
    "已完成",
    "非常满意",
  ],
  [
    "10月15日",
    "09:30:00",
    "微信",
    "2-1-301",
    "报修",
    "门禁卡失灵",
    "工程部",
    "孙强",
    "09:45",
    "2026-10-14 16:00",
    "已完成",
    null,
  ],
  [
    "10月28日",
    0.6875,
    "前台",
    "1-1-101",
    "报修",
    "电梯异响",
    "工程部",
    "吴敏",
    "16:50",
    null,
    "处理中",
    null,
  ],
  [
    isoToExcelSerial("2026-10-20", false) + 10 / 24,
    null,
    "电话",
    "4-3-201",
    "咨询",
    "物业费缴纳方式",
    "客服部",
    "陈晓",
    "10:05",
    "10:30",
    "已完成",
    "满意",
  ],
  [
    "10月22日",
    "14:00",
    "电话",
    "6-1-802",
    "报秀",
    "窗户漏风",
    "工程部",
    "赵磊",
    "25:00",
    "10月23日 10:00",
    "已完成",
    "基本满意",
  ],
]);

const params = { today: "2026-11-05", lang: "zh-CN" as const, month: "2026-10" };
const run = runJob(SERVICE_LOG_JOB, book(SEPTEMBER, OCTOBER), params);
const report = run.report as ServiceLogReport;

describe("service-log: a hand-worked October", () => {
  it("counts the month's items, closed, open and on time by the limits", () => {
    expect(report.month).toBe("2026-10");
    expect(report.asOf).toBe("2026-10-31");
    expect(report.totals).toEqual({
      received: 6,
      closed: 5,
      open: 1,
      respondedOnTime: 4,
      completedOnTime: 4,
      followedUp: 5,
      satisfied: 4,
      satisfactionRate: "0.8000",
    });
    expect(report.byType).toEqual([
      { type: "报修", received: 2, closed: 1, open: 1, respondedOnTime: 1, completedOnTime: 1 },
      { type: "投诉", received: 2, closed: 2, open: 0, respondedOnTime: 2, completedOnTime: 1 },
      { type: "咨询", received: 1, closed: 1, open: 0, respondedOnTime: 1, completedOnTime: 1 },
      { type: "其他", received: 1, closed: 1, open: 0, respondedOnTime: 0, completedOnTime: 1 },
    ]);
  });

  it("lists what is open at month end, earlier months too, aged and overdue", () => {
    expect(report.openItems).toEqual([
      {
        sheet: "9月",
        row: 3,
        unit: "7-1-101",
        type: "报修",
        since: "2026-09-28",
        ageDays: 33,
        overdue: true,
      },
      {
        sheet: "10月",
        row: 7,
        unit: "1-1-101",
        type: "报修",
        since: "2026-10-28",
        ageDays: 3,
        overdue: true,
      },
    ]);
  });

  it("flags the unit that complained twice", () => {
    expect(report.repeatComplaints).toEqual([{ unit: "3-1-502", count: 2 }]);
  });

  it("reports a completion before its start as an error at its cell, and the typo and the bad time as warnings", () => {
    const located = run.issues
      .filter((i) => i.severity !== "info")
      .map((i) => [i.code, i.severity, i.sheet, i.row, i.column]);
    expect(located).toEqual([
      ["end_before_start", "error", "10月", 6, "J"],
      ["service_type_unknown", "warning", "10月", 9, "E"],
      ["not_a_time", "warning", "10月", 9, "I"],
    ]);
    // the enquiry's date cell gave its time: no item lacks one
    expect(run.issues.filter((i) => i.code === "service_time_missing")).toEqual([]);
  });

  it("gives the --json shape the issue asks for", () => {
    const json = reportWithIssues(report, run.issues, "zh-CN");
    expect(Object.keys(json)).toEqual([
      "job",
      "month",
      "asOf",
      "totals",
      "byType",
      "openItems",
      "repeatComplaints",
      "issues",
    ]);
    expect(json.job).toBe("service-log");
  });

  it("writes the monthly report, the open-items list and the issues sheet", () => {
    expect(run.sheets.map((s) => s.name)).toEqual([
      "客服月报 2026-10",
      "未结事项 2026-10-31",
      expect.stringMatching(/^问题清单/),
    ]);
    const open = run.sheets[1]!;
    const texts = open.cells.flat().filter((c): c is string => typeof c === "string");
    expect(texts).toContain("外墙渗水");
    expect(texts).toContain("已超时");
    // Each 合计 row gives the month's rates too, as formulas over its own totals: 4/6 answered on time, 4/5 satisfied.
    const monthly = run.sheets[0]!;
    const totals = monthly.cells.flatMap((cells, i) => (cells[0] === "合计" ? [{ cells, row: i + 1 }] : []));
    expect(totals).toHaveLength(3);
    for (const { cells, row } of totals) {
      expect(cells[5]).toMatchObject({ formula: `IF(B${row}=0,"",ROUND(E${row}/B${row},4))` });
      expect(String((cells[5] as { value: unknown }).value)).toBe("0.6667");
      expect(String((cells[10] as { value: unknown }).value)).toBe("0.8");
    }
  });

  it("carries what the clerk typed on the open-items list into the list made again", () => {
    const spec = run.sheets[1]!;
    const header = spec.cells.findIndex((row) => row[0] === "序号");
    const own = readBack(spec, (values) => {
      values[header + 1]![12] = "已联系施工队，等待材料";
      values[header + 1]![13] = "11月10日前";
    });
    const again = runJob(SERVICE_LOG_JOB, book(SEPTEMBER, OCTOBER, own), params);
    const row = again.sheets[1]!.cells[header + 1]!;
    expect(row[4]).toBe("7-1-101");
    expect(row[12]).toBe("已联系施工队，等待材料");
    expect(row[13]).toBe("11月10日前");
  });

  it("defaults to last month, judged at its last day", () => {
    const late = runJob(SERVICE_LOG_JOB, book(SEPTEMBER, OCTOBER), { today: "2026-11-05", lang: "zh-CN" });
    expect((late.report as ServiceLogReport).month).toBe("2026-10");
  });

  it("takes limits from a 客服设置 sheet: repairs answered within an hour", () => {
    const settings = sheet("客服设置", [
      ["类型", "响应时限", "办结时限", "计时方式"],
      ["报修", "60分钟", "24小时", "自然时间"],
    ]);
    const withSettings = runJob(SERVICE_LOG_JOB, book(SEPTEMBER, OCTOBER, settings), params);
    const repairs = (withSettings.report as ServiceLogReport).byType[0]!;
    expect(repairs).toMatchObject({ type: "报修", respondedOnTime: 2 });
  });
});

describe("service-log: a repair register as offices print it", () => {
  // After the public 报修登记表 forms: a merged title, the project line, a two-row header (处理情况 over 派工时间,
  // 完成时间 and 处理结果; 回访 over 回访结果), a section row per type, a 本月合计 row, a note and the signature line.
  const printed = sheet("11月报修", [
    ["阳光花园物业服务中心 报修登记表", null, null, null, null, null, null, null, null, null, null, null],
    ["项目：阳光花园", null, null, null, null, null, null, null, "2026年11月", null, null, null],
    [
      "序号",
      "报修日期",
      "报修时间",
      "房号",
      "类型",
      "报修内容",
      "维修人",
      "处理情况",
      null,
      null,
      "回访",
      null,
    ],
    [null, null, null, null, null, null, null, "派工时间", "完成时间", "处理结果", "回访结果", "备注"],
    ["一、报修", null, null, null, null, null, null, null, null, null, null, null],
    [
      1,
      "11月3日",
      "9:00",
      "2-1-301",
      "报修",
      "厨房下水道堵塞",
      "赵磊",
      "9:20",
      "11:00",
      "已完成",
      "满意",
      null,
    ],
    [
      2,
      "11月4日",
      "下午3点",
      "5-2-602",
      "报修",
      "客厅灯不亮",
      "孙强",
      "15:50",
      "11月5日 10:00",
      "已完成",
      "不太满意",
      null,
    ],
    ["二、投诉", null, null, null, null, null, null, null, null, null, null, null],
    [
      3,
      "11月10日",
      "10:00",
      "3-1-502",
      "投诉",
      "楼上噪音",
      "陈晓",
      "11月10日 14:00",
      null,
      "处理中",
      null,
      null,
    ],
    ["本月合计：共 3 件", null, null, null, null, null, null, null, null, null, null, null],
    [
      "说明：报修 30 分钟内派工，24 小时内完成。",
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ],
    ["登记人：王芳", null, null, null, "客服主管：李静", null, null, null, null, null, null, null],
  ]);
  const printedRun = runJob(SERVICE_LOG_JOB, book(printed), {
    today: "2026-12-05",
    lang: "zh-CN",
    month: "2026-11",
  });
  const printedReport = printedRun.report as ServiceLogReport;

  it("reads the items under the two-row header, and neither the section rows, the total, the note nor the signatures", () => {
    expect(printedReport.totals).toEqual({
      received: 3,
      closed: 2,
      open: 1,
      respondedOnTime: 2, // 11-03 dispatched in 20 min; 11-04 in 50 min (late); the complaint in 4 h, within 1 working day
      completedOnTime: 2,
      followedUp: 2,
      satisfied: 1, // 不太满意 is followed up, not satisfied
      satisfactionRate: "0.5000",
    });
    expect(printedReport.openItems).toEqual([
      {
        sheet: "11月报修",
        row: 9,
        unit: "3-1-502",
        type: "投诉",
        since: "2026-11-10",
        ageDays: 20,
        overdue: true,
      },
    ]);
    expect(printedRun.issues.filter((i) => i.severity !== "info")).toEqual([]);
  });
});
