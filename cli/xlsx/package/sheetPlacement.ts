import { uniqueSheetName, type SheetSpec } from "../../../core/index";
import type { EarlierSheet } from "./earlierSheets";
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
  /** The sheet of an earlier output it takes the place of (its name, when free, and its position among PropDesk's). */
  succeeds: WorkbookSheet | undefined;
}

/** A sheet carried from an earlier output and the name it has in the new one. */
export interface CarriedPlace {
  key: string;
  /** The sheet as the earlier output held it. */
  sheet: WorkbookSheet;
  name: string;
}

/** Sheet names Excel reserves, taken whatever the workbook holds. */
const RESERVED = ["History"];

/**
 * Places SheetSpecs in a workbook as the add-in does: a sheet PropDesk wrote for the same key is replaced in
 * place; a user's sheet is never touched (a new sheet whose name is taken, ignoring case, gets ` (2)`, ` (3)`...);
 * a key marking several sheets (a copied sheet) replaces none. Sheets carried from an earlier output keep their
 * names when free and are named before the specs; a spec that replaces one of its sheets takes that sheet's name
 * when free. `renamed` maps the lower-cased wanted names of specs written under another name to their actual
 * names, for the formulas and links that name them; `carriedRenamed` does the same for the earlier output's names.
 */
export function placeSheets(
  sheets: readonly WorkbookSheet[],
  markers: readonly OwnerMarker[],
  specs: readonly SheetSpec[],
  earlier: readonly EarlierSheet[] = [],
): {
  places: SheetPlace[];
  carried: CarriedPlace[];
  renamed: Map<string, string>;
  carriedRenamed: Map<string, string>;
} {
  const keys = new Set<string>();
  for (const spec of specs) {
    if (keys.has(spec.key)) throw new Error(`Two output sheets share the key "${spec.key}"`);
    keys.add(spec.key);
  }
  const taken = [...sheets.map((s) => s.name), ...RESERVED];
  const isFree = (name: string) => !taken.some((t) => t.toLowerCase() === name.toLowerCase());
  const carried = earlier.flatMap((e): CarriedPlace[] => {
    if (e.fate !== "carried") return [];
    const name = uniqueSheetName(e.sheet.name, taken).replace(/(?<!')'+$/, "");
    taken.push(name);
    return [{ key: e.key, sheet: e.sheet, name }];
  });
  const places = specs.map((spec): SheetPlace => {
    const succeeds = earlier.find((e) => e.fate === "replaced" && e.key === spec.key)?.sheet;
    const marked = markers.find((m) => m.key === spec.key)?.sheets ?? [];
    const only = marked.length === 1 ? sheets.find((s) => s.name === marked[0]) : undefined;
    if (only !== undefined) return { spec, name: only.name, replaces: only, succeeds };
    const wanted = succeeds !== undefined && isFree(succeeds.name) ? succeeds.name : spec.name;
    const name = uniqueSheetName(wanted, taken).replace(/(?<!')'+$/, "");
    taken.push(name);
    return { spec, name, replaces: undefined, succeeds };
  });
  const renamed = new Map<string, string>();
  for (const { spec, name } of places) {
    const wanted = spec.name.toLowerCase();
    if (spec.name !== name && !renamed.has(wanted)) renamed.set(wanted, name);
  }
  const carriedRenamed = new Map<string, string>();
  for (const { sheet, name } of carried)
    if (sheet.name !== name) carriedRenamed.set(sheet.name.toLowerCase(), name);
  for (const { succeeds, name } of places)
    if (succeeds !== undefined && succeeds.name !== name)
      carriedRenamed.set(succeeds.name.toLowerCase(), name);
  return { places, carried, renamed, carriedRenamed };
}
