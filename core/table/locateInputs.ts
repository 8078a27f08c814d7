import type { TableSpec } from "./declaration";
import type { BookData, SheetData } from "./sheetData";
import { issue, type Issue } from "../issues";
import { normalizeHeader } from "../values/text";
import { HeaderMatcher } from "./headerMatcher";
import { findHeader } from "./findHeader";
import { isBlankCell } from "./rowKinds";
import { missingInputParams } from "./nearestSheet";

/** Which sheets hold which input role, and what could not be placed. */
export interface InputsFound {
  byRole: Map<string, SheetData[]>;
  issues: Issue[];
}

interface Fit {
  spec: TableSpec;
  score: number;
}

/**
 * Finds which sheets of a workbook hold which declared input, by their headers (a sheet name only
 * breaks ties), after the sheets a person chose for a role (`chosen`: role -> sheet names) are placed. Sheets PropDesk wrote itself are never inputs. A sheet that fits no declaration is
 * reported (`sheet_not_placed`, or `empty_sheet`); a required role with no sheet is an error (`no_input_sheet`)
 * naming the nearest sheet, what it looks like and the headers looked for ({@link missingInputParams}).
 */
export function locateInputs(
  book: BookData,
  specs: readonly TableSpec[],
  chosen: Readonly<Record<string, readonly string[]>> = {},
): InputsFound {
  const matchers = specs
    .filter((spec) => (chosen[spec.role]?.length ?? 0) === 0)
    .map((spec) => new HeaderMatcher(spec));
  const byRole = new Map<string, SheetData[]>(specs.map((s) => [s.role, []]));
  const issues: Issue[] = [];
  const fits = new Map<SheetData, Fit>();
  const chosenSheets = new Set<string>();
  for (const spec of specs) {
    // a sheet named twice for a role is read once: twice would list each of its issues twice
    for (const name of new Set(chosen[spec.role] ?? [])) {
      const sheet = book.sheets.find((s) => s.name === name);
      if (!sheet) continue;
      chosenSheets.add(name);
      byRole.get(spec.role)?.push(sheet);
      fits.set(sheet, { spec, score: Number.MAX_SAFE_INTEGER });
    }
  }

  for (const sheet of book.sheets) {
    if (sheet.ownerKey !== undefined || chosenSheets.has(sheet.name)) continue;
    const empty = sheet.values.every((row) => row.every(isBlankCell));
    const fit = bestFit(sheet, matchers, empty);
    if (!fit) {
      issues.push(issue(empty ? "empty_sheet" : "sheet_not_placed", "warning", { sheet: sheet.name }));
      continue;
    }
    fits.set(sheet, fit);
    byRole.get(fit.spec.role)?.push(sheet);
  }

  for (const spec of specs) {
    const sheets = byRole.get(spec.role) ?? [];
    if (spec.single && sheets.length > 1) {
      sheets.sort((a, b) => (fits.get(b)?.score ?? 0) - (fits.get(a)?.score ?? 0));
      for (const extra of sheets.splice(1)) {
        issues.push(
          issue(
            "extra_input_sheet",
            "warning",
            { sheet: extra.name },
            { table: spec.label, used: sheets[0]!.name },
          ),
        );
      }
    }
    const standIn = (spec.satisfiedBy ?? []).some((role) => (byRole.get(role)?.length ?? 0) > 0);
    if (sheets.length === 0 && !spec.optional && !standIn) {
      issues.push(
        issue("no_input_sheet", "error", {}, { table: spec.label, ...missingInputParams(book, [spec]) }),
      );
    }
  }
  return { byRole, issues };
}

function bestFit(sheet: SheetData, matchers: HeaderMatcher[], empty: boolean): Fit | null {
  const name = normalizeHeader(sheet.name);
  let best: Fit | null = null;
  for (const matcher of matchers) {
    const hinted = (matcher.spec.sheetNameHints ?? []).some((h) => name.includes(normalizeHeader(h)));
    const header = empty ? null : findHeader(sheet, matcher);
    if (!header && !(empty && hinted)) continue;
    const matched = header?.matched.size ?? 0;
    const complete = header !== null && header.missingRequired.length === 0;
    if (!complete && ((!hinted && matched < 3) || matcher.spec.placedWhenComplete === true)) continue;
    const score = (complete ? 100 : 0) + matched + (hinted ? 0.5 : 0);
    if (!best || score > best.score) best = { spec: matcher.spec, score };
  }
  return best;
}
