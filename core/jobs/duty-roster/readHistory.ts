import type { Issue } from "../../issues";
import type { WorkingCalendar } from "../../calendar/workingCalendar";
import { HeaderMatcher } from "../../table/headerMatcher";
import { readTable } from "../../table/readTable";
import type { CellValue, SheetData } from "../../table/sheetData";
import { parseDateCell } from "../../values/dateCell";
import { firstDayOf, monthOf, type IsoDate, type YearMonth } from "../../values/isoDate";
import { normalizeHeader } from "../../values/text";
import { DUTY_HISTORY_TABLE } from "./inputs";
import { isHolidayDayOff } from "./period";
import type { HistoryDuty, HistoryKind, StaffMember } from "./records";
import { nameKey } from "./staff";

/** Ownership-key prefix of the roster sheets this job writes: `duty-roster/holiday/2026-10`, `duty-roster/night/2026-10`. */
export const DUTY_ROSTER_KEY = "duty-roster/";

/** The ownership key of a roster sheet of a kind and month. */
export function rosterKey(kind: HistoryKind, month: YearMonth): string {
  return `${DUTY_ROSTER_KEY}${kind}/${month}`;
}

const OWN_KEY = /^duty-roster\/(holiday|night)\/(\d{4}-\d{2})$/u;
const NAME_SEPARATORS = /[、,，;；/／\n]+|\s+/u;

/**
 * The duties of the rosters before `month` found in the workbook, per person of the staff list: PropDesk's own
 * earlier roster sheets (节假日值班表 / 工程部夜值排班表 of earlier months), then the rosters kept by hand
 * ({@link DUTY_HISTORY_TABLE}) for the months and kinds no own sheet covers. A hand-kept row is a night shift
 * or holiday duty as its 班次 says (夜 / 节、假、白), else as its sheet's name says (夜班 / 节假日), else a holiday
 * duty when it names a duty leader or falls on a holiday day off, else a night shift. A cell may name several
 * people (`张三、李四`); names not on the staff list (people who have left) are passed over.
 */
export function readHistory(args: {
  own: readonly SheetData[];
  kept: readonly SheetData[];
  staff: readonly StaffMember[];
  calendar: WorkingCalendar;
  month: YearMonth;
  date1904: boolean;
}): { duties: HistoryDuty[]; issues: Issue[] } {
  const { staff, calendar, month, date1904 } = args;
  const before = firstDayOf(month);
  const byName = new Map<string, number[]>();
  for (const person of staff) {
    const key = nameKey(person.name);
    byName.set(key, [...(byName.get(key) ?? []), person.index]);
  }
  const peopleIn = (text: string | null): number[] => {
    if (text === null) return [];
    const whole = byName.get(nameKey(text));
    if (whole !== undefined) return whole;
    return text
      .split(NAME_SEPARATORS)
      .flatMap((part) => (part === "" ? [] : (byName.get(nameKey(part)) ?? [])));
  };
  const duties: HistoryDuty[] = [];
  const covered = new Set<string>();
  for (const sheet of args.own) {
    const match = OWN_KEY.exec(sheet.ownerKey ?? "");
    if (match === null) continue;
    const kind = match[1] as HistoryKind;
    const sheetMonth = match[2]!;
    if (sheetMonth >= month) continue;
    covered.add(`${kind}/${sheetMonth}`);
    for (const { date, people } of ownRows(sheet, date1904))
      for (const text of people) for (const person of peopleIn(text)) duties.push({ date, kind, person });
  }
  const issues: Issue[] = [];
  for (const sheet of args.kept) {
    const read = readTable(sheet, DUTY_HISTORY_TABLE, { date1904, near: month });
    issues.push(...read.issues);
    const named = kindOfName(sheet.name);
    for (const row of read.rows) {
      const { date, person, leader, shift } = row.values;
      if (date === null || date >= before) continue;
      const kind: HistoryKind =
        kindOfShift(shift) ??
        named ??
        (leader !== null || isHolidayDayOff(calendar, date) ? "holiday" : "night");
      if (covered.has(`${kind}/${monthOf(date)}`)) continue;
      for (const text of kind === "holiday" ? [leader, person] : [person])
        for (const index of peopleIn(text)) duties.push({ date, kind, person: index });
    }
  }
  return { duties, issues };
}

/** The kind a 班次 cell names, or null. */
function kindOfShift(text: string | null): HistoryKind | null {
  if (text === null) return null;
  const word = normalizeHeader(text);
  if (word.includes("夜") || word.includes("night")) return "night";
  if (["节", "假", "白", "日班", "holiday", "day"].some((w) => word.includes(w))) return "holiday";
  return null;
}

/** The kind a sheet's name names (`10月夜班表`, `国庆值班`... only the first two are told), or null. */
function kindOfName(name: string): HistoryKind | null {
  const word = normalizeHeader(name);
  if (word.includes("夜") || word.includes("night")) return "night";
  if (word.includes("节假") || word.includes("假日") || word.includes("holiday")) return "holiday";
  return null;
}

/**
 * The dated rows of a roster sheet PropDesk wrote, as it wrote them: below the header, each row whose date cell
 * holds a date, with the texts of its duty leader and on-duty cells (the count table below has names where the
 * dates are, so it gives none).
 */
function ownRows(sheet: SheetData, date1904: boolean): { date: IsoDate; people: (string | null)[] }[] {
  const matcher = new HeaderMatcher(DUTY_HISTORY_TABLE);
  const rows = sheet.values;
  let header = -1;
  let columns = new Map<string, number>();
  for (let i = 0; i < Math.min(rows.length, 30) && header < 0; i++) {
    const found = new Map<string, number>();
    (rows[i] ?? []).forEach((cell, c) => {
      const column = matcher.match(cell);
      if (column !== undefined && !found.has(column.key)) found.set(column.key, c);
    });
    if (found.has("date") && found.has("person")) {
      header = i;
      columns = found;
    }
  }
  if (header < 0) return [];
  const text = (cell: CellValue | undefined): string | null =>
    typeof cell === "string" && cell.trim() !== "" ? cell.trim() : null;
  const out: { date: IsoDate; people: (string | null)[] }[] = [];
  for (const row of rows.slice(header + 1)) {
    const parsed = parseDateCell(row[columns.get("date")!] ?? null, { date1904 });
    if (!parsed.ok || parsed.value === null) continue;
    const leader = columns.has("leader") ? text(row[columns.get("leader")!]) : null;
    out.push({ date: parsed.value, people: [leader, text(row[columns.get("person")!])] });
  }
  return out;
}
