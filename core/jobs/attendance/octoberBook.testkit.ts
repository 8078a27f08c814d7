import type { CellValue } from "../../table/sheetData";
import { book, gridSheet, serial, sheet } from "./testBook.testkit";

/**
 * The working days of October 2026 by the calendar data: 10-01..10-07 National Day (Thursday to Wednesday),
 * Saturday 10-10 a make-up working day, so 8, 9, 10, 12-16, 19-23, 26-30: 2 + 1 + 5 + 5 + 5 = 18.
 */
export const OCT_WORKING = [8, 9, 10, 12, 13, 14, 15, 16, 19, 20, 21, 22, 23, 26, 27, 28, 29, 30];
const isWorking = (day: number) => OCT_WORKING.includes(day);

/** 31 day cells: `special[day]` where given, else √ on working days and 休 on the others. */
function october(special: Record<number, CellValue>, until = 31): CellValue[] {
  return Array.from({ length: 31 }, (_, i) => {
    const day = i + 1;
    if (day in special) return special[day]!;
    if (day > until) return null;
    return isWorking(day) ? "√" : "休";
  });
}

const EMPLOYEES = sheet("员工名单", [
  ["阳光花园 员工花名册"],
  ["项目：阳光花园"],
  ["序号", "工号", "姓名", "部门", "岗位", "入职日期", "离职日期"],
  [1, "A001", "张伟", "客服部", "客服主管", serial("2020-03-01"), null],
  [2, "A002", "李娜", "客服部", "客服专员", "2024-06-10", null],
  [3, "B001", "王强", "工程部", "水电工", serial("2026-10-12"), null],
  [4, "C001", "赵敏", "秩序部", "保安员", "2025-10-01", serial("2026-10-20")],
]);

const GRID = gridSheet("10月考勤", "2026-10", [
  // 张伟: works the holiday 10-03; late 12, early 13, absent 14, half 事假 15 in the grid, 16 left blank.
  ["A001", "张伟", october({ 3: "√", 12: "迟", 13: "早", 14: "旷", 15: "事/√", 16: null })],
  // 李娜: 病 on 10-08 as her slip says, but √ on 10-09 (a slip day); 年 19-22 and √ on 23 (the slip's half day).
  ["A002", "李娜", october({ 8: "病", 19: "年", 20: "年", 21: "年", 22: "年" })],
  // 赵敏 (leaves 10-20): on duty 10-01, 10-02 and Sunday 10-11; 休 on Tuesday 10-13; a √ on 10-21 after leaving.
  ["C001", "赵敏", october({ 1: "√", 2: "√", 11: "√", 13: "休", 21: "√" }, 20)],
]);

/** 王强's clock rows from his hire date 10-12, one per working day (rows 2, 3, ...: 10-15 is row 5). */
const CLOCK = sheet("打卡记录", [
  ["日期", "工号", "姓名", "上班时间", "下班时间", "考勤状态"],
  ...OCT_WORKING.filter((day) => day >= 12).map((day): CellValue[] => {
    const date = `2026-10-${String(day).padStart(2, "0")}`;
    const times: Record<number, [CellValue, CellValue, CellValue]> = {
      12: ["08:34", "17:35", null], // 08:34 is within 08:30 + 5 minutes: on time
      13: ["08:36", "17:30", null], // late
      14: [(8 * 60 + 20) / 1440, (17 * 60 + 10) / 1440, null], // Excel times: early
      15: ["08:40", null, null], // late, and no clock-out (a warning)
      16: [null, null, "事假"], // the status wins
    };
    const [clockIn, clockOut, status] = times[day] ?? ["08:25", "17:40", null];
    return [serial(date), "B001", "王强", clockIn, clockOut, status];
  }),
]);

const SETTINGS = sheet("考勤设置", [
  ["上班时间", "下班时间", "迟到宽限(分钟)"],
  ["08:30", "17:30", 5],
]);

const SLIPS = sheet("请假单", [
  ["工号", "姓名", "请假类型", "开始日期", "结束日期", "天数", "事由"],
  // 9-28..10-09: 3 working days in September + 10-08, 10-09 = 5; 2 count in October.
  ["A002", "李娜", "病假", "2026-09-28", "2026-10-09", 5, "住院"],
  // 10-19..10-23 has 5 working days; 4.5 makes 10-23 a half day (morning leave, afternoon as recorded).
  ["A002", "李娜", "年假", "2026-10-19", "2026-10-23", 4.5, "探亲"],
  // A weekend: leave on rest days counts nothing.
  ["A002", "李娜", "事假", "2026-10-24", "2026-10-25", null, "周末办事"],
]);

const OVERTIME = sheet("加班记录", [
  ["加班日期", "工号", "姓名", "加班时数", "事由"],
  ["2026-10-03", "A001", "张伟", 8, "国庆值班"], // holiday
  ["2026-10-01", "C001", "赵敏", 8, "国庆值班"], // holiday
  ["2026-10-02", "C001", "赵敏", 8, "国庆值班"], // holiday
  ["2026-10-11", "C001", "赵敏", 8, "周日顶岗"], // rest day
  ["2026-10-10", "C001", "赵敏", 2, "加班"], // make-up working day: workday class
  ["2026-10-17", "B001", "王强", 4, "设备检修"], // rest day
  ["2026-09-30", "C001", "赵敏", 3, "上月"], // another month: not this month's
]);

/** The October 2026 workbook of the golden tests: list, grid, clock list, settings, slips and overtime. */
export const OCTOBER_BOOK = book(EMPLOYEES, GRID, CLOCK, SETTINGS, SLIPS, OVERTIME);
