import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { statutoryDay } from "../../calendar/statutoryDays";
import { createCalendar } from "../../calendar/workingCalendar";
import { Dec } from "../../values/decimal";
import { addDays, datesOfMonth, firstDayOf, type IsoDate, type YearMonth } from "../../values/isoDate";
import type { CellValue } from "../../table/sheetData";
import { countMonth, OVERTIME_CLASSES, type EmployeeMonth, type MonthInputs } from "./countMonth";
import { daySymbol, isLeave, isPresentLike, LEAVE_TYPES, ZH_CN_SYMBOLS, type Mark } from "./marks";
import { isEmployedOn } from "./recordBook";
import type { DayRecord, Employee, LeaveSlip, OvertimeEntry } from "./records";
import { runJob } from "../registry";
import { ATTENDANCE_JOB } from "./job";
import { book, sheet } from "./testBook.testkit";
import { qtyE4 } from "../../values/quantity";

const calendar = createCalendar();
const MONTHS: YearMonth[] = ["2026-02", "2026-05", "2026-10", "2026-11"];
const MARKS: (Mark | null)[] = [null, "present", "late", "early", "trip", "absent", "rest", ...LEAVE_TYPES];

const arbCase = fc.record({
  month: fc.constantFrom(...MONTHS),
  employees: fc.array(
    fc.record({
      hire: fc.option(fc.integer({ min: -40, max: 35 }), { nil: null }),
      stay: fc.option(fc.integer({ min: 0, max: 60 }), { nil: null }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  records: fc.array(
    fc.record({
      e: fc.nat(3),
      day: fc.integer({ min: 1, max: 31 }),
      am: fc.constantFrom(...MARKS),
      pm: fc.constantFrom(...MARKS),
    }),
    { maxLength: 80 },
  ),
  slips: fc.array(
    fc.record({
      e: fc.nat(3),
      start: fc.integer({ min: -10, max: 33 }),
      length: fc.integer({ min: 0, max: 12 }),
      type: fc.constantFrom(...LEAVE_TYPES),
      half: fc.boolean(),
    }),
    { maxLength: 6 },
  ),
  overtime: fc.array(
    fc.record({
      e: fc.nat(3),
      day: fc.integer({ min: 1, max: 31 }),
      hours: fc.integer({ min: 1, max: 240_000 }),
    }),
    { maxLength: 10 },
  ),
});
type Case = typeof arbCase extends fc.Arbitrary<infer T> ? T : never;

const at = (sheet: string, row: number) => ({ sheet, row, column: "A" });

/** The records a case stands for, as the readers would give them (one record a day, overtime within employment). */
function inputsOf(c: Case): MonthInputs & { month: YearMonth } {
  const start = firstDayOf(c.month);
  const dates = datesOfMonth(c.month);
  const employees: Employee[] = c.employees.map((e, index) => {
    const hireDate = e.hire === null ? null : addDays(start, e.hire);
    return {
      index,
      id: `E${index}`,
      name: `员工${index}`,
      department: index % 2 === 0 ? "客服部" : "工程部",
      position: null,
      hireDate,
      leaveDate: e.stay === null ? null : addDays(hireDate ?? start, e.stay),
      source: at("员工", index + 2),
    };
  });
  const pick = (e: number) => employees[e % employees.length]!;
  const seen = new Set<string>();
  const records: DayRecord[] = [];
  c.records.forEach((r, i) => {
    const date = dates[(r.day - 1) % dates.length]!;
    const employee = pick(r.e);
    const key = `${employee.index}|${date}`;
    if ((r.am === null && r.pm === null) || seen.has(key)) return;
    seen.add(key);
    records.push({ employee, date, marks: { am: r.am, pm: r.pm }, text: "?", source: at("记录", i + 2) });
  });
  const slips: LeaveSlip[] = c.slips.map((s, i) => {
    const from = addDays(start, s.start);
    const to = addDays(from, s.length);
    const working = rangeDates(from, to).filter((d) => calendar.isWorkingDay(d));
    return {
      employee: pick(s.e),
      type: s.type,
      start: from,
      end: to,
      days: null,
      halfDay: s.half ? (working.at(-1) ?? null) : null,
      reason: null,
      source: at("请假单", i + 2),
    };
  });
  const overtime: OvertimeEntry[] = [];
  c.overtime.forEach((o, i) => {
    const date = dates[(o.day - 1) % dates.length]!;
    const employee = pick(o.e);
    if (isEmployedOn(employee, date))
      overtime.push({ employee, date, hours: qtyE4(o.hours), reason: null, source: at("加班", i + 2) });
  });
  return { month: c.month, employees, records, slips, overtime };
}

function rangeDates(from: IsoDate, to: IsoDate): IsoDate[] {
  const out: IsoDate[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

const count = (inputs: MonthInputs & { month: YearMonth }) =>
  countMonth(inputs, { month: inputs.month, calendar, today: "2026-12-31" });

const leaveSum = (e: EmployeeMonth) => LEAVE_TYPES.reduce((sum, t) => sum + e.leave[t], 0);

describe("countMonth properties", () => {
  it("for every employee, present + leave + absent + unrecorded = scheduled = the working days employed", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const inputs = inputsOf(c);
        const result = count(inputs);
        for (const e of result.employees) {
          expect(e.present + leaveSum(e) + e.absent + e.unrecorded).toBe(e.scheduled);
          const employed = datesOfMonth(c.month).filter(
            (d) => isEmployedOn(e.employee, d) && calendar.isWorkingDay(d),
          );
          expect(e.scheduled).toBe(2 * employed.length);
          expect(e.days).toHaveLength(datesOfMonth(c.month).length);
        }
        const listed = inputs.employees.filter((e) => datesOfMonth(c.month).some((d) => isEmployedOn(e, d)));
        expect(result.employees.map((e) => e.employee.index).sort()).toEqual(
          listed.map((e) => e.index).sort(),
        );
      }),
    );
  });

  it("never counts leave on a rest day: slips over rest days only change nothing, rest days hold no leave", () => {
    const restDays = (month: YearMonth) => datesOfMonth(month).filter((d) => !calendar.isWorkingDay(d));
    fc.assert(
      fc.property(
        arbCase,
        fc.array(fc.record({ e: fc.nat(3), i: fc.nat(20) }), { maxLength: 4 }),
        (c, extra) => {
          const inputs = inputsOf(c);
          const before = count(inputs);
          const rest = restDays(c.month);
          const more: LeaveSlip[] = extra.map((x, k) => {
            const date = rest[x.i % rest.length]!;
            return {
              employee: inputs.employees[x.e % inputs.employees.length]!,
              type: LEAVE_TYPES[k % LEAVE_TYPES.length]!,
              start: date,
              end: date,
              days: null,
              halfDay: null,
              reason: null,
              source: at("请假单", 100 + k),
            };
          });
          const after = count({ ...inputs, slips: [...more, ...inputs.slips] });
          const figures = (r: typeof before) =>
            r.employees.map((e) => [
              e.scheduled,
              e.present,
              e.absent,
              e.unrecorded,
              e.leave,
              e.late,
              e.early,
            ]);
          expect(figures(after)).toEqual(figures(before));
          for (const e of after.employees) {
            for (const day of e.days) {
              if (day.scheduled) continue;
              expect(isLeave(day.marks.am) || isLeave(day.marks.pm)).toBe(false);
            }
          }
        },
      ),
    );
  });

  it("counts each leave half once: the slips' days are within the leave counted, and each day shows what it counts", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const result = count(inputsOf(c));
        for (const e of result.employees) {
          const bySlips = result.slips
            .filter((s) => s.slip.employee === e.employee)
            .reduce((n, s) => n + s.halves, 0);
          expect(bySlips).toBeLessThanOrEqual(leaveSum(e));
          let present = 0;
          let trip = 0;
          let leave = 0;
          for (const day of e.days.filter((d) => d.scheduled)) {
            for (const half of [day.marks.am, day.marks.pm]) {
              if (isPresentLike(half)) present++;
              if (half === "trip") trip++;
              if (isLeave(half)) leave++;
            }
            if (day.marks.am !== null && day.marks.pm !== null)
              expect(daySymbol(day.marks, ZH_CN_SYMBOLS)).not.toBe("");
          }
          // A trip half is a present half, counted apart as well.
          expect([present, trip, leave]).toEqual([e.present, e.trip, leaveSum(e)]);
          expect(e.trip).toBeLessThanOrEqual(e.present);
        }
      }),
    );
  });

  it("gives overtime hours by class that add up to the input hours, each entry in its day's class", () => {
    fc.assert(
      fc.property(arbCase, (c) => {
        const inputs = inputsOf(c);
        const result = count(inputs);
        for (const kind of OVERTIME_CLASSES) {
          // 300% only on the days the law names; the other days off (bridging days) and weekends 200%.
          const classOf = (date: IsoDate) =>
            statutoryDay(date) !== undefined
              ? "holiday"
              : calendar.isWorkingDay(date)
                ? "workday"
                : "restday";
          const expected = inputs.overtime
            .filter((o) => classOf(o.date) === kind)
            .reduce((sum, o) => sum + o.hours, 0);
          expect(result.employees.reduce((sum, e) => sum + e.overtime[kind], 0)).toBe(expected);
        }
      }),
    );
  });
});

describe("the job's report, from a status list and leave slips", () => {
  const STATUS = [
    "√",
    "迟",
    "早",
    "旷",
    "事",
    "病",
    "休",
    "事/√",
    "√/病",
    "年/旷",
    "出差",
    "差/√",
    "○",
    null,
  ];

  it("keeps present + leave + absent + unrecorded = scheduled in its decimal strings for every employee", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(2), fc.integer({ min: 1, max: 31 }), fc.constantFrom(...STATUS)), {
          maxLength: 60,
        }),
        fc.array(
          fc.tuple(
            fc.nat(2),
            fc.integer({ min: 1, max: 31 }),
            fc.nat(6),
            fc.constantFrom(null, 0.5, 1, 2, 2.5),
          ),
          {
            maxLength: 5,
          },
        ),
        (rows, slips) => {
          const date = (day: number) => `2026-10-${String(day).padStart(2, "0")}`;
          const result = runJob(
            ATTENDANCE_JOB,
            book(
              sheet("员工", [
                ["工号", "姓名"],
                ["E0", "甲"],
                ["E1", "乙"],
                ["E2", "丙"],
              ]),
              sheet("出勤记录", [
                ["日期", "工号", "状态"],
                ...rows.map(([e, day, status]): CellValue[] => [date(day), `E${e}`, status]),
              ]),
              sheet("请假单", [
                ["工号", "请假类型", "开始日期", "结束日期", "天数"],
                ...slips.map(([e, day, length, days]): CellValue[] => [
                  `E${e}`,
                  "事假",
                  date(day),
                  date(Math.min(31, day + length)),
                  days,
                ]),
              ]),
            ),
            { today: "2026-10-31", lang: "zh-CN", month: "2026-10" },
          );
          for (const e of result.report.employees) {
            const leave = Object.values(e.leave).reduce((sum, v) => sum.plus(v), new Dec(0));
            expect(leave.plus(e.present).plus(e.absent).plus(e.unrecorded).toString()).toBe(e.scheduled);
            expect(e.days).toHaveLength(31);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
