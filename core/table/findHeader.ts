import type { HeaderMatcher } from "./headerMatcher";
import type { SheetData } from "./sheetData";

/** How far down a sheet a header row is looked for (title rows, labels and notes may sit above it). */
export const HEADER_SEARCH_ROWS = 30;

/** The best header row found in a sheet for one table declaration. */
export interface HeaderCandidate {
  /** Index into `sheet.values`. */
  index: number;
  /** Declared columns the row names. */
  matched: Set<string>;
  /** Required columns the row does not name. */
  missingRequired: string[];
}

/**
 * Finds the header row: among the first rows, the one naming the most declared columns (at least two,
 * or the only one a one-column table has); ties go to the upper row.
 */
export function findHeader(sheet: SheetData, matcher: HeaderMatcher): HeaderCandidate | null {
  const minimum = Math.min(2, matcher.spec.columns.length);
  let best: HeaderCandidate | null = null;
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const matched = matcher.matchedKeys(sheet.values[index] ?? []);
    if (matched.size < minimum || (best && matched.size <= best.matched.size)) continue;
    const missingRequired = matcher.spec.columns
      .filter((c) => c.required && !matched.has(c.key))
      .map((c) => c.key);
    best = { index, matched, missingRequired };
  }
  return best;
}
