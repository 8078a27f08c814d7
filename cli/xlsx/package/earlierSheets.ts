import { ownerMarkers } from "./ownerMarkers";
import type { CarryRefusal, SheetCarrier } from "./sheetCarrier";
import type { WorkbookPackage } from "./workbookPackage";
import type { WorkbookSheet } from "./workbookPart";

/** What becomes of one of PropDesk's sheets of an earlier output when a new output is written. */
export type EarlierSheet =
  /** Carried into the new output as it is: no sheet of the new write has its key. */
  | { fate: "carried"; key: string; sheet: WorkbookSheet }
  /** Replaced: a sheet of the new write has its key. */
  | { fate: "replaced"; key: string; sheet: WorkbookSheet }
  /** Left behind, for the reason given. */
  | { fate: "refused"; key: string; sheet: WorkbookSheet; reason: CarryRefusal };

/** What the new output holds already, which the earlier output's sheets give way to. */
export interface NewOutputKeys {
  /** Keys of the sheets the write makes. */
  written: ReadonlySet<string>;
  /** Keys of PropDesk's sheets the new package holds already (the input's own, which come fresh from it). */
  present: ReadonlySet<string>;
  /** False for keys not wanted at all (left out without a word); every key is wanted when absent. */
  wanted?: (key: string) => boolean;
}

/**
 * PropDesk's sheets of an earlier output, in its tab order, each with its fate in the new output: replaced when
 * the write makes its key, carried otherwise when it can be, refused with a reason when it cannot. A sheet
 * whose key the new package already holds is left out: the input's own version wins.
 */
export function earlierSheets(
  earlier: WorkbookPackage,
  carrier: SheetCarrier,
  keys: NewOutputKeys,
): EarlierSheet[] {
  const markerOf = new Map<string, { key: string; shared: boolean }>();
  for (const marker of ownerMarkers(earlier.workbook))
    for (const name of marker.sheets)
      markerOf.set(name, { key: marker.key, shared: marker.sheets.length > 1 });
  const fates: EarlierSheet[] = [];
  for (const sheet of earlier.workbook.sheets) {
    const marker = markerOf.get(sheet.name);
    if (marker === undefined) continue;
    const { key } = marker;
    if (keys.present.has(key) || keys.wanted?.(key) === false) continue;
    if (marker.shared) {
      fates.push({ fate: "refused", key, sheet, reason: "shared-marker" });
      continue;
    }
    if (keys.written.has(key)) {
      fates.push({ fate: "replaced", key, sheet });
      continue;
    }
    const reason = carrier.refusal(sheet);
    fates.push(
      reason === undefined ? { fate: "carried", key, sheet } : { fate: "refused", key, sheet, reason },
    );
  }
  return fates;
}
