import type { Lang } from "../core/light";

/** The variables that name the reader's locale, the first one set winning (as POSIX reads LC_MESSAGES). */
const LOCALE_VARIABLES = ["LC_ALL", "LC_MESSAGES", "LANG"] as const;

/**
 * The language of a locale name: `zh_TW`, `zh_HK`, `zh_MO` and `zh-Hant` are zh-TW, any other Chinese (`zh_CN`,
 * `zh_SG`, `zh-Hans-HK`, `zh`) is zh-CN, English (`en_US.UTF-8`, `en`) is en; anything else (`C`, `POSIX`,
 * `fr_FR`) is zh-CN, the product's home language.
 */
export function langOfLocale(locale: string): Lang {
  const [tag = ""] = locale.toLowerCase().split(/[.@]/, 1);
  const [language, ...parts] = tag.split(/[-_]/);
  if (language === "en") return "en";
  if (language !== "zh" || parts.includes("hans")) return "zh-CN";
  return parts.some((p) => p === "hant" || p === "tw" || p === "hk" || p === "mo") ? "zh-TW" : "zh-CN";
}

/**
 * The reader's language from the environment: the first of LC_ALL, LC_MESSAGES and LANG that is set and not
 * empty ({@link langOfLocale}); zh-CN when none is.
 */
export function systemLang(env: Readonly<Record<string, string | undefined>> = process.env): Lang {
  const locale = LOCALE_VARIABLES.map((name) => env[name]).find(
    (value) => value !== undefined && value !== "",
  );
  return locale === undefined ? "zh-CN" : langOfLocale(locale);
}
