import { memoize } from "../../values/memo";
import { foldTraditional } from "../../values/text";

/** The leave types of a leave slip (请假单), in the order the attendance sheet shows them. */
export const LEAVE_TYPES = ["事假", "病假", "年假", "婚假", "产假", "丧假", "调休"] as const;

/** One leave type. */
export type LeaveType = (typeof LEAVE_TYPES)[number];

/**
 * What one half day (morning or afternoon) was: present, late or early (both present), away on business
 * (`trip`: 出差, 公出, 外勤, 培训; present too, and counted apart), absent, rest, or a leave.
 */
export type Mark = "present" | "late" | "early" | "trip" | "absent" | "rest" | LeaveType;

/** A day as two halves; null where nothing was recorded for that half. A full-day mark fills both halves. */
export interface DayMarks {
  readonly am: Mark | null;
  readonly pm: Mark | null;
}

/** True for the marks that count as present (a late, early-leave or business-trip half is a present half). */
export function isPresentLike(mark: Mark | null): boolean {
  return mark === "present" || mark === "late" || mark === "early" || mark === "trip";
}

/** True for a half worked at the office: present, late or early (a trip half is present elsewhere). */
function isAtWork(mark: Mark | null): boolean {
  return mark === "present" || mark === "late" || mark === "early";
}

/** True for a leave type. */
export function isLeave(mark: Mark | null): mark is LeaveType {
  return mark !== null && (LEAVE_TYPES as readonly string[]).includes(mark);
}

const WORDS: ReadonlyArray<[Mark, readonly string[]]> = [
  ["present", ["√", "✓", "✔", "☑", "v", "出勤", "正常", "到", "到岗", "上班", "present"]],
  ["late", ["迟", "迟到", "late", "l"]],
  ["early", ["早", "早退", "early", "leftearly", "e"]],
  ["trip", ["差", "出差", "公出", "外勤", "培训", "trip", "businesstrip", "bt", "training", "fieldwork"]],
  ["absent", ["旷", "旷工", "×", "✗", "✘", "absent", "a"]],
  ["rest", ["休", "休息", "公休", "轮休", "rest", "off", "r"]],
  ["事假", ["事", "事假", "personal", "personalleave", "pl"]],
  ["病假", ["病", "病假", "sick", "sickleave", "sl"]],
  ["年假", ["年", "年假", "年休", "年休假", "带薪年假", "annual", "annualleave", "al"]],
  ["婚假", ["婚", "婚假", "marriage", "marriageleave", "ml"]],
  ["产假", ["产", "产假", "陪产假", "maternity", "maternityleave", "paternity", "paternityleave", "ma"]],
  ["丧假", ["丧", "丧假", "bereavement", "bereavementleave", "bl"]],
  ["调休", ["调", "调休", "补休", "timeoffinlieu", "toil", "to"]],
];

const MARK_OF: ReadonlyMap<string, Mark> = new Map(
  WORDS.flatMap(([mark, words]) => words.map((word): [string, Mark] => [word, mark])),
);

/** Placeholders a clerk writes where nothing is to be recorded (before a hire date, after leaving). */
const NOTHING = new Set(["/", "-", "--", "—", "——", "无", "未入职", "已离职"]);

/** Full-day words naming two different halves: late in the morning and early in the afternoon. */
const LATE_AND_EARLY = new Set(["迟早", "迟到早退"]);

/** The matching form of a status text: NFKC, no white space, Traditional folded, Latin lower-cased. @example statusKey(" 遲到 ") === "迟到" */
export function statusKey(text: string): string {
  return foldTraditional(text.normalize("NFKC").replace(/\s+/gu, "")).toLowerCase();
}

/** The mark a single word names, or undefined. @example markOf("迟到") === "late" */
export function markOf(word: string): Mark | undefined {
  return MARK_OF.get(statusKey(word));
}

/** The leave type a slip's type cell names (事假, 事, 病假, Sick leave...), or null. @example leaveTypeOf("年休假") === "年假" */
export function leaveTypeOf(text: string): LeaveType | null {
  const mark = markOf(text);
  return isLeave(mark ?? null) ? (mark as LeaveType) : null;
}

/**
 * The day a status cell records, or null when the text is no known status. A full-day `迟` is late in the
 * morning and present in the afternoon, `早` the other way round; `事/√` is a morning of 事假 and an
 * afternoon present; an empty half (`事/`) records nothing for that half, nor do placeholders (`/`, `-`, 未入职).
 * Results are shared between calls (status texts repeat all over a sheet): never change one.
 * @example parseStatus("事/√") → { am: "事假", pm: "present" }
 */
export const parseStatus: (text: string) => DayMarks | null = memoize(readStatus);

function readStatus(text: string): DayMarks | null {
  const key = statusKey(text);
  if (key === "" || NOTHING.has(key)) return { am: null, pm: null };
  if (LATE_AND_EARLY.has(key)) return { am: "late", pm: "early" };
  const parts = key.split("/");
  if (parts.length === 1) {
    const mark = MARK_OF.get(key);
    return mark === undefined ? null : wholeDayMarks(mark);
  }
  if (parts.length !== 2) return null;
  const [am, pm] = parts.map((part) => (part === "" ? null : (MARK_OF.get(part) ?? undefined)));
  if (am === undefined || pm === undefined || (am === null && pm === null)) return null;
  return { am, pm };
}

/** The placeholders a clerk writes where nothing is to be recorded: true for `/`, `-`, 无, 未入职… (status keys). */
export function isPlaceholder(key: string): boolean {
  return NOTHING.has(key);
}

/** The whole-day words that name a late morning and an early afternoon (迟早, 迟到早退; status keys). */
export function isLateAndEarly(key: string): boolean {
  return LATE_AND_EARLY.has(key);
}

/**
 * A whole day recorded with one mark: late is a late morning and an afternoon present, early the other way
 * round; any other mark fills both halves. @example wholeDayMarks("late") → { am: "late", pm: "present" }
 */
export function wholeDayMarks(mark: Mark): DayMarks {
  if (mark === "late") return { am: "late", pm: "present" };
  if (mark === "early") return { am: "present", pm: "early" };
  return { am: mark, pm: mark };
}

/**
 * True for the built-in symbols whose meaning is an absence by convention only (×, ✗, ✘, a), not a word that
 * says so (旷, 旷工): read without a legend, the issues say which meaning was used. Takes a status key.
 */
export function isConventionalAbsence(key: string): boolean {
  return CONVENTIONAL_ABSENCE.has(key);
}

const CONVENTIONAL_ABSENCE = new Set(["×", "✗", "✘", "a"]);

/** The symbols one language writes on the attendance sheet, one per mark. */
export type SymbolSet = Readonly<Record<Mark, string>>;

/** The day symbols (√ 迟 早 差 旷 事 病 年 婚 产 丧 调 休; docs/jobs/attendance.md#day-symbols), as the JSON report's `days` gives them. */
export const ZH_CN_SYMBOLS: SymbolSet = {
  present: "√",
  late: "迟",
  early: "早",
  trip: "差",
  absent: "旷",
  rest: "休",
  事假: "事",
  病假: "病",
  年假: "年",
  婚假: "婚",
  产假: "产",
  丧假: "丧",
  调休: "调",
};

/**
 * The symbol of a recorded day: one symbol when both halves agree (a late or early day is `迟` / `早`,
 * late and early `迟/早`), else `morning/afternoon` such as `事/√` or `差/√`; empty when nothing is recorded.
 * @example daySymbol({ am: "事假", pm: "present" }, ZH_CN_SYMBOLS) === "事/√"
 */
export function daySymbol(day: DayMarks, symbols: SymbolSet): string {
  const { am, pm } = day;
  if (am === null && pm === null) return "";
  if (isAtWork(am) && isAtWork(pm)) {
    const late = am === "late" || pm === "late";
    const early = am === "early" || pm === "early";
    if (late && early) return `${symbols.late}/${symbols.early}`;
    return late ? symbols.late : early ? symbols.early : symbols.present;
  }
  if (am === pm) return symbols[am!];
  return `${am === null ? "" : symbols[am]}/${pm === null ? "" : symbols[pm]}`;
}
