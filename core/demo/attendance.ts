import type { DemoSheet } from "./demoSheet";
import type { CellValue } from "../table/sheetData";
import { createCalendar, type DayOverride, type WorkingCalendar } from "../calendar/workingCalendar";
import { isoToExcelSerial } from "../values/excelSerial";
import {
  addDays,
  addMonths,
  datesOfMonth,
  firstDayOf,
  monthOf,
  weekday,
  type IsoDate,
  type YearMonth,
} from "../values/isoDate";
import { seededRandom } from "../values/seededRandom";

const ESTATE = "阳光花园";
const SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超霞平刚辉鹏华建国红玲斌宇浩凯秀英桂兰志";
const DEPARTMENTS: readonly { name: string; size: number; positions: readonly string[]; clock: boolean }[] = [
  { name: "客服部", size: 8, positions: ["客服主管", "客服专员", "客服专员", "前台接待"], clock: false },
  { name: "工程部", size: 9, positions: ["工程主管", "水电工", "空调工", "综合维修工"], clock: true },
  { name: "秩序部", size: 14, positions: ["秩序主管", "班长", "保安员", "保安员", "保安员"], clock: false },
  { name: "环境部", size: 11, positions: ["环境主管", "保洁员", "保洁员", "绿化工"], clock: false },
  { name: "综合办", size: 5, positions: ["项目经理", "行政专员", "出纳", "仓管员"], clock: false },
];

interface Staff {
  id: string;
  name: string;
  department: string;
  position: string;
  hireDate: IsoDate;
  leaveDate: IsoDate | null;
  clock: boolean;
}

interface Slip {
  staff: Staff;
  type: string;
  start: IsoDate;
  end: IsoDate;
  days: number;
  reason: string;
}

interface Overtime {
  date: IsoDate;
  staff: Staff;
  hours: number;
  reason: string;
}

/**
 * A project office's attendance inputs for the month of `today` (the month the job defaults to): 47
 * employees in five departments, the office's grid for four of them and the engineering department's
 * clock records (with a 考勤设置 sheet of 08:30-17:30, 5 minutes' grace), leave slips (a half day, one
 * spanning from the month before, an overlapping one), overtime on rest days and holidays, one new hire
 * and one leaver in the month, a `出差` day (present, counted as a business trip) and a forgotten cell. Months without a
 * holiday or make-up day get a 节假日 sheet declaring a company day off and its make-up Saturday.
 * Nothing is recorded after `today` (the grid's later days are blank, as a clerk's are mid-month).
 * Deterministic for a given day.
 */
export function attendanceDemo(today: IsoDate): DemoSheet[] {
  const month = monthOf(today);
  const random = seededRandom(Number(month.replace("-", "")));
  const overrides = companyDayOff(month);
  const calendar = createCalendar(overrides);
  const working = datesOfMonth(month).filter((d) => calendar.isWorkingDay(d) && d <= today);
  if (working.length === 0) working.push(firstDayOf(month));
  const at = (k: number): IsoDate => working[Math.floor((k * working.length) / 20)]!;
  const staff = makeStaff(month, random, at);
  const of = (department: string, i: number) => staff.filter((s) => s.department === department)[i]!;
  const previousWorking = datesOfMonth(addMonths(month, -1)).filter((d) => calendar.isWorkingDay(d));
  const slips: Slip[] = [
    slip(of("客服部", 1), "事假", at(5), at(5), 1, "家中有事"),
    slip(of("环境部", 2), "病假", at(8), at(9), 2, "感冒发烧"),
    slip(of("秩序部", 3), "年假", previousWorking.at(-2)!, at(1), 0, "回老家探亲"),
    slip(of("综合办", 2), "婚假", at(12), at(14), 0, "结婚"),
    slip(of("客服部", 3), "事假", at(15), at(15), 0.5, "办理证件"),
    slip(of("工程部", 2), "调休", at(10), at(10), 1, "冲抵上月加班"),
    slip(of("环境部", 5), "丧假", at(17), at(18), 2, "祖母去世"),
    slip(of("环境部", 2), "病假", at(9), at(10), 2, "复诊"),
  ];
  for (const s of slips) if (s.days !== 0.5) s.days = countWorking(s.start, s.end, calendar);
  const overtime = makeOvertime(month, today, staff, slips, calendar, random, at);
  const sheets: DemoSheet[] = [
    employeeSheet(staff),
    gridSheet(month, today, staff, slips, overtime, calendar, random, at),
    clockSheet(month, today, staff, slips, calendar, random, at),
    settingsSheet(),
    leaveSheet(month, slips),
    overtimeSheet(month, overtime),
  ];
  if (overrides.length > 0) sheets.push(holidaySheet(overrides));
  return sheets;
}

function slip(staff: Staff, type: string, start: IsoDate, end: IsoDate, days: number, reason: string): Slip {
  return { staff, type, start, end, days, reason };
}

function countWorking(start: IsoDate, end: IsoDate, calendar: WorkingCalendar): number {
  let n = 0;
  for (let d = start; d <= end; d = addDays(d, 1)) if (calendar.isWorkingDay(d)) n++;
  return n;
}

/** A company day off on the first Monday from the 15th and its make-up Saturday, when the month has no holiday or make-up day. */
function companyDayOff(month: YearMonth): DayOverride[] {
  const builtIn = createCalendar();
  const dates = datesOfMonth(month);
  const kinds = new Set(dates.map((d) => builtIn.dayKind(d)));
  if ((kinds.has("statutory") || kinds.has("holiday")) && kinds.has("makeup_workday")) return [];
  const monday = dates.find((d) => d >= `${month}-15` && weekday(d) === 1 && builtIn.isWorkingDay(d));
  if (monday === undefined) return [];
  return [
    { date: monday, kind: "holiday", name: "公司周年庆" },
    { date: addDays(monday, -2), kind: "workday", name: "公司周年庆调休" },
  ];
}

function makeStaff(month: YearMonth, random: () => number, at: (k: number) => IsoDate): Staff[] {
  const used = new Set<string>();
  const name = (): string => {
    for (;;) {
      const surname = SURNAMES[Math.floor(random() * SURNAMES.length)]!;
      const given = Array.from(
        { length: random() < 0.6 ? 2 : 1 },
        () => GIVEN[Math.floor(random() * GIVEN.length)]!,
      ).join("");
      if (!used.has(surname + given)) {
        used.add(surname + given);
        return surname + given;
      }
    }
  };
  const staff: Staff[] = [];
  for (const department of DEPARTMENTS) {
    for (let i = 0; i < department.size; i++) {
      const years = 1 + Math.floor(random() * 6);
      const hire = `${Number(month.slice(0, 4)) - years}-${String(1 + Math.floor(random() * 12)).padStart(2, "0")}-${String(1 + Math.floor(random() * 28)).padStart(2, "0")}`;
      staff.push({
        id: `YG${String(staff.length + 1).padStart(3, "0")}`,
        name: name(),
        department: department.name,
        position: department.positions[Math.min(i, department.positions.length - 1)]!,
        hireDate: hire,
        leaveDate: null,
        clock: department.clock,
      });
    }
  }
  const newcomer = staff.filter((s) => s.department === "客服部").at(-1)!;
  newcomer.hireDate = at(7);
  newcomer.position = "客服专员";
  staff.filter((s) => s.department === "环境部").at(-1)!.leaveDate = at(13);
  staff.push({
    id: `YG${String(staff.length + 1).padStart(3, "0")}`,
    name: name(),
    department: "秩序部",
    position: "保安员",
    hireDate: `${Number(month.slice(0, 4)) - 2}-03-01`,
    leaveDate: `${addMonths(month, -1)}-20`,
    clock: false,
  });
  return staff;
}

function makeOvertime(
  month: YearMonth,
  today: IsoDate,
  staff: readonly Staff[],
  slips: readonly Slip[],
  calendar: WorkingCalendar,
  random: () => number,
  at: (k: number) => IsoDate,
): Overtime[] {
  const out: Overtime[] = [];
  const guards = staff.filter((s) => s.department === "秩序部" && s.position !== "秩序主管");
  datesOfMonth(month).forEach((date, day) => {
    if (calendar.isWorkingDay(date) || date > today) return;
    const kind = calendar.dayKind(date);
    const holiday = kind === "statutory" || kind === "holiday";
    guards.forEach((guard, g) => {
      if ((g + day) % 3 !== 0 || !employed(guard, date) || slipSymbol(slips, guard, date) !== null) return;
      out.push({ date, staff: guard, hours: 8, reason: holiday ? "节假日值班" : "休息日顶岗" });
    });
  });
  const engineers = staff.filter((s) => s.department === "工程部");
  const weekend = datesOfMonth(month).filter((d) => calendar.dayKind(d) === "weekend" && d <= today);
  for (let i = 0; i < (weekend.length === 0 ? 0 : 4); i++) {
    const engineer = engineers[1 + Math.floor(random() * (engineers.length - 1))]!;
    out.push({ date: weekend[(i * 3) % weekend.length]!, staff: engineer, hours: 4, reason: "设备检修" });
  }
  out.push({ date: at(4), staff: engineers[1]!, hours: 2.5, reason: "地下室水管抢修" });
  out.push({ date: at(11), staff: engineers[3]!, hours: 3, reason: "电梯故障配合维保" });
  return out.filter((o) => o.date <= today).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

function employed(s: Staff, date: IsoDate): boolean {
  return date >= s.hireDate && (s.leaveDate === null || date <= s.leaveDate);
}

function slipSymbol(slips: readonly Slip[], s: Staff, date: IsoDate): string | null {
  const found = slips.find((x) => x.staff === s && date >= x.start && date <= x.end);
  if (found === undefined) return null;
  const symbol = found.type.slice(0, 1);
  return found.days === 0.5 ? `${symbol}/√` : symbol;
}

function employeeSheet(staff: readonly Staff[]): DemoSheet {
  const rows: CellValue[][] = [
    [`${ESTATE}物业服务中心 员工花名册`],
    [`项目：${ESTATE}`],
    ["序号", "工号", "姓名", "部门", "岗位", "入职日期", "离职日期", "备注"],
  ];
  staff.forEach((s, i) =>
    rows.push([
      i + 1,
      s.id,
      s.name,
      s.department,
      s.position,
      serial(s.hireDate),
      s.leaveDate === null ? null : serial(s.leaveDate),
      null,
    ]),
  );
  return {
    name: "员工花名册",
    rows,
    widths: [6, 8, 9, 9, 11, 12, 12, 14],
    formats: [
      { column: 6, format: "yyyy-mm-dd", fromRow: 4 },
      { column: 7, format: "yyyy-mm-dd", fromRow: 4 },
    ],
  };
}

function gridSheet(
  month: YearMonth,
  today: IsoDate,
  staff: readonly Staff[],
  slips: readonly Slip[],
  overtime: readonly Overtime[],
  calendar: WorkingCalendar,
  random: () => number,
  at: (k: number) => IsoDate,
): DemoSheet {
  const dates = datesOfMonth(month);
  const title = `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`;
  const rows: CellValue[][] = [
    [`${ESTATE}物业服务中心 ${title}考勤表`],
    [`考勤月份：${title}`],
    ["序号", "工号", "姓名", "部门", ...dates.map((_, i) => i + 1), "备注"],
    [null, null, null, null, ...dates.map((d) => "日一二三四五六"[weekday(d)]!), null],
  ];
  const onDuty = new Set(overtime.map((o) => `${o.staff.id}|${o.date}`));
  const forgetful = staff.find((s) => s.department === "秩序部" && s.position === "保安员")!;
  const traveller = staff.find((s) => s.department === "客服部")!;
  let seq = 0;
  for (const s of staff) {
    if (s.clock || (s.leaveDate !== null && s.leaveDate < `${month}-01`)) continue;
    const cells = dates.map((date): CellValue => {
      if (!employed(s, date) || date > today) return null;
      if (!calendar.isWorkingDay(date)) return onDuty.has(`${s.id}|${date}`) ? "√" : "休";
      const leave = slipSymbol(slips, s, date);
      if (leave !== null) return leave;
      if (s === forgetful && date === at(11)) return null;
      if (s === traveller && date === at(13)) return "出差";
      const r = random();
      return r < 0.04 ? "迟" : r < 0.05 ? "早" : r < 0.053 ? "旷" : "√";
    });
    rows.push([++seq, s.id, s.name, s.department, ...cells, null]);
  }
  return {
    name: `${Number(month.slice(5, 7))}月考勤`,
    rows,
    widths: [5, 7, 8, 8, ...dates.map(() => 3.5), 10],
  };
}

function clockSheet(
  month: YearMonth,
  today: IsoDate,
  staff: readonly Staff[],
  slips: readonly Slip[],
  calendar: WorkingCalendar,
  random: () => number,
  at: (k: number) => IsoDate,
): DemoSheet {
  const rows: CellValue[][] = [
    ["工程部打卡记录（考勤机导出）"],
    ["日期", "工号", "姓名", "部门", "上班时间", "下班时间"],
  ];
  const engineers = staff.filter((s) => s.clock);
  for (const date of datesOfMonth(month)) {
    if (!calendar.isWorkingDay(date) || date > today) continue;
    for (const [i, s] of engineers.entries()) {
      if (!employed(s, date) || slipSymbol(slips, s, date) !== null) continue;
      const late = random() < 0.05;
      const early = random() < 0.02;
      const clockIn = late ? 8 * 60 + 36 + Math.floor(random() * 20) : 8 * 60 + 5 + Math.floor(random() * 24);
      const clockOut = early ? 17 * 60 + Math.floor(random() * 25) : 17 * 60 + 31 + Math.floor(random() * 40);
      const missing = i === 4 && date === at(6);
      rows.push([serial(date), s.id, s.name, s.department, clockIn / 1440, missing ? null : clockOut / 1440]);
    }
  }
  return {
    name: "工程部打卡",
    rows,
    widths: [12, 8, 9, 9, 10, 10],
    formats: [
      { column: 1, format: "yyyy-mm-dd", fromRow: 3 },
      { column: 5, format: "hh:mm", fromRow: 3 },
      { column: 6, format: "hh:mm", fromRow: 3 },
    ],
  };
}

function settingsSheet(): DemoSheet {
  return {
    name: "考勤设置",
    rows: [
      ["考勤设置（用于打卡记录）"],
      ["上班时间", "下班时间", "迟到宽限(分钟)", "说明"],
      ["08:30", "17:30", 5, "工程部按考勤机打卡时间判断迟到、早退"],
    ],
    widths: [10, 10, 14, 36],
  };
}

function leaveSheet(month: YearMonth, slips: readonly Slip[]): DemoSheet {
  const rows: CellValue[][] = [
    [`请假单登记（${month}）`],
    ["单号", "工号", "姓名", "部门", "请假类型", "开始日期", "结束日期", "天数", "事由"],
  ];
  slips.forEach((s, i) =>
    rows.push([
      `QJ${month.replace("-", "")}${String(i + 1).padStart(2, "0")}`,
      s.staff.id,
      s.staff.name,
      s.staff.department,
      s.type,
      serial(s.start),
      serial(s.end),
      s.days,
      s.reason,
    ]),
  );
  return {
    name: "请假单",
    rows,
    widths: [13, 8, 9, 9, 9, 12, 12, 6, 16],
    formats: [
      { column: 6, format: "yyyy-mm-dd", fromRow: 3 },
      { column: 7, format: "yyyy-mm-dd", fromRow: 3 },
    ],
  };
}

function overtimeSheet(month: YearMonth, overtime: readonly Overtime[]): DemoSheet {
  const rows: CellValue[][] = [
    [`加班登记（${month.slice(0, 4)}年${Number(month.slice(5, 7))}月）`],
    ["加班日期", "工号", "姓名", "部门", "加班时数", "事由"],
  ];
  for (const o of overtime) {
    rows.push([serial(o.date), o.staff.id, o.staff.name, o.staff.department, o.hours, o.reason]);
  }
  rows.push(["合计", null, null, null, overtime.reduce((sum, o) => sum + o.hours * 10, 0) / 10, null]);
  return {
    name: "加班记录",
    rows,
    widths: [12, 8, 9, 9, 9, 20],
    formats: [{ column: 1, format: "yyyy-mm-dd", fromRow: 3 }],
  };
}

function holidaySheet(overrides: readonly DayOverride[]): DemoSheet {
  return {
    name: "节假日",
    rows: [
      ["本月节假日调整"],
      ["日期", "类型", "名称"],
      ...overrides.map((o): CellValue[] => [
        serial(o.date),
        o.kind === "holiday" ? "休" : "班",
        o.name ?? null,
      ]),
    ],
    widths: [12, 8, 16],
    formats: [{ column: 1, format: "yyyy-mm-dd", fromRow: 3 }],
  };
}

function serial(iso: IsoDate): number {
  return isoToExcelSerial(iso, false);
}
