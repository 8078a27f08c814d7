import type { Lang } from "../../core/light";

const TRADITIONAL_REGIONS = new Set(["tw", "hk", "mo"]);

/** The pane's language for Office's display language: zh-TW for `zh-TW`/`zh-HK`/`zh-MO`/`zh-Hant`, zh-CN for other Chinese, else en. @example paneLanguage("zh-HK") === "zh-TW" */
export function paneLanguage(displayLanguage: string): Lang {
  const [language, ...subtags] = displayLanguage.trim().toLowerCase().replace(/_/g, "-").split("-");
  if (language !== "zh") return "en";
  if (subtags.includes("hans")) return "zh-CN";
  if (subtags.includes("hant")) return "zh-TW";
  return subtags.some((tag) => TRADITIONAL_REGIONS.has(tag)) ? "zh-TW" : "zh-CN";
}
