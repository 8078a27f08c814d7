import { normalizeHeader } from "../values/text";
import { label, type Label } from "../i18n/label";

/** The plan's category groups, in the order the form prints them. */
export const CATEGORIES = ["office", "engineering", "cleaning", "uncategorised"] as const;

/** One plan category. */
export type Category = (typeof CATEGORIES)[number];

/** How each category is titled on the form. */
export const CATEGORY_LABELS: Record<Category, Label> = {
  office: label("办公物资", "辦公物資", "Office supplies"),
  engineering: label("工程物资", "工程物資", "Engineering supplies"),
  cleaning: label("保洁物资", "保潔物資", "Cleaning supplies"),
  uncategorised: label("未分类", "未分類", "Uncategorised"),
};

const WORDS: Record<Exclude<Category, "uncategorised">, string[]> = {
  office: ["办公", "办公物资", "办公用品", "office", "officesupplies"],
  engineering: ["工程", "工程物资", "工程材料", "engineering", "engineeringsupplies"],
  cleaning: ["保洁", "保洁物资", "清洁", "清洁用品", "cleaning", "cleaningsupplies"],
};

const BY_WORD = new Map<string, Category>(
  Object.entries(WORDS).flatMap(([category, words]) =>
    words.map((w) => [normalizeHeader(w), category as Category]),
  ),
);

/** The category a cell names (matched like a header: Traditional = Simplified), or null when unknown. */
export function categoryOf(text: string): Category | null {
  return BY_WORD.get(normalizeHeader(text)) ?? null;
}

const UNCATEGORISED = new Set(Object.values(CATEGORY_LABELS.uncategorised).map(normalizeHeader));

/** True for the 未分类 / 未分類 / Uncategorised group title PropDesk itself writes. */
export function isUncategorisedLabel(text: string): boolean {
  return UNCATEGORISED.has(normalizeHeader(text));
}
