import type { BookData, CellValue } from "../../core/table/sheetData";
import { createCalendar } from "../../core/calendar/workingCalendar";
import { overtimeClass, type OvertimeClass } from "../../core/jobs/attendance/countMonth";
import { isoToExcelSerial } from "../../core/values/excelSerial";
import { datesOfMonth, type IsoDate, type YearMonth } from "../../core/values/isoDate";
import { seededRandom } from "../../core/values/seededRandom";

/** The month the bench workbook is for: October 2026 (National Day holiday, a make-up Saturday, 18 working days). */
export const BENCH_MONTH: YearMonth = "2026-10";

const DEPARTMENTS = ["客服部", "工程部", "秩序部", "环境部", "综合办"];

/** One day's status as the baseline reads it: the symbol typed in the status list. */
export interface StatusRow {
  employee: number;
  date: IsoDate;
  status: string;
}

/** An attendance workbook as cell grids for the core, and the same records as plain rows for a baseline. */
export interface AttendanceBench {
  book: BookData;
  employees: number;
  statuses: StatusRow[];
  /** Whole-day slips: employee, first and last day, the symbol the day shows (事 or 病). */
  slips: { employee: number; start: IsoDate; end: IsoDate; symbol: string }[];
  /** Overtime in ten-thousandths of an hour. */
  overtime: { employee: number; date: IsoDate; hoursE4: number }[];
  /** Every day of the month: working or not, and its overtime class. */
  calendar: { date: IsoDate; working: boolean; class: OvertimeClass }[];
}

/**
 * `size / 31` employees (all employed the whole month) with a status-list row for every day of the month
 * (date serial, 工号, 姓名, 状态: mostly √, some 迟 早 旷 事 事/√, 休 on rest days, one day in two hundred
 * left out), whole-day 事假 / 病假 slips for one employee in twenty (some over a weekend, some over a day
 * marked √ in the list) and 1-2 overtime entries for one in five; always the same for the same size.
 */
export function makeAttendanceBench(size: number): AttendanceBench {
  const random = seededRandom(20_261_028);
  const employees = Math.max(1, Math.round(size / 31));
  const calendar = createCalendar();
  const days = datesOfMonth(BENCH_MONTH).map((date) => ({
    date,
    working: calendar.isWorkingDay(date),
    class: overtimeClass(calendar.dayKind(date)),
  }));
  const working = days.filter((d) => d.working).map((d) => d.date);
  const serial = new Map(days.map((d) => [d.date, isoToExcelSerial(d.date, false)]));
  const id = (e: number) => `YG${String(e + 1).padStart(5, "0")}`;
  const name = (e: number) => `员工${e + 1}`;

  const list: CellValue[][] = [["员工花名册"], ["工号", "姓名", "部门", "岗位", "入职日期"]];
  const records: CellValue[][] = [["出勤记录"], ["日期", "工号", "姓名", "状态"]];
  const slipRows: CellValue[][] = [["工号", "姓名", "请假类型", "开始日期", "结束日期", "天数"]];
  const overtimeRows: CellValue[][] = [["加班日期", "工号", "姓名", "加班时数", "事由"]];
  const statuses: StatusRow[] = [];
  const slips: AttendanceBench["slips"] = [];
  const overtime: AttendanceBench["overtime"] = [];
  for (let e = 0; e < employees; e++) {
    list.push([
      id(e),
      name(e),
      DEPARTMENTS[e % DEPARTMENTS.length]!,
      "员工",
      isoToExcelSerial("2020-01-01", false),
    ]);
    for (const day of days) {
      const r = random();
      if (r < 0.005) continue;
      const status = !day.working
        ? "休"
        : r < 0.04
          ? "迟"
          : r < 0.05
            ? "早"
            : r < 0.055
              ? "旷"
              : r < 0.065
                ? "事"
                : r < 0.07
                  ? "事/√"
                  : "√";
      records.push([serial.get(day.date)!, id(e), name(e), status]);
      statuses.push({ employee: e, date: day.date, status });
    }
    if (random() < 0.05) {
      const first = Math.floor(random() * (working.length - 3));
      const start = working[first]!;
      const end = working[first + Math.floor(random() * 3)]!;
      const sick = random() < 0.5;
      slipRows.push([id(e), name(e), sick ? "病假" : "事假", serial.get(start)!, serial.get(end)!, null]);
      slips.push({ employee: e, start, end, symbol: sick ? "病" : "事" });
    }
    if (random() < 0.2) {
      for (let k = 1 + Math.floor(random() * 2); k > 0; k--) {
        const day = days[Math.floor(random() * days.length)]!;
        const hoursE4 = (1 + Math.floor(random() * 16)) * 5_000;
        overtimeRows.push([serial.get(day.date)!, id(e), name(e), hoursE4 / 10_000, "加班"]);
        overtime.push({ employee: e, date: day.date, hoursE4 });
      }
    }
  }
  const sheet = (sheetName: string, values: CellValue[][]) => ({
    name: sheetName,
    values,
    origin: { row: 1, column: 1 },
  });
  return {
    book: {
      date1904: false,
      sheets: [
        sheet("员工花名册", list),
        sheet("出勤记录", records),
        sheet("请假单", slipRows),
        sheet("加班记录", overtimeRows),
      ],
    },
    employees,
    statuses,
    slips,
    overtime,
    calendar: days,
  };
}
