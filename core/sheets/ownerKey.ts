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
