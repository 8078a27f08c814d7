const QUOTED = /"[^"]*"/gu;
const ESCAPED = /\\./gsu;
const PADDING_AND_FILL = /[_*]./gsu;
const BRACKETED = /\[([^[\]]*)\]/gu;
const ELAPSED_TIME = /^(?:h+|m+|s+)$/iu;
const GENERAL = /general/giu;
const DATE_TIME_TOKEN = /[dmyhs]/iu;

/**
 * True when an Excel number format shows a date or a time (`yyyy-mm-dd`, `m/d/yyyy`, `yyyy"年"m"月"d"日"`,
 * `[$-804]yyyy/m/d`, `mmm-yy`, `[h]:mm`); quoted literals, escaped characters, colours and locale tags
 * are not read as tokens. @example isDateNumberFormat("0.00") === false
 */
export function isDateNumberFormat(format: string): boolean {
  let elapsed = false;
  const stripped = format
    .replace(QUOTED, "")
    .replace(ESCAPED, "")
    .replace(PADDING_AND_FILL, "")
    .replace(BRACKETED, (_all, inner: string) => {
      if (ELAPSED_TIME.test(inner)) elapsed = true;
      return "";
    })
    .replace(GENERAL, "");
  return elapsed || DATE_TIME_TOKEN.test(stripped);
}
