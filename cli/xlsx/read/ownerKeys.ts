import { decodeOwnerKey } from "../../../core/index";
import { sheetOfRange } from "../ownership";
import type { DefinedName } from "./workbookPart";

/**
 * The ownership key of each sheet (by position in `sheetNames`), from the `_PropDesk.*` defined names as
 * `ownedSheets` reads them: each range of a marker names a sheet (ignoring case); the first marker naming a
 * sheet gives its key. Sheets no marker names get undefined.
 */
export function ownerKeys(
  definedNames: readonly DefinedName[],
  sheetNames: readonly string[],
): (string | undefined)[] {
  const keys = new Array<string | undefined>(sheetNames.length).fill(undefined);
  const lower = sheetNames.map((name) => name.toLowerCase());
  for (const { name, refersTo } of definedNames) {
    const key = decodeOwnerKey(name);
    if (key === null) continue;
    for (const range of splitRanges(refersTo)) {
      const sheet = sheetOfRange(range);
      const index = sheet === null ? -1 : lower.indexOf(sheet.toLowerCase());
      if (index !== -1 && keys[index] === undefined) keys[index] = key;
    }
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
