import { decodeOwnerKey, encodeOwnerKey, quoteSheetName } from "../../../core/index";
import type { DefinedName, NewDefinedName, WorkbookPart } from "./workbookPart";

/**
 * One ownership marker of the workbook part (`_PropDesk.<key>`, see core's ownerKey.ts): its key, its defined
 * name, and the sheets it marks that exist (a marker may name several after a sheet copy, or none after a delete).
 */
export interface OwnerMarker {
  key: string;
  name: DefinedName;
  sheets: string[];
  /** True when some of its ranges name no sheet of the workbook (`#REF!$A$1` after a delete). */
  stale: boolean;
}

/**
 * Every ownership marker of the workbook, in the order of its defined names: workbook-scoped names only. A
 * sheet-scoped `_PropDesk.*` name is what Excel leaves on a copy of PropDesk's sheet; a copy is the user's sheet,
 * so such a name marks nothing (and is left as it is).
 */
export function ownerMarkers(part: WorkbookPart): OwnerMarker[] {
  const sheetNames = new Map(part.sheets.map((s) => [s.name.toLowerCase(), s.name]));
  const markers: OwnerMarker[] = [];
  for (const name of part.names) {
    if (name.localSheetId !== undefined) continue;
    const key = decodeOwnerKey(name.name);
    if (key === null) continue;
    const ranges = splitRanges(name.text);
    const sheets = new Set<string>();
    let live = 0;
    for (const range of ranges) {
      const sheet = sheetOfRange(range);
      const found = sheet === null ? undefined : sheetNames.get(sheet.toLowerCase());
      if (found === undefined) continue;
      sheets.add(found);
      live++;
    }
    markers.push({ key, name, sheets: [...sheets], stale: live !== ranges.length });
  }
  return markers;
}

/** The marker naming `sheet` as the one sheet holding `key`: a hidden workbook-level name on its A1. */
export function ownerMarker(key: string, sheet: string): NewDefinedName {
  return { name: encodeOwnerKey(key), hidden: true, text: markerRange(sheet) };
}

/** A marker's range on each of these sheets. */
export function markerRanges(sheets: readonly string[]): string {
  return sheets.map(markerRange).join(",");
}

function markerRange(sheet: string): string {
  return `${quoteSheetName(sheet)}!$A$1`;
}

/** The ranges of a defined name's formula, split at commas outside quotes. */
function splitRanges(text: string): string[] {
  const ranges: string[] = [];
  let current = "";
  let quoted = false;
  for (const ch of text.trim()) {
    if (ch === "'") quoted = !quoted;
    if (ch === "," && !quoted) {
      ranges.push(current);
      current = "";
    } else current += ch;
  }
  ranges.push(current);
  return ranges.map((r) => r.trim()).filter((r) => r !== "");
}

/** The sheet name of a range like `'O''Brien'!$A$1` or `Data!$A$1`, or null when it has none. */
function sheetOfRange(range: string): string | null {
  const m = /^(?:'((?:[^']|'')*)'|([^'!]+))!/.exec(range);
  if (m === null) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}
