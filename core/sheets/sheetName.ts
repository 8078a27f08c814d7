/** Longest sheet name Excel accepts. */
export const MAX_SHEET_NAME = 31;

/** A sheet name Excel accepts: `[]:*?/\` replaced, no leading/trailing apostrophe, at most 31 characters. */
export function cleanSheetName(name: string): string {
  const cleaned = name.replace(/[[\]:*?/\\]/g, "_").replace(/^['\s]+|(?<!['\s])['\s]+$/g, "");
  const short = Array.from(cleaned || "Sheet")
    .slice(0, MAX_SHEET_NAME)
    .join("")
    .replace(/(?<!['\s])['\s]+$/, "");
  return short || "Sheet";
}

/**
 * A name not taken by `taken` (compared ignoring case, as Excel does): the name itself, else with
 * ` (2)`, ` (3)`... added, shortened so the result stays within 31 characters.
 */
export function uniqueSheetName(name: string, taken: Iterable<string>): string {
  const used = new Set(Array.from(taken, (n) => n.toLowerCase()));
  const base = cleanSheetName(name);
  if (!used.has(base.toLowerCase())) return base;
  for (let n = 2; ; n++) {
    const suffix = ` (${n})`;
    const candidate =
      Array.from(base)
        .slice(0, MAX_SHEET_NAME - suffix.length)
        .join("")
        .trimEnd() + suffix;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** A sheet name quoted for use in a formula or link: `'工程部 (2)'`. */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
