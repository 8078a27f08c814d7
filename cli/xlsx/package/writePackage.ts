import { posix } from "node:path";
import type { SheetSpec } from "../../../core/index";
import { withSheetTitles } from "./appProperties";
import type { ByteSink } from "./byteSink";
import { CellFormats } from "./cellFormats";
import { contentTypeOf, editContentTypes, STYLES_TYPE, WORKSHEET_TYPE } from "./contentTypes";
import { carriedNames, definedNameEdits } from "./definedNameEdits";
import { earlierSheets, type EarlierSheet } from "./earlierSheets";
import { ownerMarkers } from "./ownerMarkers";
import { DEFLATE_LEVEL, packChunks, packText, type PackedPart } from "./packedPart";
import { targetOf } from "./partNames";
import { editRelationships, freeRelationshipId, type NewRelationship } from "./relationships";
import { SheetCarrier, type CarryRefusal } from "./sheetCarrier";
import { placeSheets, type WrittenSheet } from "./sheetPlacement";
import { sheetXml } from "./sheetXml";
import { EMPTY_STYLESHEET, StyleSheet } from "./styleSheet";
import { openWorkbookPackage } from "./workbookPackage";
import { editWorkbookPart, type SheetEntry } from "./workbookPart";
import { ZipWriter } from "./zipWriter";
import type { RawZipEntry } from "../zipArchive";

/** How a package is written. */
export interface PackageWriteOptions {
  /** zlib level for new parts (default 6). */
  level?: number;
  /** Mark the sheets as PropDesk's own (default true); false writes plain sheets, as a sample workbook's. */
  owned?: boolean;
  /**
   * An earlier output whose PropDesk sheets are carried into this one, except those whose keys the write makes or
   * the package holds already; `wanted` leaves out the keys it says no to.
   */
  carry?: { from: Uint8Array; wanted?: (key: string) => boolean };
}

/** A sheet of an earlier output that was not carried, and why. */
export interface RefusedSheet {
  key: string;
  name: string;
  reason: CarryRefusal;
}

/** What a package write did. */
export interface PackageWritten {
  sheets: WrittenSheet[];
  /** The sheets carried from the earlier output, with their names in this one. */
  carried: { key: string; name: string }[];
  /** The earlier output's PropDesk sheets that could not be carried. */
  refused: RefusedSheet[];
  /** The content type of the workbook part, kept from the input (macro-enabled for an `.xlsm`). */
  workbookType: string;
}

const WORKSHEET_RELATIONSHIP =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";

/**
 * Writes an .xlsx package with SheetSpecs added by editing the input package, not re-serialising it: every
 * part is copied as stored (compressed bytes, CRC and sizes untouched) except the parts that register sheets
 * (the workbook part and its relationships, `[Content_Types].xml`, `docProps/app.xml`, the stylesheet, where
 * PropDesk's styles are appended). PropDesk's earlier sheets of the same keys are replaced: their parts, the
 * parts only they used, their relationships, overrides and page-setup names go. The workbook's calculation
 * chain goes too when a sheet is replaced (Excel rebuilds it), and Excel recalculates on load. With `carry`,
 * PropDesk's other sheets of an earlier output follow the input's, in their earlier order, with the parts they
 * use and their styles ({@link SheetCarrier}); a spec of the same key as one of them takes its place.
 */
export async function writePackage(
  input: Uint8Array,
  specs: readonly SheetSpec[],
  sink: ByteSink,
  options: PackageWriteOptions = {},
): Promise<PackageWritten> {
  const {
    zip,
    pkg,
    contentTypes,
    workbookName,
    workbook,
    workbookRelsName,
    workbookRelsXml,
    workbookRels,
    appName,
  } = openWorkbookPackage(input);
  const relationship = new Map(workbookRels.map((r) => [r.id, r]));
  const dir = posix.dirname(workbookName);
  const stylesName = pkg.target(workbookName, workbookRels, "/styles");
  const styles = new StyleSheet(stylesName === undefined ? EMPTY_STYLESHEET : pkg.text(stylesName));

  const markers = ownerMarkers(workbook);
  let removed = new Set<string>();
  const earlierPackage = options.carry === undefined ? undefined : openWorkbookPackage(options.carry.from);
  const carrier =
    earlierPackage === undefined
      ? undefined
      : new SheetCarrier(earlierPackage, {
          freeName: (stem, extension) => pkg.freeName(stem, extension, removed),
          styles,
          namespace: workbook.namespace,
        });
  const earlier: EarlierSheet[] =
    earlierPackage === undefined || carrier === undefined
      ? []
      : earlierSheets(earlierPackage, carrier, {
          written: new Set(specs.map((s) => s.key)),
          present: new Set(markers.map((m) => m.key)),
          ...(options.carry?.wanted === undefined ? {} : { wanted: options.carry.wanted }),
        });
  const { places, carried, renamed, carriedRenamed } = placeSheets(workbook.sheets, markers, specs, earlier);

  const replaced = places.flatMap((p) => (p.replaces === undefined ? [] : [p.replaces]));
  const removedIds = new Set(replaced.map((s) => s.relationshipId));
  const calcChain = replaced.length > 0 ? workbookRels.find((r) => r.type.endsWith("/calcChain")) : undefined;
  if (calcChain !== undefined) removedIds.add(calcChain.id);
  removed = pkg.partsOnlyUsedBy(workbookName, removedIds, relationship);

  const takenIds = new Set(workbookRels.map((r) => r.id).filter((id) => !removedIds.has(id)));
  let lastSheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId));
  const newPart = (replaces?: { sheetId: number }) => {
    // `sheet<n>.xml`, as readers that find worksheets by name (ExcelJS) expect them.
    const part = pkg.freeName(`${dir}/worksheets/sheet`, ".xml", removed);
    const id = freeRelationshipId(takenIds);
    takenIds.add(id);
    const sheetId = replaces?.sheetId ?? ++lastSheetId;
    return { part, id, sheetId };
  };
  const parts = places.map((place) => ({ place, ...newPart(place.replaces) }));
  const carriedParts = carried.map((place) => ({ place, ...newPart() }));

  const createdStyles =
    stylesName === undefined ? pkg.freeName(`${dir}/styles`, ".xml", removed, true) : undefined;
  const formats = new CellFormats(styles);
  const level = options.level ?? DEFLATE_LEVEL;
  const context = { renamed, date1904: workbook.date1904, formats, namespace: workbook.namespace };
  const packed = new Map<string, PackedPart>();
  for (const { place, part } of parts)
    packed.set(part, await packChunks(sheetXml(place.spec, context), level));
  const copied: RawZipEntry[] = [];
  const carriedOverrides: { part: string; type: string }[] = [];
  for (const { place, part } of carriedParts) {
    if (carrier === undefined) break;
    const carriedSheet = await carrier.carry(place.sheet, part, carriedRenamed);
    for (const [name, packedPart] of carriedSheet.packed) packed.set(name, packedPart);
    copied.push(...carriedSheet.copied);
    carriedOverrides.push(...carriedSheet.overrides);
  }

  const entries: SheetEntry[] = workbook.sheets.map((sheet) => {
    const replacing = parts.find((p) => p.place.replaces === sheet);
    return replacing === undefined
      ? { kind: "kept", sheet }
      : { kind: "kept", sheet, relationshipId: replacing.id };
  });
  const pending = parts.filter((p) => p.place.replaces === undefined);
  const added: string[] = [];
  const addEntry = (name: string, sheetId: number, relationshipId: string) => {
    entries.push({ kind: "new", name, sheetId, relationshipId });
    added.push(name);
  };
  for (const sheet of earlier) {
    const carriedHere = carriedParts.find((c) => c.place.sheet === sheet.sheet);
    if (carriedHere !== undefined) addEntry(carriedHere.place.name, carriedHere.sheetId, carriedHere.id);
    const successor = pending.find((p) => p.place.succeeds === sheet.sheet);
    if (successor === undefined) continue;
    addEntry(successor.place.name, successor.sheetId, successor.id);
    pending.splice(pending.indexOf(successor), 1);
  }
  for (const { place, sheetId, id } of pending) addEntry(place.name, sheetId, id);
  const indexOf = (name: string): number =>
    entries.findIndex((e) => (e.kind === "kept" ? e.sheet.name : e.name) === name);
  const names = definedNameEdits(workbook.names, markers, places, indexOf, options.owned !== false);
  if (earlierPackage !== undefined) {
    const earlierIndex = (sheet: { name: string }) =>
      earlierPackage.workbook.sheets.findIndex((s) => s.name === sheet.name);
    const carriedSheets = carried.map((c) => ({
      key: c.key,
      name: c.name,
      earlierIndex: earlierIndex(c.sheet),
    }));
    names.addNames.push(
      ...carriedNames(earlierPackage.workbook.names, carriedSheets, indexOf, carriedRenamed),
    );
  }

  // The worksheet relationship type the package already uses (strict OOXML has its own), else the transitional one.
  const worksheetType =
    workbookRels.find((r) => r.type.endsWith("/worksheet"))?.type ?? WORKSHEET_RELATIONSHIP;
  const newRelationships: NewRelationship[] = [...parts, ...carriedParts].map(({ part, id }) => ({
    id,
    type: worksheetType,
    target: targetOf(workbookName, part),
  }));
  if (createdStyles !== undefined)
    newRelationships.push({
      id: freeRelationshipId(takenIds),
      type: worksheetType.replace(/worksheet$/, "styles"),
      target: targetOf(workbookName, createdStyles),
    });
  const overrides = [...parts, ...carriedParts].map(({ part }) => ({ part, type: WORKSHEET_TYPE }));
  overrides.push(...carriedOverrides);
  if (createdStyles !== undefined) overrides.push({ part: createdStyles, type: STYLES_TYPE });

  const edited = new Map<string, string>([
    [workbookName, editWorkbookPart(workbook, { sheets: entries, ...names })],
    [workbookRelsName, editRelationships(workbookRelsXml, removedIds, newRelationships)],
    ["[Content_Types].xml", editContentTypes(contentTypes, removed, overrides)],
  ]);
  if (stylesName !== undefined) edited.set(stylesName, styles.toXml());
  if (appName !== undefined && zip.has(appName)) {
    const sheetNames = workbook.sheets.map((s) => s.name);
    edited.set(appName, withSheetTitles(pkg.text(appName), sheetNames, added));
  }

  const writer = new ZipWriter(sink);
  for (const name of zip.names) {
    if (removed.has(name)) continue;
    const text = edited.get(name);
    if (text !== undefined && text !== zip.text(name)) await writer.add(name, packText(text, level));
    else await writer.copy(pkg.raw(name));
  }
  if (!zip.has(workbookRelsName))
    await writer.add(workbookRelsName, packText(edited.get(workbookRelsName) ?? ""));
  for (const [part, sheet] of packed) await writer.add(part, sheet);
  for (const entry of copied) await writer.copy(entry);
  if (createdStyles !== undefined) await writer.add(createdStyles, packText(styles.toXml(), level));
  await writer.finish();

  return {
    sheets: places.map((p) => ({
      key: p.spec.key,
      name: p.name,
      replaced: p.replaces !== undefined || p.succeeds !== undefined,
    })),
    carried: carried.map((c) => ({ key: c.key, name: c.name })),
    refused: earlier.flatMap((e) =>
      e.fate === "refused" ? [{ key: e.key, name: e.sheet.name, reason: e.reason }] : [],
    ),
    workbookType: contentTypeOf(contentTypes, workbookName) ?? "",
  };
}
