import { encodeOwnerKey, uniqueSheetName, type SheetSpec } from "../../core/light";
import { TEMP_SHEET_PATTERN } from "./tempSheetName";
import { sheetNamed, type MarkerState, type SheetState, type WorkbookState } from "./workbookState";

/** Where one spec goes: its final name, the PropDesk sheet it replaces, the temporary sheet it is written to. */
export interface PlannedSheet {
  spec: SheetSpec;
  /** The name the sheet ends with: the replaced sheet's name (unless a failed swap left it a temporary one), else the spec's, made unique (` (2)`). */
  name: string;
  /** PropDesk's earlier sheet for the spec's key, replaced once the new one is written. */
  old: SheetState | null;
  /** The marker naming the key's earlier sheet (possibly a stale `#REF!` one), removed before the new one is added. */
  oldMarker: MarkerState | null;
  tempName: string;
  /** The ownership marker's defined name, `_PropDesk.<encoded key>`. */
  marker: string;
}

/** The whole write, decided from one view of the workbook. */
export interface WritePlan {
  sheets: PlannedSheet[];
  /** Lower-cased wanted names of the specs mapped to their final names, for links. */
  finalNames: ReadonlyMap<string, string>;
  /** Lower-cased wanted names mapped to temporary names, for formulas (Excel rewrites them on rename). */
  tempNames: ReadonlyMap<string, string>;
  /** Temporary sheets an earlier, interrupted write left behind (no marker names them); deleted with this write. */
  leftovers: SheetState[];
}

/**
 * Decides where each spec goes: a spec whose key marks an existing sheet replaces it under that sheet's
 * name; any other takes its wanted name, or ` (2)`, ` (3)`... when a sheet (a user's, another key's, or
 * `History`, which Excel reserves) has it. Throws when two specs share a key.
 */
export function planWrite(
  specs: readonly SheetSpec[],
  state: WorkbookState,
  tempNames: readonly string[],
): WritePlan {
  const keys = new Set<string>();
  for (const spec of specs) {
    if (keys.has(spec.key)) throw new Error(`Two output sheets share the key "${spec.key}"`);
    keys.add(spec.key);
  }
  const ours = new Set(tempNames.map((n) => n.toLowerCase()));
  const sheets = state.sheets.filter((s) => !ours.has(s.name.toLowerCase()));
  const view: WorkbookState = { ...state, sheets };
  const taken = [...sheets.map((s) => s.name), "History"];
  const olds = specs.map((spec) => {
    const marker = state.markers.find((m) => m.key === spec.key) ?? null;
    const old = marker === null || marker.sheet === null ? undefined : sheetNamed(view, marker.sheet);
    return { marker, old: old ?? null };
  });
  const planned = specs.map((spec, i): PlannedSheet => {
    const { marker, old } = olds[i] ?? { marker: null, old: null };
    const keep = old !== null && !TEMP_SHEET_PATTERN.test(old.name);
    const name = keep ? old.name : uniqueSheetName(spec.name, taken).replace(/(?<!')'+$/, "");
    if (!keep) taken.push(name);
    return {
      spec,
      name,
      old,
      oldMarker: marker,
      tempName: tempNames[i] ?? "",
      marker: encodeOwnerKey(spec.key),
    };
  });
  const finalNames = new Map<string, string>();
  const temps = new Map<string, string>();
  for (const p of planned) {
    const wanted = p.spec.name.toLowerCase();
    if (!finalNames.has(wanted)) finalNames.set(wanted, p.name);
    if (!temps.has(wanted)) temps.set(wanted, p.tempName);
  }
  const marked = new Set(
    state.markers.flatMap((m) => (m.sheet === null ? [] : [sheetNamed(view, m.sheet)?.id ?? ""])),
  );
  return {
    sheets: planned,
    finalNames,
    tempNames: temps,
    leftovers: sheets.filter((s) => TEMP_SHEET_PATTERN.test(s.name) && !marked.has(s.id)),
  };
}

/** True when two plans put every spec under the same name and replace the same sheets. */
export function samePlan(a: WritePlan, b: WritePlan): boolean {
  return (
    a.sheets.length === b.sheets.length &&
    a.sheets.every((p, i) => {
      const q = b.sheets[i];
      return (
        q !== undefined &&
        p.name === q.name &&
        p.old?.id === q.old?.id &&
        p.oldMarker?.name === q.oldMarker?.name
      );
    })
  );
}
