/** The languages PropDesk speaks. */
export const LANGS = ["zh-CN", "zh-TW", "en"] as const;

/** One of {@link LANGS}. */
export type Lang = (typeof LANGS)[number];

/** Words shown to people, in each language PropDesk speaks. */
export type Label = Record<Lang, string>;

/** True when a value is a {@link Label}. */
export function isLabel(value: unknown): value is Label {
  return typeof value === "object" && value !== null && "zh-CN" in value && "zh-TW" in value && "en" in value;
}

/** Builds a label. @example label("数量", "數量", "Quantity") */
export function label(zhCN: string, zhTW: string, en: string): Label {
  return { "zh-CN": zhCN, "zh-TW": zhTW, en };
}
