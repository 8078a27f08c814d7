import { normalizeHeader } from "../../values/text";

/**
 * What one grid row of a person holds: the whole day (`day`), the morning (`am`, a 上午 row), the afternoon
 * (`pm`, a 下午 row) or overtime hours per day (`overtime`, a 加班 row).
 */
export type RowPart = "day" | "am" | "pm" | "overtime";

/** The labels a grid row is given in a column before the days (时段, 上下午, 项目…), header-normalised. */
const PART_LABELS: ReadonlyArray<[RowPart, readonly string[]]> = [
  ["am", ["上午", "上", "上半天", "上半日", "早上", "午前", "am", "a.m."]],
  ["pm", ["下午", "下", "下半天", "下半日", "午后", "pm", "p.m."]],
  ["overtime", ["加班", "加班小时", "加班时数", "加班工时", "加班时间", "加班时长", "overtime", "ot"]],
  ["day", ["出勤", "考勤", "出勤情况", "考勤情况", "出勤状态", "考勤状态", "attendance"]],
];

const PART_OF: ReadonlyMap<string, RowPart> = new Map(
  PART_LABELS.flatMap(([part, labels]) => labels.map((l): [string, RowPart] => [normalizeHeader(l), part])),
);

/**
 * The part of a person's day a grid row's label names, or null for any other text.
 * @example rowPartOf("下午") === "pm"; rowPartOf("加班(小时)") === "overtime"; rowPartOf("李敏") === null
 */
export function rowPartOf(text: string): RowPart | null {
  return PART_OF.get(normalizeHeader(text)) ?? null;
}
