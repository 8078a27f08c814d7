import { uniqueSheetName, type SheetSpec } from "../../../core/index";
import type { OwnerMarker } from "./ownerMarkers";
import type { WorkbookSheet } from "./workbookPart";

/** One sheet a write produced: its ownership key, its actual name, and whether it replaced PropDesk's earlier sheet. */
export interface WrittenSheet {
  key: string;
  name: string;
  replaced: boolean;
}

/** Where a spec goes: in place of PropDesk's earlier sheet of its key, or a new sheet at the end under a free name. */
export interface SheetPlace {
  spec: SheetSpec;
  name: string;
  /** The sheet it replaces (same name, tab position and visibility), when there is exactly one. */
  replaces: WorkbookSheet | undefined;
}

/** Sheet names Excel reserves, taken whatever the workbook holds. */
const RESERVED = ["History"];

/**
 * Places SheetSpecs in a workbook as the add-in does: a sheet PropDesk wrote for the same key is replaced in
 * place; a user's sheet is never touched (a new sheet whose name is taken, ignoring case, gets ` (2)`, ` (3)`...);
 * a key marking several sheets (a copied sheet) replaces none. `renamed` maps the lower-cased wanted names of
 * sheets written under another name to their actual names, for the formulas and links that name them.
 */
export function placeSheets(
  sheets: readonly WorkbookSheet[],
  markers: readonly OwnerMarker[],
  specs: readonly SheetSpec[],
): { places: SheetPlace[]; renamed: Map<string, string> } {
  const keys = new Set<string>();
  for (const spec of specs) {
    if (keys.has(spec.key)) throw new Error(`Two output sheets share the key "${spec.key}"`);
    keys.add(spec.key);
  }
  const taken = [...sheets.map((s) => s.name), ...RESERVED];
  const places = specs.map((spec): SheetPlace => {
    const marked = markers.find((m) => m.key === spec.key)?.sheets ?? [];
    const only = marked.length === 1 ? sheets.find((s) => s.name === marked[0]) : undefined;
    if (only !== undefined) return { spec, name: only.name, replaces: only };
    const name = uniqueSheetName(spec.name, taken).replace(/'+$/, "");
    taken.push(name);
    return { spec, name, replaces: undefined };
  });
  const renamed = new Map<string, string>();
  for (const { spec, name } of places) {
    const wanted = spec.name.toLowerCase();
    if (spec.name !== name && !renamed.has(wanted)) renamed.set(wanted, name);
  }
  return { places, renamed };
}
