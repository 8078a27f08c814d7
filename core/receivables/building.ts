import { naturalCompare } from "./naturalOrder";

const DASHES = /[－‐‑‒–—―﹣]/gu;
const NUMBERED = /^0*([1-9]\d*|0)\s*(?:#|栋|棟|幢|号楼|號樓|座|号|號)?$/u;
const MARKED = /^\s*0*([1-9]\d*|0)\s*(?:#|栋|棟|幢|号楼|號樓|座)/u;

/**
 * The building a unit belongs to, or null ("other") when none can be read: the number before the first `-`
 * (`3-1-502` and `03#-1-502` -> "3"), a prefix with letters kept whole (`A3-1-502` -> "A3", never merged
 * with building 3), or a number marked 栋/幢/号楼/座/# when there is no dash (`3栋1单元502` -> "3").
 */
export function buildingOf(unit: string): string | null {
  const text = unit.normalize("NFKC").replace(DASHES, "-").trim();
  const dash = text.indexOf("-");
  if (dash < 0) return MARKED.exec(text)?.[1] ?? null;
  const prefix = text.slice(0, dash).trim();
  const numbered = NUMBERED.exec(prefix);
  if (numbered) return numbered[1] ?? null;
  return /\d/u.test(prefix) ? prefix.toUpperCase() : null;
}

/** Orders buildings: numbers by value, then lettered ones naturally, "other" (null) last. */
export function compareBuildings(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return naturalCompare(a, b);
}
