import type { IsoDate, YearMonth } from "../../values/isoDate";
import { addQty, qtyText, ZERO_QTY } from "../../values/quantity";
import { OVERTIME_CLASSES, type EmployeeMonth, type MonthResult, type OvertimeClass } from "./countMonth";
import { daySymbol, LEAVE_TYPES, ZH_CN_SYMBOLS, type LeaveType } from "./marks";

/** Half days as a decimal string. @example halvesText(33) === "16.5" */
export function halvesText(halves: number): string {
  return `${Math.floor(halves / 2)}${halves % 2 === 0 ? "" : ".5"}`;
}

/** Day counts and overtime hours as the JSON report gives them (days as decimal strings, half days as .5). */
export interface AttendanceFigures {
  scheduled: string;
  present: string;
  /** Of the present days, those away on business (出差, 公出, 外勤, 培训). */
  trip: string;
  /** Only the leave types taken, in the sheet's order (事假, 病假, 年假, 婚假, 产假, 丧假, 调休). */
  leave: Partial<Record<LeaveType, string>>;
  absent: string;
  /** Scheduled days with neither a record nor leave: present + leave + absent + unrecorded = scheduled. */
  unrecorded: string;
  late: number;
  early: number;
  overtime: Record<OvertimeClass, string>;
}

/** One employee's month as the JSON report gives it. */
export interface EmployeeReport extends AttendanceFigures {
  id: string | null;
  name: string;
  department: string | null;
  position: string | null;
  hireDate: IsoDate | null;
  leaveDate: IsoDate | null;
  /** One symbol per day of the month: √ 迟 早 差 旷 事 病 年 婚 产 丧 调 休, `事/√` for half days, "" where nothing counts or is recorded. */
  days: string[];
}

/** One leave slip of the month as the JSON report gives it. */
export interface LeaveSlipReport {
  id: string | null;
  name: string;
  department: string | null;
  type: LeaveType;
  start: IsoDate;
  end: IsoDate;
  /** 天数 as written on the slip, or null. */
  days: string | null;
  halfDay: IsoDate | null;
  /** The days the slip counts in this month (scheduled days only, overlaps counted for the earlier slip). */
  daysInMonth: string;
  reason: string | null;
}

/** The attendance job's report: the contract other tools read (`--json`). */
export interface AttendanceReport {
  job: "attendance";
  month: YearMonth;
  /** Working days of the month by the calendar (before hire and leaving dates). */
  workingDays: number;
  employees: EmployeeReport[];
  totals: AttendanceFigures & { employees: number };
  leaveSlips: LeaveSlipReport[];
}

/** The day counts of an employee's month, or their sum over everyone. */
type Counts = Pick<
  EmployeeMonth,
  "scheduled" | "present" | "trip" | "absent" | "unrecorded" | "leave" | "late" | "early" | "overtime"
>;

function figures(c: Counts): AttendanceFigures {
  const leave: Partial<Record<LeaveType, string>> = {};
  for (const type of LEAVE_TYPES) if (c.leave[type] > 0) leave[type] = halvesText(c.leave[type]);
  return {
    scheduled: halvesText(c.scheduled),
    present: halvesText(c.present),
    trip: halvesText(c.trip),
    leave,
    absent: halvesText(c.absent),
    unrecorded: halvesText(c.unrecorded),
    late: c.late,
    early: c.early,
    overtime: {
      workday: qtyText(c.overtime.workday),
      restday: qtyText(c.overtime.restday),
      holiday: qtyText(c.overtime.holiday),
    },
  };
}

/** The day symbol the report and the zh-CN sheet give a counted day: 休 on a rest day without work. */
export function reportSymbol(day: EmployeeMonth["days"][number], symbols = ZH_CN_SYMBOLS): string {
  if (!day.employed) return "";
  const symbol = daySymbol(day.marks, symbols);
  return !day.scheduled && symbol === "" ? symbols.rest : symbol;
}

/** The sum of every employee's counts. */
export function totalCounts(employees: readonly EmployeeMonth[]): Counts {
  const total: Counts = {
    scheduled: 0,
    present: 0,
    trip: 0,
    absent: 0,
    unrecorded: 0,
    leave: Object.fromEntries(LEAVE_TYPES.map((t) => [t, 0])) as Record<LeaveType, number>,
    late: 0,
    early: 0,
    overtime: { workday: ZERO_QTY, restday: ZERO_QTY, holiday: ZERO_QTY },
  };
  for (const e of employees) {
    total.scheduled += e.scheduled;
    total.present += e.present;
    total.trip += e.trip;
    total.absent += e.absent;
    total.unrecorded += e.unrecorded;
    total.late += e.late;
    total.early += e.early;
    for (const type of LEAVE_TYPES) total.leave[type] += e.leave[type];
    for (const kind of OVERTIME_CLASSES)
      total.overtime[kind] = addQty(total.overtime[kind], e.overtime[kind]);
  }
  return total;
}

/** Builds the JSON report of a counted month. */
export function buildAttendanceReport(result: MonthResult): AttendanceReport {
  return {
    job: "attendance",
    month: result.month,
    workingDays: result.workingDays.length,
    employees: result.employees.map((e) => ({
      id: e.employee.id,
      name: e.employee.name,
      department: e.employee.department,
      position: e.employee.position,
      hireDate: e.employee.hireDate,
      leaveDate: e.employee.leaveDate,
      ...figures(e),
      days: e.days.map((day) => reportSymbol(day)),
    })),
    totals: { employees: result.employees.length, ...figures(totalCounts(result.employees)) },
    leaveSlips: result.slips.map(({ slip, halves }) => ({
      id: slip.employee.id,
      name: slip.employee.name,
      department: slip.employee.department,
      type: slip.type,
      start: slip.start,
      end: slip.end,
      days: slip.days?.toString() ?? null,
      halfDay: slip.halfDay,
      daysInMonth: halvesText(halves),
      reason: slip.reason,
    })),
  };
}
