import { decodeOwnerKey } from "../../../core/index";
import { sheetOfRange } from "../ownership";
import type { DefinedName } from "./workbookPart";

/**
 * The ownership key of each sheet (by position in `sheetNames`), as the package writer decides which sheet a key
 * replaces: only a workbook-scoped `_PropDesk.*` marker marks a sheet, the first such marker of a key, and only when
 * the sheets its ranges name (ignoring case, deleted ones left out) are exactly that one. A sheet-scoped marker is
 * the trace of a sheet copied in Excel, and a copy is the user's sheet; a marker naming several sheets marks none.
 * Sheets no marker marks get undefined.
 */
export function ownerKeys(
  definedNames: readonly DefinedName[],
  sheetNames: readonly string[],
): (string | undefined)[] {
  const keys = new Array<string | undefined>(sheetNames.length).fill(undefined);
  const positions = new Map<string, number>();
  sheetNames.forEach((name, i) => {
    if (!positions.has(name.toLowerCase())) positions.set(name.toLowerCase(), i);
  });
  const seen = new Set<string>();
  for (const { name, refersTo, localSheetId } of definedNames) {
    if (localSheetId !== null) continue;
    const key = decodeOwnerKey(name);
    if (key === null || seen.has(key)) continue;
    seen.add(key);
    const named = new Set<number>();
    for (const range of splitRanges(refersTo)) {
      const sheet = sheetOfRange(range);
      const position = sheet === null ? undefined : positions.get(sheet.toLowerCase());
      if (position !== undefined) named.add(position);
    }
    const [only] = named;
    if (named.size === 1 && only !== undefined && keys[only] === undefined) keys[only] = key;
  }
  return keys;
}

/** The comma-separated ranges of a defined name's formula, commas inside quoted sheet names kept. */
function splitRanges(refersTo: string): string[] {
  const ranges: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < refersTo.length; i++) {
    const ch = refersTo[i];
    if (ch === "'") quoted = !quoted;
    else if (ch === "," && !quoted) {
      ranges.push(refersTo.slice(start, i));
      start = i + 1;
    }
  }
  ranges.push(refersTo.slice(start));
  return ranges.map((range) => range.trim()).filter((range) => range !== "");
}
