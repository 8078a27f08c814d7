import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { COLON } from "../../i18n/colon";
import type { Lang } from "../../i18n/label";
import { fillText } from "../../i18n/plural";
import { FormSheetBuilder } from "../../sheets/formSheetBuilder";
import { DATE_FORMAT, TEXT_FORMAT } from "../../sheets/formats";
import type { OutCell, SheetSpec } from "../../sheets/sheetSpec";
import { displayWidth } from "../../values/displayWidth";
import { weekday, type IsoDate } from "../../values/isoDate";
import { rosterKey } from "./readHistory";
import type { StaffMember } from "./records";
import type { DutyRosters } from "./roster";
import { DUTY_ROSTER_TEXT as T } from "./texts";

/** Points of a line of the large names (16 pt), and the width a character of them takes in default-font characters. */
const LARGE_LINE_POINTS = 22;
const LARGE_SCALE = 1.5;

/** The weekday of a date in a language (星期三, Wed). */
export function weekdayText(date: IsoDate, lang: Lang): string {
  return T.weekdays[weekday(date)]![lang];
}

/** Names one to a line, as a roster cell shows several people; null for nobody. */
function lines(texts: readonly (string | null)[]): string | null {
  const shown = texts.map((t) => t ?? "");
  return shown.length === 0 || shown.every((t) => t === "") ? null : shown.join("\n");
}

/** The width a column of large names needs: its widest line at 16 pt, in default-font characters. */
function largeWidth(texts: readonly (string | null)[], least: number): number {
  let widest = 0;
  for (const text of texts)
    for (const line of (text ?? "").split("\n")) widest = Math.max(widest, displayWidth(line));
  return Math.max(least, Math.ceil(widest * LARGE_SCALE) + 2);
}

/**
 * Sets the roster rows' name columns in the large style (read from across the room) with rows high enough for
 * their lines of names, and the sheet printed on one page (no manual breaks then): a notice for the office board.
 */
function asNotice(
  spec: SheetSpec,
  rows: readonly { row: number; lines: number }[],
  columns: readonly number[],
): SheetSpec {
  const heights = new Map((spec.rowHeights ?? []).map((h) => [h.row, h.height]));
  for (const { row, lines: count } of rows) {
    for (const column of columns)
      spec.styles.push({ top: row, left: column, bottom: row, right: column, style: "large" });
    heights.set(row, Math.max(heights.get(row) ?? 0, count * LARGE_LINE_POINTS + 4));
  }
  spec.rowHeights = [...heights].map(([row, height]) => ({ row, height })).sort((a, b) => a.row - b.row);
  if (spec.print !== undefined) {
    spec.print.onePage = true;
    delete spec.print.breaks;
  }
  return spec;
}

/**
 * 节假日值班表 of a month: for each holiday beginning in it (a group heading with its days and due date), one row a
 * day - date, weekday, holiday, the duty leaders and the staff on duty in large print, each with their phones (a
 * slot no one could fill shows （空缺） and the row is marked) - then each person's duty days in this roster and this
 * year so far, the rules, and the signatures 制表人 / 部门经理 / 项目负责人. A4 portrait on one page.
 */
export function holidaySheet(rosters: DutyRosters, staff: readonly StaffMember[], lang: Lang): SheetSpec {
  const { month, holiday } = rosters;
  const vacant = T.vacant[lang];
  const people = (indexes: readonly number[], missing: number) => [
    ...indexes.map((i) => staff[i]!),
    ...Array.from({ length: missing }, () => null),
  ];
  const days = holiday.holidays.flatMap((h) => h.days);
  const leaderTexts = days.map((d) =>
    lines(people(d.leaders, d.missingLeaders).map((p) => p?.name ?? vacant)),
  );
  const staffTexts = days.map((d) => lines(people(d.staff, d.missingStaff).map((p) => p?.name ?? vacant)));
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.holidaySheet[lang]} ${month}`,
    key: rosterKey("holiday", month),
    title: T.holidayTitle[lang],
    subtitles: [
      `${T.month[lang]}${COLON[lang]}${month}`,
      ...holiday.holidays.map(({ arrangement: a }) =>
        fillText(T.holidayLine[lang], {
          name: a.names.join("、") || T.aHoliday[lang],
          first: a.first,
          last: a.last,
          days: a.days.length,
          due: a.due,
        }),
      ),
    ],
    columns: [
      { header: T.date[lang], width: 12, format: DATE_FORMAT },
      { header: T.weekday[lang], width: 7 },
      { header: T.holiday[lang], width: 8 },
      { header: T.leaders[lang], width: largeWidth(leaderTexts, 12) },
      { header: T.leaderPhone[lang], width: 13, format: TEXT_FORMAT },
      { header: T.staff[lang], width: largeWidth(staffTexts, 12) },
      { header: T.staffPhone[lang], width: 13, format: TEXT_FORMAT },
    ],
    orientation: "portrait",
  });
  const rosterRows: { row: number; lines: number }[] = [];
  for (const { arrangement, days: rostered } of holiday.holidays) {
    builder.group(
      `${arrangement.names.join("、") || T.aHoliday[lang]}  ${arrangement.first}～${arrangement.last}`,
    );
    for (const day of rostered) {
      const leaders = people(day.leaders, day.missingLeaders);
      const others = people(day.staff, day.missingStaff);
      const cells: OutCell[] = [
        { date: day.date },
        weekdayText(day.date, lang),
        day.holiday,
        lines(leaders.map((p) => p?.name ?? vacant)),
        lines(leaders.map((p) => p?.phone ?? null)),
        lines(others.map((p) => p?.name ?? vacant)),
        lines(others.map((p) => p?.phone ?? null)),
      ];
      const row = builder.row(cells, day.missingLeaders + day.missingStaff > 0 ? "error" : undefined);
      rosterRows.push({ row, lines: Math.max(1, leaders.length, others.length) });
    }
  }
  builder.group(T.countsHeading[lang]);
  builder.row(
    [T.name[lang], T.role[lang], T.thisRoster[lang], T.yearTotal[lang], null, null, null],
    "header",
  );
  for (const person of staff.filter((s) => s.holiday)) {
    const role = person.leader ? T.leaderRole[lang] : T.staffRole[lang];
    builder.row([
      person.name,
      role,
      holiday.counts.get(person.index) ?? 0,
      holiday.yearCounts.get(person.index) ?? 0,
      null,
      null,
      null,
    ]);
  }
  builder.notes([T.holidayNotes[lang]]);
  builder.signatures(T.signatures.map((s) => s[lang]));
  return asNotice(builder.build(), rosterRows, [4, 6]);
}

/**
 * 工程部夜值排班表 of a month: one row a night - date, weekday, 周末 / the holiday's name (调休上班 on a make-up
 * working day), the engineer on duty in large print and their phone, and a remark where the rest was short or no
 * one was free - then each engineer's nights with the weekend and holiday nights among them, the rules, and the
 * signatures 制表人 / 部门经理 / 项目负责人. A4 portrait on one page.
 */
export function nightSheet(
  rosters: DutyRosters,
  staff: readonly StaffMember[],
  due: IsoDate,
  calendar: WorkingCalendar,
  lang: Lang,
): SheetSpec {
  const night = rosters.night!;
  const { month } = rosters;
  const names = night.shifts.map((s) => (s.person === null ? T.vacant[lang] : staff[s.person]!.name));
  const previous = rosters.nightHistory.last;
  const previousDate = previous === null ? undefined : rosters.nightHistory.lastNight.get(previous);
  const builder = new FormSheetBuilder({
    lang,
    name: `${T.nightSheet[lang]} ${month}`,
    key: rosterKey("night", month),
    title: T.nightTitle[lang],
    subtitles: [
      `${T.month[lang]}${COLON[lang]}${month}      ${T.due[lang]}${COLON[lang]}${due}`,
      ...(previous !== null && previousDate !== undefined
        ? [fillText(T.previousLine[lang], { date: previousDate, name: staff[previous]!.name })]
        : []),
    ],
    columns: [
      { header: T.date[lang], width: 12, format: DATE_FORMAT },
      { header: T.weekday[lang], width: 7 },
      { header: T.restDay[lang], width: 12 },
      { header: T.engineer[lang], width: largeWidth(names, 12) },
      { header: T.phone[lang], width: 14, format: TEXT_FORMAT },
      { header: T.remarks[lang], width: 18 },
    ],
    orientation: "portrait",
  });
  const rosterRows: { row: number; lines: number }[] = [];
  night.shifts.forEach((shift, i) => {
    const kind =
      shift.rest === "weekend"
        ? T.weekend[lang]
        : shift.rest === "holiday"
          ? (shift.holiday ?? T.aHoliday[lang])
          : calendar.dayKind(shift.date) === "makeup_workday"
            ? T.makeup[lang]
            : null;
    const remark =
      shift.person === null
        ? T.noEngineer[lang]
        : shift.short !== null
          ? fillText(T.shortGap[lang], { last: shift.short.last, nights: shift.short.nights })
          : null;
    const person = shift.person === null ? null : staff[shift.person]!;
    const row = builder.row(
      [{ date: shift.date }, weekdayText(shift.date, lang), kind, names[i]!, person?.phone ?? null, remark],
      shift.person === null ? "error" : shift.short !== null ? "warning" : undefined,
    );
    rosterRows.push({ row, lines: 1 });
  });
  builder.group(T.countsHeading[lang]);
  builder.row(
    [T.name[lang], T.nights[lang], T.weekendNights[lang], T.holidayNights[lang], null, null],
    "header",
  );
  for (const count of night.counts)
    builder.row([staff[count.person]!.name, count.nights, count.weekend, count.holiday, null, null]);
  builder.notes([fillText(T.nightNotes[lang], { gap: rosters.settings.gap })]);
  builder.signatures(T.signatures.map((s) => s[lang]));
  return asNotice(builder.build(), rosterRows, [4]);
}
