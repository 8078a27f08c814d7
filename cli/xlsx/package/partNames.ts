import { posix } from "node:path";

/** The relationships part of a part: `xl/workbook.xml` → `xl/_rels/workbook.xml.rels`; the package's (`""`) → `_rels/.rels`. */
export function relsPartOf(part: string): string {
  const dir = posix.dirname(part);
  const base = part === "" ? "" : posix.basename(part);
  return dir === "." ? `_rels/${base}.rels` : `${dir}/_rels/${base}.rels`;
}

/** The part a relationships part belongs to (the inverse of {@link relsPartOf}), or null for a name that is no `.rels` part. */
export function sourceOfRelsPart(rels: string): string | null {
  const m = /^(?:(.*)\/)?_rels\/([^/]*)\.rels$/.exec(rels);
  if (m === null) return null;
  const dir = m[1];
  const base = m[2] ?? "";
  return dir === undefined ? base : `${dir}/${base}`;
}

/** The part a relationship's target names, resolved against the part holding the relationship; without a leading `/`. */
export function resolveTarget(source: string, target: string): string {
  const decoded = safeDecode(target.split("#")[0] ?? "");
  if (decoded.startsWith("/")) return posix.normalize(decoded).slice(1);
  const dir = posix.dirname(source);
  return posix.normalize(dir === "." ? decoded : `${dir}/${decoded}`).replace(/^(\.\.\/)+/, "");
}

/** The target a relationship from `source` gives to reach `part`: relative when `part` sits in `source`'s folder or below. */
export function targetOf(source: string, part: string): string {
  const dir = posix.dirname(source);
  return dir === "." ? part : posix.relative(dir, part);
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
