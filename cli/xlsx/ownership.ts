import type { Workbook, Worksheet } from "exceljs";
import { decodeOwnerKey, encodeOwnerKey, OWNER_NAME_PREFIX } from "../../core/index";

export { decodeOwnerKey, encodeOwnerKey, OWNER_NAME_PREFIX };

/** A sheet of the workbook marked as PropDesk's, with its key. */
export interface OwnedSheet {
  key: string;
  sheet: Worksheet;
}

/** Every sheet that carries an ownership marker, in the order of the names; a key may mark several sheets after a sheet copy. */
export function ownedSheets(workbook: Workbook): OwnedSheet[] {
  const out: OwnedSheet[] = [];
  for (const { name, ranges } of workbook.definedNames.model) {
    const key = decodeOwnerKey(name);
    if (key === null) continue;
    for (const range of ranges) {
      const sheetName = sheetOfRange(range);
      const sheet = sheetName === null ? undefined : findSheet(workbook, sheetName);
      if (sheet !== undefined && !out.some((o) => o.key === key && o.sheet === sheet))
        out.push({ key, sheet });
    }
  }
  return out;
}

/** Marks `sheetName` as the one sheet holding `key` (any earlier marker of that key is dropped). */
export function markOwned(workbook: Workbook, sheetName: string, key: string): void {
  const name = encodeOwnerKey(key);
  const others = workbook.definedNames.model.filter((n) => n.name.toLowerCase() !== name.toLowerCase());
  workbook.definedNames.model = [...others, { name, ranges: [`'${sheetName.replace(/'/g, "''")}'!$A$1`] }];
}

/** Drops ownership markers whose sheet no longer exists (e.g. `#REF!$A$1` after the sheet was deleted in Excel). */
export function pruneOwnerMarkers(workbook: Workbook): void {
  const model = workbook.definedNames.model;
  const kept = model
    .map((n) => {
      if (decodeOwnerKey(n.name) === null) return n;
      const ranges = n.ranges.filter((range) => {
        const sheetName = sheetOfRange(range);
        return sheetName !== null && findSheet(workbook, sheetName) !== undefined;
      });
      return { name: n.name, ranges };
    })
    .filter((n) => n.ranges.length > 0);
  if (kept.length !== model.length || kept.some((n, i) => n.ranges.length !== model[i]?.ranges.length)) {
    workbook.definedNames.model = kept;
  }
}

/** The sheet name of a range like `'O''Brien'!$A$1` or `Data!$A$1`, or null when it has none. */
export function sheetOfRange(range: string): string | null {
  const m = /^(?:'((?:[^']|'')*)'|([^'!]+))!/.exec(range);
  if (m === null) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}
