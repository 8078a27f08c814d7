import { retargetSheetRefs } from "../../../core/index";
import { markerRanges, ownerMarker, type OwnerMarker } from "./ownerMarkers";
import type { SheetPlace } from "./sheetPlacement";
import { printArea, printTitles } from "./sheetXml";
import type { DefinedName, NewDefinedName } from "./workbookPart";
import { attributeOf } from "./xmlTags";

/** Names local to a sheet that describe its page setup: PropDesk's own on its sheets, replaced with them. */
const PAGE_SETUP_NAMES = /^_xlnm\.(Print_Titles|Print_Area|_FilterDatabase)$/i;

/**
 * The defined names a write removes and adds: ownership markers of the written keys (one sheet each, hidden),
 * markers that name deleted sheets trimmed or dropped, and the replaced sheets' page-setup names with the
 * new sheets' print titles.
 */
export function definedNameEdits(
  names: readonly DefinedName[],
  markers: readonly OwnerMarker[],
  places: readonly SheetPlace[],
  indexOf: (sheet: string) => number,
  owned: boolean,
): { removeNames: Set<DefinedName>; addNames: NewDefinedName[] } {
  const removeNames = new Set<DefinedName>();
  const addNames: NewDefinedName[] = [];
  const written = new Set(places.map((p) => p.spec.key));
  for (const marker of markers) {
    if (!written.has(marker.key) && !marker.stale) continue;
    removeNames.add(marker.name);
    if (!written.has(marker.key) && marker.sheets.length > 0)
      addNames.push({ name: marker.name.name, hidden: true, text: markerRanges(marker.sheets) });
  }
  const replacedIndices = new Set(
    places.flatMap((p) => (p.replaces === undefined ? [] : [indexOf(p.replaces.name)])),
  );
  for (const name of names)
    if (
      name.localSheetId !== undefined &&
      replacedIndices.has(name.localSheetId) &&
      PAGE_SETUP_NAMES.test(name.name)
    )
      removeNames.add(name);
  for (const place of places) {
    if (owned) addNames.push(ownerMarker(place.spec.key, place.name));
    const titles = printTitles(place.spec, place.name);
    if (titles !== undefined)
      addNames.push({ name: "_xlnm.Print_Titles", localSheetId: indexOf(place.name), text: titles });
    const area = printArea(place.spec, place.name);
    if (area !== undefined)
      addNames.push({ name: "_xlnm.Print_Area", localSheetId: indexOf(place.name), text: area });
  }
  return { removeNames, addNames };
}

/**
 * The defined names carried sheets take along: each one's ownership marker, and the names local to it in the
 * earlier output (print titles, print area, filter ranges, a clerk's own) on its new tab position, their formulas
 * retargeted to sheets now under other names.
 */
export function carriedNames(
  earlierNames: readonly DefinedName[],
  carried: readonly { key: string; name: string; earlierIndex: number }[],
  indexOf: (sheet: string) => number,
  renamed: ReadonlyMap<string, string>,
): NewDefinedName[] {
  return carried.flatMap(({ key, name, earlierIndex }) => [
    ownerMarker(key, name),
    ...earlierNames
      .filter((n) => n.localSheetId === earlierIndex)
      .map((n): NewDefinedName => {
        const local: NewDefinedName = {
          name: n.name,
          localSheetId: indexOf(name),
          text: retargetSheetRefs(n.text, renamed),
        };
        if (/^(1|true)$/.test(attributeOf(n.element.tag, "hidden") ?? "")) local.hidden = true;
        return local;
      }),
  ]);
}
