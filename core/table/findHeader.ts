import type { HeaderMatcher } from "./headerMatcher";
import type { SheetData } from "./sheetData";
import { headerBand, rowColumns, type HeaderBand, type HeaderColumn } from "./headerBand";
import { headingOf, isBlankRow } from "./rowKinds";
import { bareHeadingNames, sectionFieldOf } from "./sections";
import { wordsColumnOf } from "./wordsColumn";

/** How far down a sheet a header row is looked for (title rows, labels and notes may sit above it). */
export const HEADER_SEARCH_ROWS = 30;

/** The best header found in a sheet for one table declaration. */
export interface HeaderCandidate {
  /** Index into `sheet.values` of the header's (first) row. */
  index: number;
  /** Declared columns the header names. */
  matched: Set<string>;
  /**
   * Required columns the header does not name (less those a section heading below it supplies, and a money column
   * whose words column it names), then the key of each required group it names no column of.
   */
  missingRequired: string[];
  /** Set when the header spans two or three rows (parents merged over children): its rows and the columns named. */
  band?: HeaderBand;
}

/**
 * Finds the header: among the first rows, the one naming the most declared columns (at least two, or the only
 * one a one-column table has; ties go to the upper row), widened to a band of up to three rows when the rows
 * next to it are a parent row over it or child rows under it (see {@link headerBand}). When no row names two, a
 * band grown from a row naming one may. A required column the table's sections supply is not missing when the
 * first row below the header is a heading for it (`一、工程部` over a spending plan without a department column).
 */
export function findHeader(sheet: SheetData, matcher: HeaderMatcher): HeaderCandidate | null {
  const minimum = Math.min(2, matcher.spec.columns.length);
  let best: { index: number; matched: Set<string> } | null = null;
  const some: { index: number; matched: Set<string> }[] = [];
  const limit = Math.min(sheet.values.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index++) {
    const matched = matcher.matchedKeys(sheet.values[index] ?? []);
    if (matched.size > 0 && matched.size < minimum) some.push({ index, matched });
    if (matched.size < minimum || (best && matched.size <= best.matched.size)) continue;
    best = { index, matched };
  }
  if (best === null) return bandOnly(sheet, matcher, some, minimum);
  const band = headerBand(sheet, matcher, best.index, best.matched);
  return candidate(sheet, matcher, best, band);
}

/**
 * A header no single row makes: a band whose columns are all named by parent and child together (`入库` over
 * `数量`, for a table that declares `入库数量` only), grown from a row naming one column; the one naming most.
 */
function bandOnly(
  sheet: SheetData,
  matcher: HeaderMatcher,
  rows: readonly { index: number; matched: Set<string> }[],
  minimum: number,
): HeaderCandidate | null {
  let found: HeaderCandidate | null = null;
  for (const row of rows) {
    const band = headerBand(sheet, matcher, row.index, row.matched);
    if (band === null) continue;
    const named = new Set(band.columns.map((c) => c.column.key));
    if (named.size < minimum || (found !== null && named.size <= found.matched.size)) continue;
    found = candidate(sheet, matcher, row, band);
  }
  return found;
}

function candidate(
  sheet: SheetData,
  matcher: HeaderMatcher,
  best: { index: number; matched: Set<string> },
  band: HeaderBand | null,
): HeaderCandidate {
  const matched = band === null ? best.matched : new Set(band.columns.map((c) => c.column.key));
  const last = band === null ? best.index : band.last;
  const supplied = suppliedBelow(sheet, matcher, last);
  // a money column written only in words (大写) is there: its amount is read from them
  const missingRequired = matcher.spec.columns
    .filter(
      (c) =>
        c.required &&
        !matched.has(c.key) &&
        c.key !== supplied &&
        !matched.has(wordsColumnOf(c)?.key ?? c.key),
    )
    .map((c) => c.key);
  // a family of columns (a ledger's months) is there when any of its columns is
  for (const group of matcher.spec.requiredGroups ?? [])
    if (!group.columns.some((key) => matched.has(key))) missingRequired.push(group.key);
  const found: HeaderCandidate = { index: band === null ? best.index : band.first, matched, missingRequired };
  if (band !== null) found.band = band;
  return found;
}

/** The field a section heading right below the header supplies (the first row that is not blank), or null. */
function suppliedBelow(sheet: SheetData, matcher: HeaderMatcher, last: number): string | null {
  if (matcher.spec.sections === undefined) return null;
  for (let index = last + 1; index < sheet.values.length; index++) {
    const cells = sheet.values[index] ?? [];
    if (isBlankRow(cells)) continue;
    const heading = headingOf(cells, bareHeadingNames(matcher.spec));
    return heading === null ? null : sectionFieldOf(matcher.spec, heading.name);
  }
  return null;
}

/** The columns a found header names (its band's, or its one row's), left to right. */
export function namedColumns(
  sheet: SheetData,
  header: HeaderCandidate,
  matcher: HeaderMatcher,
): HeaderColumn[] {
  return header.band?.columns ?? rowColumns(sheet, header.index, matcher);
}

/** Index into `sheet.values` of a found header's last row: data starts below it. */
export function lastHeaderRow(header: HeaderCandidate): number {
  return header.band?.last ?? header.index;
}
