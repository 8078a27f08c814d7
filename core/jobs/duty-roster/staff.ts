import { memoize } from "../../values/memo";
import { normalizeHeader, normalizeKey } from "../../values/text";
import type { DutyScope } from "./records";

/** Position words that make a holiday duty leader (值班领导) where no 值班类别 says otherwise. */
const LEADER_POSITIONS = ["经理", "主管", "主任", "负责人", "manager", "supervisor", "director", "head"];
/** Department and position words of the engineering night rotation. */
const ENGINEERING_DEPARTMENTS = ["工程", "engineering", "maintenance"];
const ENGINEERING_POSITIONS = ["工程", "维修", "电工", "engineer", "maintenance", "electrician"];

const YES = new Set([
  "是",
  "y",
  "yes",
  "√",
  "✓",
  "✔",
  "可",
  "可以",
  "能",
  "参加",
  "值班",
  "true",
  "1",
  "ok",
  "○",
]);
const NO = new Set([
  "否",
  "n",
  "no",
  "×",
  "✗",
  "x",
  "不",
  "不可",
  "不能",
  "不参加",
  "不值班",
  "免",
  "false",
  "0",
  "-",
  "—",
]);
const LEADER_CLASSES = new Set([
  "领导",
  "值班领导",
  "带班",
  "带班领导",
  "管理",
  "管理人员",
  "经理",
  "主管",
  "leader",
  "manager",
]);
const STAFF_CLASSES = new Set(["员工", "值班人员", "值班员", "普通", "职员", "人员", "staff", "employee"]);

/**
 * Which duties a 可值班 cell allows: empty or yes (是, √, Y) both; no (否, ×, N) none; 节假日 holiday duty only; 夜班
 * night shifts only (an engineer's); 不值夜班 / 不值节假日 the other one; null for a text that says none of these.
 * @example dutyScope("节假日") // { holiday: true, night: false }
 */
export const dutyScope: (text: string | null) => DutyScope | null = memoize((text: string | null) => {
  if (text === null) return { holiday: true, night: true };
  const word = normalizeHeader(text);
  if (word === "" || YES.has(word)) return { holiday: true, night: true };
  const holiday = word.includes("节") || word.includes("假") || word.includes("holiday");
  const night = word.includes("夜") || word.includes("night");
  if (NO.has(word) || word.startsWith("不") || word.startsWith("否") || word.startsWith("no")) {
    // 不值夜班: holiday duty only; 不值节假日: night shifts only; 不值班: none
    return { holiday: night && !holiday, night: holiday && !night };
  }
  return holiday || night ? { holiday, night } : null;
});

/** A 值班类别 cell: leader (领导), staff (员工), or null for empty or unknown text (the position then decides). */
export function dutyClassOf(text: string | null): "leader" | "staff" | null {
  if (text === null) return null;
  const word = normalizeHeader(text);
  if (LEADER_CLASSES.has(word)) return "leader";
  return STAFF_CLASSES.has(word) ? "staff" : null;
}

/** True for a position that leads holiday duty: 经理, 主管, 主任, 负责人 (项目经理, 工程主管, 客服主任…). @example isLeaderPosition("工程主管") === true */
export function isLeaderPosition(position: string | null): boolean {
  if (position === null) return false;
  const text = normalizeHeader(position);
  return LEADER_POSITIONS.some((word) => text.includes(word));
}

/**
 * True for a person on the engineering night rotation by department (工程部, 工程维修部) or position (工程, 维修,
 * 电工: 水电工, 维修工). @example isEngineer("客服部", "水电工") === true
 */
export function isEngineer(department: string | null, position: string | null): boolean {
  const dept = department === null ? "" : normalizeHeader(department);
  const post = position === null ? "" : normalizeHeader(position);
  return (
    ENGINEERING_DEPARTMENTS.some((word) => dept.includes(word)) ||
    ENGINEERING_POSITIONS.some((word) => post.includes(word))
  );
}

/**
 * The employee ID as matched: NFKC, no spaces, upper case, leading zeros dropped from an all-digit ID (a typed
 * `007` and a number cell 7 name the same person). @example idKey(" a007 ") === "A007"
 */
export const idKey: (id: string) => string = memoize((id: string) => {
  const key = normalizeKey(id).toUpperCase();
  return /^\d+$/u.test(key) ? key.replace(/^0+(?=\d)/u, "") : key;
});

/** The key a name is matched on (NFKC, no spaces, Traditional folded, Latin lower-cased). */
export function nameKey(name: string): string {
  return foldName(name);
}

const foldName = memoize((name: string) => normalizeHeader(normalizeKey(name)));
