import { COLON } from "../../i18n/colon";
import type { Label, Lang } from "../../i18n/label";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import {
  FormSheetBuilder,
  type ColumnSums,
  type FormColumn,
  type HeaderGroup,
} from "../../sheets/formSheetBuilder";
import type { OutCell, SheetSpec, StyleBlock } from "../../sheets/sheetSpec";
import { datesOfMonth, weekday } from "../../values/isoDate";
import { QUANTITY_FORMAT } from "../../sheets/formats";
import { qtyNumber } from "../../values/quantity";
import { normalizeKey } from "../../values/text";
import { OVERTIME_CLASSES, type EmployeeMonth, type MonthResult } from "./countMonth";
import { dayList } from "./dayList";
import { LEAVE_TYPES } from "./marks";
import { reportSymbol, totalCounts } from "./report";
import { ATTENDANCE_TEXT as T, LEAVE_TYPE_TEXT, SYMBOLS } from "./texts";

/** What the attendance sheet shows besides the counted month. */
export interface AttendanceSheetArgs {
  lang: Lang;
  project: string | null;
  calendar: WorkingCalendar;
}

/** `label：value` in Chinese, `label: value` in English. */
export function pair(text: string, value: string | number, lang: Lang): string {
  return `${text}${COLON[lang]}${value}`;
}

/** The figures after the day columns, in order: value of a counted month, and whether 0 shows as blank. */
const FIGURES: readonly { header: (lang: Lang) => string; of: (e: Totals) => number; blankZero: boolean }[] =
  [
    { header: (l) => T.scheduled[l], of: (e) => e.scheduled / 2, blankZero: false },
    { header: (l) => T.present[l], of: (e) => e.present / 2, blankZero: false },
    { header: (l) => T.trip[l], of: (e) => e.trip / 2, blankZero: true },
    ...LEAVE_TYPES.map((type) => ({
      header: (l: Lang) => LEAVE_TYPE_TEXT[type][l],
      of: (e: Totals) => e.leave[type] / 2,
      blankZero: true,
    })),
    { header: (l) => T.absent[l], of: (e) => e.absent / 2, blankZero: true },
    { header: (l) => T.unrecorded[l], of: (e) => e.unrecorded / 2, blankZero: true },
    { header: (l) => T.late[l], of: (e) => e.late, blankZero: true },
    { header: (l) => T.early[l], of: (e) => e.early, blankZero: true },
    ...OVERTIME_CLASSES.map((kind) => ({
      header: (l: Lang) =>
        (kind === "workday" ? T.workdayOvertime : kind === "restday" ? T.restdayOvertime : T.holidayOvertime)[
          l
        ],
      of: (e: Totals) => qtyNumber(e.overtime[kind]),
      blankZero: true,
    })),
  ];

type Totals = Pick<
  EmployeeMonth,
  "scheduled" | "present" | "trip" | "absent" | "unrecorded" | "leave" | "late" | "early" | "overtime"
>;

/** Columns before the days: 序号, 工号, 姓名, 岗位. */
const LEAD = 4;

/**
 * 考勤表 YYYY-MM: one row per employee grouped by department, a column per day (day number over the
 * weekday; rest days and holidays shaded, the headers of statutory days in yellow, unrecorded scheduled
 * days in orange), the day symbols, then scheduled, present, of them away on business, each leave type,
 * absent, unrecorded, late,
 * early and overtime hours by class as numbers; department subtotals and the grand total as SUBTOTAL
 * formulas; legend, holiday notes (each day off's class) and the signature lines 制表人 / 项目负责人 /
 * 副总经理; A4 landscape, one page wide.
 */
export function attendanceSheet(result: MonthResult, args: AttendanceSheetArgs): SheetSpec {
  const { lang, calendar } = args;
  const symbols = SYMBOLS[lang];
  const dates = datesOfMonth(result.month);
  const n = dates.length;
  const firstFigure = LEAD + n + 1;
  const weekdays = T.weekdays[lang];
  const columns: FormColumn[] = [
    { header: T.index[lang], width: 4 },
    { header: T.id[lang], width: 7 },
    { header: T.name[lang], width: 8 },
    { header: T.position[lang], width: 9 },
    ...dates.map((date) => ({ header: weekdays[weekday(date)] ?? "", width: 3.6 })),
    ...FIGURES.map((f) => ({ header: f.header(lang), width: 5, format: QUANTITY_FORMAT })),
    { header: T.remarks[lang], width: 10 },
  ];
  const leaveFirst = firstFigure + 3;
  const countsFirst = leaveFirst + LEAVE_TYPES.length + 2;
  const overtimeFirst = countsFirst + 2;
  const headerGroups: HeaderGroup[] = [
    ...dates.map((_, i) => ({ label: String(i + 1), first: LEAD + 1 + i, last: LEAD + 1 + i })),
    { label: T.leaveGroup[lang], first: leaveFirst, last: leaveFirst + LEAVE_TYPES.length - 1 },
    { label: T.countsGroup[lang], first: countsFirst, last: countsFirst + 1 },
    { label: T.overtimeGroup[lang], first: overtimeFirst, last: overtimeFirst + OVERTIME_CLASSES.length - 1 },
  ];
  const subtitle = [
    pair(T.month[lang], result.month, lang),
    pair(T.workingDays[lang], `${result.workingDays.length} ${T.daysUnit[lang]}`, lang),
  ].join("      ");
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.attendanceSheet[lang]} ${result.month}`,
    key: `attendance/sheet/${result.month}`,
    title: T.attendanceTitle[lang],
    project: args.project ?? undefined,
    subtitles: [subtitle, T.legend[lang]],
    columns,
    headerGroups,
    orientation: "landscape",
    freezeColumns: 3,
  });
  const sums = (totals: Totals): ColumnSums => {
    const out: ColumnSums = {};
    FIGURES.forEach((f, i) => (out[firstFigure + i] = f.of(totals)));
    return out;
  };
  const unrecordedCells: StyleBlock[] = [];
  const bodyStart = builder.nextRow;
  let seq = 0;
  for (const group of departments(result.employees)) {
    const name = group.department ?? T.noDepartment[lang];
    builder.group(name);
    for (const e of group.employees) {
      const row = builder.nextRow;
      e.days.forEach((day, i) => {
        if (day.scheduled && (day.marks.am === null || day.marks.pm === null)) {
          const column = LEAD + 1 + i;
          unrecordedCells.push({ top: row, bottom: row, left: column, right: column, style: "warning" });
        }
      });
      builder.row([
        ++seq,
        e.employee.id,
        e.employee.name,
        e.employee.position,
        ...e.days.map((day) => reportSymbol(day, symbols)),
        ...FIGURES.map((f): OutCell => {
          const value = f.of(e);
          return value === 0 && f.blankZero ? null : value;
        }),
        remarks(e, lang),
      ]);
    }
    builder.subtotal(T.subtotal[lang].replace("{d}", name), sums(totalCounts(group.employees)), 2);
  }
  const bodyEnd = builder.nextRow - 1;
  builder.total(T.total[lang], sums(totalCounts(result.employees)), 2);
  const notes = [T.shadingNote[lang], ...holidayNotes(dates, calendar, lang)];
  if (unrecordedCells.length > 0) notes.push(T.unrecordedNote[lang]);
  builder.notes(notes);
  builder.signatures(T.signatures.map((s) => s[lang]));
  const spec = builder.build();
  const shaded: StyleBlock[] = [];
  if (bodyEnd >= bodyStart) {
    dates.forEach((date, i) => {
      if (calendar.isWorkingDay(date)) return;
      const column = LEAD + 1 + i;
      shaded.push({ top: bodyStart, bottom: bodyEnd, left: column, right: column, style: "subtotal" });
    });
  }
  const statutoryHeaders: StyleBlock[] = [];
  dates.forEach((date, i) => {
    if (!calendar.isStatutory(date)) return;
    const column = LEAD + 1 + i;
    statutoryHeaders.push({
      top: bodyStart - 2,
      bottom: bodyStart - 1,
      left: column,
      right: column,
      style: "highlight",
    });
  });
  spec.styles = [...shaded, ...spec.styles, ...statutoryHeaders, ...unrecordedCells];
  return spec;
}

/** Employees by department (same spelling after folding), in the counted order. */
export function departments(
  employees: readonly EmployeeMonth[],
): { department: string | null; employees: EmployeeMonth[] }[] {
  const groups: { key: string; department: string | null; employees: EmployeeMonth[] }[] = [];
  for (const e of employees) {
    const key = normalizeKey(e.employee.department ?? "");
    const last = groups.at(-1);
    if (last !== undefined && last.key === key) last.employees.push(e);
    else groups.push({ key, department: e.employee.department, employees: [e] });
  }
  return groups;
}

function remarks(e: EmployeeMonth, lang: Lang): string | null {
  const parts: string[] = [];
  const { hireDate, leaveDate } = e.employee;
  const month = e.days[0]?.date.slice(0, 7);
  if (hireDate !== null && hireDate.slice(0, 7) === month)
    parts.push(T.hired[lang].replace("{date}", hireDate.slice(5)));
  if (leaveDate !== null && leaveDate.slice(0, 7) === month)
    parts.push(T.left[lang].replace("{date}", leaveDate.slice(5)));
  return parts.length === 0 ? null : parts.join(lang === "en" ? "; " : "；");
}

/**
 * One line per holiday and class of the month: its days, name and overtime class (statutory days off 300%,
 * other days off 200%, a law's day declared working 300%), in the order of their first day; then one per
 * make-up working day.
 */
function holidayNotes(dates: readonly string[], calendar: WorkingCalendar, lang: Lang): string[] {
  const groups = new Map<string, { text: Label; name: string; days: number[] }>();
  const lines: string[] = [];
  dates.forEach((date, i) => {
    const kind = calendar.dayKind(date);
    const text =
      kind === "statutory"
        ? T.statutoryNote
        : kind === "holiday"
          ? T.restDayNote
          : calendar.isStatutory(date)
            ? T.statutoryWorkdayNote
            : null;
    if (text === null) return;
    const name = calendar.holidayName(date) ?? "";
    const key = `${kind}|${name}`;
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { text, name, days: [i + 1] });
    else group.days.push(i + 1);
  });
  const month = dates[0]?.slice(5, 7) ?? "";
  const show = (day: number) => `${month}-${String(day).padStart(2, "0")}`;
  for (const { text, name, days } of groups.values()) {
    lines.push(
      text[lang].replace("{dates}", dayList(days, show)).replace("{name}", name === "" ? "" : ` ${name}`),
    );
  }
  for (const date of dates) {
    if (calendar.dayKind(date) !== "makeup_workday") continue;
    lines.push(
      T.makeupNote[lang]
        .replace("{date}", date.slice(5))
        .replace("{weekday}", T.weekdays[lang][weekday(date)] ?? ""),
    );
  }
  return lines;
}
