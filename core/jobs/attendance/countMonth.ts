import { issue, type Issue } from "../../issues";
import type { DayKind, WorkingCalendar } from "../../calendar/workingCalendar";
import { datesOfMonth, firstDayOf, lastDayOf, type IsoDate, type YearMonth } from "../../values/isoDate";
import { addQty, ZERO_QTY, type QtyE4 } from "../../values/quantity";
import { normalizeKey } from "../../values/text";
import { dayList } from "./dayList";
import { isLeave, isPresentLike, LEAVE_TYPES, type DayMarks, type LeaveType, type Mark } from "./marks";
import { isEmployedOn } from "./recordBook";
import type { CellSource, DayRecord, Employee, LeaveSlip, OvertimeEntry } from "./records";

/**
 * The classes of overtime by the day it falls on: working day (150%), rest day (200%: weekends and the days
 * off that are not statutory), statutory holiday (300%: only the days the law names, docs/conventions.md#statutory-days).
 */
export const OVERTIME_CLASSES = ["workday", "restday", "holiday"] as const;

/** One overtime class. */
export type OvertimeClass = (typeof OVERTIME_CLASSES)[number];

/**
 * The overtime class of a day of a kind (a make-up working day is a working day, a day off that is not
 * statutory a rest day); `statutory` also classes a law's day the office declared working as statutory.
 * @example overtimeClass("holiday") === "restday"; overtimeClass("workday", true) === "holiday"
 */
export function overtimeClass(kind: DayKind, statutory = false): OvertimeClass {
  if (statutory || kind === "statutory") return "holiday";
  return kind === "weekend" || kind === "holiday" ? "restday" : "workday";
}

/** The overtime class of a date by a calendar. @example overtimeClassOn(createCalendar(), "2026-10-05") === "restday" */
export function overtimeClassOn(calendar: WorkingCalendar, date: IsoDate): OvertimeClass {
  return overtimeClass(calendar.dayKind(date), calendar.isStatutory(date));
}

/** One day of one employee as counted. */
export interface DayResult {
  date: IsoDate;
  /** Between the hire and leaving dates. */
  employed: boolean;
  /** A working day while employed: the days that are counted. */
  scheduled: boolean;
  /** On a scheduled day the counted halves (null: no record); on a rest day a record's present halves, or present when overtime is recorded for it. */
  marks: DayMarks;
}

/** One employee's month; day counts are in half days (a whole day is 2), overtime in ten-thousandths of an hour. */
export interface EmployeeMonth {
  employee: Employee;
  days: DayResult[];
  scheduled: number;
  present: number;
  /** Of the present halves, those away on business (出差, 公出, 外勤, 培训). */
  trip: number;
  absent: number;
  unrecorded: number;
  leave: Record<LeaveType, number>;
  /** Days late, days left early. */
  late: number;
  early: number;
  overtime: Record<OvertimeClass, QtyE4>;
  overtimeEntries: (OvertimeEntry & { class: OvertimeClass })[];
}

/** A leave slip of the month with the half days it counts (scheduled days only, each day once). */
export interface SlipInMonth {
  slip: LeaveSlip;
  halves: number;
}

/** The month counted: every employee employed in it, in department order, and the slips. */
export interface MonthResult {
  month: YearMonth;
  workingDays: IsoDate[];
  employees: EmployeeMonth[];
  slips: SlipInMonth[];
  issues: Issue[];
}

/** The records a month is counted from. */
export interface MonthInputs {
  employees: readonly Employee[];
  records: readonly DayRecord[];
  slips: readonly LeaveSlip[];
  overtime: readonly OvertimeEntry[];
  /** Employee index -> grid row, where an issue about the whole month points (else the list row). */
  gridRows?: ReadonlyMap<number, CellSource>;
  /** False when there are no record sheets at all: then unrecorded days are not reported one by one. */
  hasRecordSheets?: boolean;
}

/** What a month is counted on. */
export interface MonthParams {
  month: YearMonth;
  calendar: WorkingCalendar;
  /** Days after it are not reported as unrecorded one by one (the sheet is made before the month ends). */
  today: IsoDate;
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = out.get(k);
    if (list === undefined) out.set(k, [item]);
    else list.push(item);
  }
  return out;
}

/**
 * Counts a month (docs/jobs/attendance.md#counting-a-month): scheduled days are the working days between hire and leaving;
 * leave counts only on scheduled days, a slip winning over the day's record (the other half of a half-day
 * slip follows the record); overlapping slips count once, for the earlier slip; a late or early day is
 * present and one late or early; rest marked on a working day is 调休; a scheduled day with neither record
 * nor leave is unrecorded (an issue, not an absence); a half away on business (出差, 公出, 外勤, 培训) is
 * present and also counted as a trip; overtime is classed by its day.
 */
export function countMonth(inputs: MonthInputs, params: MonthParams): MonthResult {
  const { month, calendar, today } = params;
  const monthStart = firstDayOf(month);
  const monthEnd = lastDayOf(month);
  const dates = datesOfMonth(month);
  const working = dates.map((d) => calendar.isWorkingDay(d));
  const recordsOf = groupBy(inputs.records, (r) => r.employee.index);
  const slipsOf = groupBy(inputs.slips, (s) => s.employee.index);
  const overtimeOf = groupBy(inputs.overtime, (o) => o.employee.index);
  const issues: Issue[] = [];
  const slips: SlipInMonth[] = [];
  let futureDays = 0;

  const employees: EmployeeMonth[] = [];
  for (const employee of departmentOrder(inputs.employees)) {
    if ((employee.hireDate ?? monthStart) > monthEnd || (employee.leaveDate ?? monthEnd) < monthStart)
      continue;
    const records: (DayRecord | undefined)[] = new Array(dates.length);
    for (const r of recordsOf.get(employee.index) ?? []) records[Number(r.date.slice(8, 10)) - 1] = r;
    const own = (slipsOf.get(employee.index) ?? []).map((slip) => ({ slip, halves: 0 }));
    const slots = placeSlips(own, records, month, issues);

    const result: EmployeeMonth = {
      employee,
      days: [],
      scheduled: 0,
      present: 0,
      trip: 0,
      absent: 0,
      unrecorded: 0,
      leave: Object.fromEntries(LEAVE_TYPES.map((t) => [t, 0])) as Record<LeaveType, number>,
      late: 0,
      early: 0,
      overtime: { workday: ZERO_QTY, restday: ZERO_QTY, holiday: ZERO_QTY },
      overtimeEntries: [],
    };
    const unrecordedDays: number[] = [];
    const overtimeDates = new Set((overtimeOf.get(employee.index) ?? []).map((o) => o.date));
    for (let i = 0; i < dates.length; i++) {
      const date = dates[i]!;
      const record = records[i];
      const employed = isEmployedOn(employee, date);
      if (!employed || !working[i]) {
        const marks = employed ? offDayMarks(record, overtimeDates.has(date)) : NO_MARKS;
        result.days.push({ date, employed, scheduled: false, marks });
        continue;
      }
      const amSlot = slots.am[i] ?? null;
      const pmSlot = slots.pm[i] ?? null;
      const marks = dayMarks(record, amSlot, pmSlot, employee, issues);
      result.days.push({ date, employed, scheduled: true, marks });
      result.scheduled += 2;
      countHalf(result, marks.am, amSlot);
      countHalf(result, marks.pm, pmSlot);
      if (marks.am === "late" || marks.pm === "late") result.late++;
      if (marks.am === "early" || marks.pm === "early") result.early++;
      if (marks.am === null || marks.pm === null) {
        if (date <= today) unrecordedDays.push(i + 1);
        else futureDays++;
      }
    }
    for (const entry of overtimeOf.get(employee.index) ?? []) {
      const kind = overtimeClassOn(calendar, entry.date);
      result.overtime[kind] = addQty(result.overtime[kind], entry.hours);
      result.overtimeEntries.push({ ...entry, class: kind });
    }
    if (unrecordedDays.length > 0 && inputs.hasRecordSheets !== false) {
      issues.push(
        issue("unrecorded_days", "warning", inputs.gridRows?.get(employee.index) ?? employee.source, {
          name: employee.name,
          days: dayList(unrecordedDays),
          month,
        }),
      );
    }
    slips.push(...own);
    employees.push(result);
  }
  if (futureDays > 0 && inputs.hasRecordSheets !== false) {
    issues.push(issue("days_not_yet_recorded", "warning", {}, { today, count: futureDays }));
  }
  return { month, workingDays: dates.filter((_, i) => working[i]), employees, slips, issues };
}

/** A day with nothing recorded or counted. */
const NO_MARKS: DayMarks = Object.freeze({ am: null, pm: null });
/** A rest day worked (overtime recorded for it) without a record saying so. */
const WORKED: DayMarks = Object.freeze({ am: "present", pm: "present" });

/** What a rest day of an employed day shows: a record's present halves, else worked when overtime says so. */
function offDayMarks(record: DayRecord | undefined, overtime: boolean): DayMarks {
  if (record === undefined) return overtime ? WORKED : NO_MARKS;
  const { am, pm } = record.marks;
  if (isPresentLike(am) && isPresentLike(pm)) return record.marks;
  const fallback = overtime ? "present" : null;
  return { am: isPresentLike(am) ? am : fallback, pm: isPresentLike(pm) ? pm : fallback };
}

/** Adds one counted half of a scheduled day to an employee's figures (and to its slip's days). */
function countHalf(result: EmployeeMonth, half: Mark | null, slot: Slot | null): void {
  if (half === null) result.unrecorded++;
  else if (isPresentLike(half)) {
    result.present++;
    if (half === "trip") result.trip++;
  } else if (half === "absent") result.absent++;
  else if (isLeave(half)) {
    result.leave[half]++;
    if (slot !== null) slot.halves++;
  }
}

/** Employees grouped by department in the order departments first appear in the list, list order within. */
function departmentOrder(employees: readonly Employee[]): Employee[] {
  const rank = new Map<string, number>();
  for (const e of employees) {
    const key = normalizeKey(e.department ?? "");
    if (!rank.has(key)) rank.set(key, rank.size);
  }
  const rankOf = (e: Employee) => rank.get(normalizeKey(e.department ?? "")) ?? 0;
  return [...employees].sort((a, b) => rankOf(a) - rankOf(b) || a.index - b.index);
}

interface Slot {
  slip: LeaveSlip;
  halves: number;
}

/**
 * Gives each day's morning and afternoon to the slips covering them, in input order: a whole day takes
 * both halves, a half day the half the record keeps for that leave (else the morning, else the afternoon).
 * A half already taken by an earlier slip stays with it, with a `leave_overlap` warning on the later slip.
 */
function placeSlips(
  slips: Slot[],
  records: readonly (DayRecord | undefined)[],
  month: YearMonth,
  issues: Issue[],
): { am: (Slot | null)[]; pm: (Slot | null)[] } {
  const am: (Slot | null)[] = new Array<Slot | null>(records.length).fill(null);
  const pm: (Slot | null)[] = new Array<Slot | null>(records.length).fill(null);
  const monthStart = firstDayOf(month);
  const monthEnd = lastDayOf(month);
  for (const slot of slips) {
    const { slip } = slot;
    const from = slip.start < monthStart ? 1 : Number(slip.start.slice(8, 10));
    const to = slip.end > monthEnd ? records.length : Number(slip.end.slice(8, 10));
    const overlapDays: number[] = [];
    let earlier: Slot | null = null;
    for (let day = from; day <= to; day++) {
      const i = day - 1;
      const half = slip.halfDay === `${month}-${String(day).padStart(2, "0")}`;
      const record = records[i]?.marks;
      const order: (Slot | null)[][] =
        half && record?.pm === slip.type && record.am !== slip.type ? [pm, am] : [am, pm];
      let wanted = half ? 1 : 2;
      let clash: Slot | null = null;
      for (const halves of order) {
        if (wanted === 0) break;
        const taken = halves[i] ?? null;
        if (taken === null) {
          halves[i] = slot;
          wanted--;
        } else clash ??= taken;
      }
      if (wanted > 0 && clash !== null) {
        overlapDays.push(day);
        earlier ??= clash;
      }
    }
    if (earlier !== null) {
      issues.push(
        issue("leave_overlap", "warning", slip.source, {
          name: slip.employee.name,
          dates: dayList(overlapDays, (day) => `${month}-${String(day).padStart(2, "0")}`),
          firstSheet: earlier.slip.source.sheet,
          firstRow: earlier.slip.source.row,
        }),
      );
    }
  }
  return { am, pm };
}

/**
 * The counted halves of a scheduled day: a slip's half is leave whatever the record says (with a warning
 * when the record says otherwise on a whole-day slip, or names another leave); other halves follow the
 * record, rest on a working day counting as 调休 (with a warning).
 */
function dayMarks(
  record: DayRecord | undefined,
  amSlot: Slot | null,
  pmSlot: Slot | null,
  employee: Employee,
  issues: Issue[],
): DayMarks {
  if (amSlot === null && pmSlot === null) {
    if (record === undefined) return NO_MARKS;
    if (record.marks.am !== "rest" && record.marks.pm !== "rest") return record.marks;
  }
  const wholeDaySlip = amSlot !== null && pmSlot !== null;
  let conflict: LeaveType | null = null;
  let rest = false;
  const half = (recorded: Mark | null, slot: Slot | null): Mark | null => {
    if (slot !== null) {
      const type = slot.slip.type;
      if (recorded !== null && recorded !== type && (wholeDaySlip || isLeave(recorded))) conflict ??= type;
      return type;
    }
    if (recorded === "rest") {
      rest = true;
      return "调休";
    }
    return recorded;
  };
  const marks = { am: half(record?.marks.am ?? null, amSlot), pm: half(record?.marks.pm ?? null, pmSlot) };
  if (record !== undefined && conflict !== null) {
    issues.push(
      issue("attendance_on_leave_day", "warning", record.source, {
        name: employee.name,
        date: record.date,
        status: record.text,
        type: conflict,
      }),
    );
  }
  if (record !== undefined && rest) {
    issues.push(
      issue("rest_on_working_day", "warning", record.source, { name: employee.name, date: record.date }),
    );
  }
  return marks;
}
