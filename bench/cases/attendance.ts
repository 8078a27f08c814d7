import { DuckDBDateValue } from "@duckdb/node-api";
import type { DuckDBValue } from "@duckdb/node-api";
import { BENCH_MONTH, makeAttendanceBench, type AttendanceBench } from "../data/attendanceRecords";
import { DuckBaseline } from "../duckdb";
import type { BenchCase } from "../harness";
import { ATTENDANCE_JOB } from "../../core/jobs/attendance/job";
import { runJob } from "../../core/jobs/registry";
import type { AttendanceReport } from "../../core/jobs/attendance/report";
import { lastDayOf, toDayNumber } from "../../core/values/isoDate";

/** Per employee ID: half days scheduled, present, on leave, absent, unrecorded; days late; overtime by class (hours x 10,000). */
type Figures = Map<string, number[]>;

const CLASSES = ["workday", "restday", "holiday"] as const;

/**
 * Each scheduled (working) day of each employee: the slip's symbol when a slip covers it (slips win over
 * the record), else the record's status, else NULL (unrecorded); then the counts in half days per employee,
 * and the overtime hours per employee and class of the day.
 */
const DAYS_SQL = `
WITH sched AS (SELECT e.id, e.employee, c.d FROM emp e CROSS JOIN cal c WHERE c.working),
slipday AS (SELECT s.employee, c.d, s.symbol FROM slips s JOIN cal c ON c.d BETWEEN s.start_d AND s.end_d WHERE c.working),
day AS (
  SELECT sc.id, COALESCE(sd.symbol, r.status) AS st
  FROM sched sc
  LEFT JOIN slipday sd ON sd.employee = sc.employee AND sd.d = sc.d
  LEFT JOIN records r ON r.employee = sc.employee AND r.d = sc.d)
SELECT id,
  COUNT(*) * 2,
  SUM(CASE WHEN st IN ('√', '迟', '早') THEN 2 WHEN st = '事/√' THEN 1 ELSE 0 END),
  SUM(CASE WHEN st IN ('事', '病') THEN 2 WHEN st = '事/√' THEN 1 ELSE 0 END),
  SUM(CASE WHEN st = '旷' THEN 2 ELSE 0 END),
  SUM(CASE WHEN st IS NULL THEN 2 ELSE 0 END),
  SUM(CASE WHEN st = '迟' THEN 1 ELSE 0 END)
FROM day GROUP BY id`;

const OVERTIME_SQL = `
SELECT e.id, c.cls, SUM(o.hours) FROM overtime o JOIN emp e ON e.employee = o.employee JOIN cal c ON c.d = o.d
GROUP BY e.id, c.cls`;

const databases = new WeakMap<AttendanceBench, DuckBaseline>();
const halves = (days: string) => Math.round(Number(days) * 2);
const num = (value: DuckDBValue | undefined) => Number(String(value ?? 0));

function coreFigures(report: AttendanceReport): Figures {
  return new Map(
    report.employees.map((e) => [
      e.id ?? e.name,
      [
        halves(e.scheduled),
        halves(e.present),
        Object.values(e.leave).reduce((sum, days) => sum + halves(days), 0),
        halves(e.absent),
        halves(e.unrecorded),
        e.late,
        ...CLASSES.map((c) => Math.round(Number(e.overtime[c]) * 10_000)),
      ],
    ]),
  );
}

/** The attendance job on a large staff, from cell grids to report and sheets, against DuckDB joining days, slips and records. */
export const attendance: BenchCase<AttendanceBench, AttendanceReport, Figures> = {
  name: "attendance",
  description:
    "a status list of employees x the 31 days of October 2026 (size = rows; 62,000 = 2,000 employees), with " +
    "whole-day 事假/病假 slips for one employee in twenty and overtime for one in five (makeAttendanceBench); " +
    "core: runJob(attendance) from cell grids to report and the three sheets (header finding, cell parsing, " +
    "employee matching, the working calendar, slips over records, half days, overtime classes, 考勤表 / 请假汇总 / " +
    "加班汇总); baseline: DuckDB over the same records loaded untimed - working days x employees, the slip's " +
    "symbol over the record's status, counts per employee in half days, overtime per employee and day class",
  sizes: [6_200, 62_000, 310_000],
  make: makeAttendanceBench,
  runCore: (data) =>
    runJob(ATTENDANCE_JOB, data.book, { today: lastDayOf(BENCH_MONTH), lang: "zh-CN", month: BENCH_MONTH })
      .report,
  baseline: {
    label: "DuckDB joins",
    async setup(data) {
      const db = await DuckBaseline.create();
      const date = (iso: string) => new DuckDBDateValue(toDayNumber(iso));
      await db.load("CREATE TABLE emp (employee INTEGER, id VARCHAR)", "emp", (a) => {
        for (let e = 0; e < data.employees; e++) {
          a.appendInteger(e);
          a.appendVarchar(`YG${String(e + 1).padStart(5, "0")}`);
          a.endRow();
        }
      });
      await db.load("CREATE TABLE cal (d DATE, working BOOLEAN, cls VARCHAR)", "cal", (a) => {
        for (const day of data.calendar) {
          a.appendDate(date(day.date));
          a.appendBoolean(day.working);
          a.appendVarchar(day.class);
          a.endRow();
        }
      });
      await db.load("CREATE TABLE records (employee INTEGER, d DATE, status VARCHAR)", "records", (a) => {
        for (const r of data.statuses) {
          a.appendInteger(r.employee);
          a.appendDate(date(r.date));
          a.appendVarchar(r.status);
          a.endRow();
        }
      });
      await db.load(
        "CREATE TABLE slips (employee INTEGER, start_d DATE, end_d DATE, symbol VARCHAR)",
        "slips",
        (a) => {
          for (const s of data.slips) {
            a.appendInteger(s.employee);
            a.appendDate(date(s.start));
            a.appendDate(date(s.end));
            a.appendVarchar(s.symbol);
            a.endRow();
          }
        },
      );
      await db.load("CREATE TABLE overtime (employee INTEGER, d DATE, hours BIGINT)", "overtime", (a) => {
        for (const o of data.overtime) {
          a.appendInteger(o.employee);
          a.appendDate(date(o.date));
          a.appendBigInt(BigInt(o.hoursE4));
          a.endRow();
        }
      });
      databases.set(data, db);
    },
    async run(data) {
      const db = databases.get(data)!;
      const figures: Figures = new Map();
      for (const [id, ...counts] of await db.query(DAYS_SQL))
        figures.set(String(id), [...counts.map(num), 0, 0, 0]);
      for (const [id, cls, hours] of await db.query(OVERTIME_SQL)) {
        const row = figures.get(String(id));
        if (row !== undefined) row[6 + CLASSES.indexOf(String(cls) as (typeof CLASSES)[number])] = num(hours);
      }
      return figures;
    },
    async teardown(data) {
      databases.get(data)?.close();
      databases.delete(data);
    },
  },
  check(core, baseline) {
    const mine = coreFigures(core);
    const problems: string[] = [];
    if (mine.size !== baseline.size) problems.push(`employees: core ${mine.size}, DuckDB ${baseline.size}`);
    for (const [id, figures] of mine) {
      const theirs = baseline.get(id);
      if (theirs === undefined || theirs.some((v, i) => v !== figures[i]))
        problems.push(`${id}: core ${figures.join(",")}, DuckDB ${theirs?.join(",") ?? "-"}`);
      if (problems.length > 5) break;
    }
    if (problems.length > 0) throw new Error(`attendance: core and DuckDB disagree - ${problems.join("; ")}`);
  },
  figures(report) {
    const t = report.totals;
    return (
      `${t.employees.toLocaleString("en")} employees x ${report.workingDays} working days; present ${t.present}, ` +
      `leave ${Object.values(t.leave).reduce((s, d) => s + Number(d), 0)}, absent ${t.absent}, ` +
      `unrecorded ${t.unrecorded}, late ${t.late}; overtime ${t.overtime.workday}/${t.overtime.restday}/${t.overtime.holiday} h`
    );
  },
};
