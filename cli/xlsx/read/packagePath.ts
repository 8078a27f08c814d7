import { posix } from "node:path";
import type { ZipArchive } from "../zipArchive";

/**
 * The part a relationship target points at, from the part that holds the relationship: relative targets
 * resolve against that part's folder, `/`-rooted ones against the package root.
 * @example resolveTarget("xl/workbook.xml", "worksheets/sheet1.xml") === "xl/worksheets/sheet1.xml"
 */
export function resolveTarget(source: string, target: string): string {
  const trimmed = target.trim().replace(/\\/g, "/");
  const joined = trimmed.startsWith("/") ? trimmed : posix.join(posix.dirname(source), trimmed);
  return posix.normalize(joined).replace(/^(\.\.?\/)+|^\/+/, "");
}

/**
 * The relationships part of a part: `xl/workbook.xml` has `xl/_rels/workbook.xml.rels`, the package itself
 * (`""`) has `_rels/.rels`.
 */
export function relationshipsPartOf(part: string): string {
  const folder = posix.dirname(part);
  const prefix = folder === "." ? "" : `${folder}/`;
  return `${prefix}_rels/${posix.basename(part)}.rels`;
}

/**
 * The archive's name for a part: as given, else percent-decoded, else matched ignoring case (part names in a
 * package are case-insensitive); null when there is no such part.
 */
export function findPart(zip: ZipArchive, name: string): string | null {
  if (zip.has(name)) return name;
  let decoded = name;
  try {
    decoded = decodeURIComponent(name);
  } catch {
    // a stray % is part of the name
  }
  if (zip.has(decoded)) return decoded;
  const lower = decoded.toLowerCase();
  return zip.names.find((n) => n.toLowerCase() === lower) ?? null;
}
