import type { Workbook, Worksheet } from "exceljs";

/**
 * The ownership marker of PropDesk's output sheets: a workbook-level defined name `_PropDesk.<encoded key>`
 * referring to `'<sheet name>'!$A$1`. Excel keeps the name pointing at the sheet when the sheet is renamed,
 * and ExcelJS keeps such range names on load and save.
 */
export const OWNER_NAME_PREFIX = "_PropDesk.";

const MAX_NAME_LENGTH = 255;

/**
 * The defined name marking the sheet of an ownership key. Lower-case ASCII letters and digits stay; every
 * other character becomes `.<hex code point>.` so the name is valid, unique ignoring case (as Excel compares
 * names) and free of the `_xHHHH_` escapes Excel decodes in XML.
 * @example encodeOwnerKey("purchase-plan/plan/2027-01") === "_PropDesk.purchase.2D.plan.2F.plan.2F.2027.2D.01"
 */
export function encodeOwnerKey(key: string): string {
  let out = OWNER_NAME_PREFIX;
  for (const ch of key)
    out += /^[a-z0-9]$/.test(ch) ? ch : `.${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase()}.`;
  if (key === "" || out.length > MAX_NAME_LENGTH)
    throw new Error(`Ownership key cannot become an Excel name: "${key}"`);
  return out;
}

/** The ownership key of a defined name, or null when the name is no PropDesk marker. @example decodeOwnerKey("_PropDesk.a.2F.b") === "a/b" */
export function decodeOwnerKey(name: string): string | null {
  if (name.slice(0, OWNER_NAME_PREFIX.length).toLowerCase() !== OWNER_NAME_PREFIX.toLowerCase()) return null;
  const body = name.slice(OWNER_NAME_PREFIX.length);
  if (!/^(?:[A-Za-z0-9]|\.[0-9A-Fa-f]{1,6}\.)+$/.test(body)) return null;
  let key = "";
  for (const [, hex, literal] of body.matchAll(/\.([0-9A-Fa-f]{1,6})\.|([A-Za-z0-9])/g)) {
    const code = hex === undefined ? -1 : parseInt(hex, 16);
    if (code > 0x10ffff) return null;
    key += literal !== undefined ? literal.toLowerCase() : String.fromCodePoint(code);
  }
  return key;
}

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
function sheetOfRange(range: string): string | null {
  const m = /^(?:'((?:[^']|'')*)'|([^'!]+))!/.exec(range);
  if (m === null) return null;
  return m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? null);
}

function findSheet(workbook: Workbook, name: string): Worksheet | undefined {
  const lower = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === lower);
}
