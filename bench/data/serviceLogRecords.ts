import type { BookData, CellValue } from "../../core/table/sheetData";
import { isoToExcelSerial } from "../../core/values/excelSerial";
import { addDays, toDayNumber, type IsoDate, type YearMonth } from "../../core/values/isoDate";
import { seededRandom } from "../../core/values/seededRandom";
import { clockText } from "../../core/values/clockTime";

/** The month the bench's service register is reported for, and its as-of date. */
export const SERVICE_BENCH_MONTH: YearMonth = "2026-11";
export const SERVICE_BENCH_AS_OF: IsoDate = "2026-11-30";

const TYPES = ["报修", "报修", "报修", "报修", "投诉", "咨询", "咨询", "建议", "退换货", "表扬"];
const CHANNELS = ["电话", "来访", "微信", "前台"];
const DEPARTMENTS = ["工程部", "客服部", "秩序部", "环境部"];

/** One item as the baseline reads it: its type, the day it came in and when it was completed (minutes since 1970), or null. */
export interface ServiceBenchRow {
  type: string;
  day: number;
  completed: number | null;
}

/** A service register as cell grids for the core, and the same items as plain rows for a baseline. */
export interface ServiceLogBench {
  book: BookData;
  rows: ServiceBenchRow[];
}

/**
 * One long register sheet of `size` items (title line, header; dates as serials, one in ten of October so earlier
 * items stay open), times typed every way (`9:30`, `09:30:00`, `上午9点半`, Excel times), answers as times of the
 * same day, completions as date-time text (`2026-11-05 14:20`) or date-time serials, one in twelve still open;
 * always the same for the same size.
 */
export function makeServiceLogBench(size: number): ServiceLogBench {
  const random = seededRandom(20_261_130);
  const values: CellValue[][] = [
    ["阳光花园客服中心报修登记表 2026年11月"],
    [
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
    ],
  ];
  const rows: ServiceBenchRow[] = [];
  for (let i = 0; i < size; i++) {
    const date = addDays(
      "2026-10-31",
      random() < 0.1 ? -Math.floor(random() * 31) : 1 + Math.floor(random() * 30),
    );
    const minute = 8 * 60 + Math.floor(random() * 12 * 60);
    const type = TYPES[Math.floor(random() * TYPES.length)]!;
    const style = random();
    const start: CellValue =
      style < 0.25
        ? clockText(minute)
        : style < 0.5
          ? `${clockText(minute)}:00`
          : style < 0.6 && minute % 30 === 0
            ? `${minute < 720 ? "上午" : "下午"}${Math.floor(minute / 60) % 12 || 12}${minute % 60 === 30 ? "点半" : "点"}`
            : minute / 1440;
    const answered = Math.min(minute + 5 + Math.floor(random() * 60), 1439);
    const day = toDayNumber(date);
    const startStamp = day * 1440 + minute;
    const open = random() < 1 / 12;
    const completed = open ? null : startStamp + 30 + Math.floor(random() * 4 * 1440);
    let completedCell: CellValue = null;
    if (completed !== null) {
      const cDay = Math.floor(completed / 1440);
      const cIso = addDays("1970-01-01", cDay);
      completedCell =
        random() < 0.5
          ? `${cIso} ${clockText(completed % 1440)}`
          : isoToExcelSerial(cIso, false) + (completed % 1440) / 1440;
    }
    values.push([
      isoToExcelSerial(date, false),
      start,
      CHANNELS[i % CHANNELS.length]!,
      `${1 + (i % 9)}-${1 + (i % 3)}-${100 + (i % 1800)}`,
      type,
      "报修内容",
      DEPARTMENTS[i % DEPARTMENTS.length]!,
      "张三",
      clockText(answered),
      completedCell,
      open ? "处理中" : "已完成",
      open ? null : i % 7 === 0 ? "不满意" : "满意",
    ]);
    rows.push({ type, day, completed });
  }
  return {
    book: { date1904: false, sheets: [{ name: "客服登记", values, origin: { row: 1, column: 1 } }] },
    rows,
  };
}
