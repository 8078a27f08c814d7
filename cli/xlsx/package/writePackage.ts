import { posix } from "node:path";
import type { SheetSpec } from "../../../core/index";
import { openZip } from "../zipArchive";
import { withSheetTitles } from "./appProperties";
import type { ByteSink } from "./byteSink";
import { CellFormats } from "./cellFormats";
import { contentTypeOf, editContentTypes, STYLES_TYPE, WORKSHEET_TYPE } from "./contentTypes";
import { ownerMarkers } from "./ownerMarkers";
import { definedNameEdits } from "./definedNameEdits";
import { PackageParts } from "./packageParts";
import { DEFLATE_LEVEL, packChunks, packText, type PackedPart } from "./packedPart";
import { relsPartOf, targetOf } from "./partNames";
import {
  editRelationships,
  EMPTY_RELATIONSHIPS,
  freeRelationshipId,
  readRelationships,
  type NewRelationship,
} from "./relationships";
import { placeSheets, type WrittenSheet } from "./sheetPlacement";
import { sheetXml } from "./sheetXml";
import { EMPTY_STYLESHEET, StyleSheet } from "./styleSheet";
import { editWorkbookPart, readWorkbookPart, type SheetEntry } from "./workbookPart";
import { ZipWriter } from "./zipWriter";

/** How a package is written. */
export interface PackageWriteOptions {
  /** zlib level for new parts (default 6). */
  level?: number;
  /** Mark the sheets as PropDesk's own (default true); false writes plain sheets, as a sample workbook's. */
  owned?: boolean;
}

/** What a package write did. */
export interface PackageWritten {
  sheets: WrittenSheet[];
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
 * chain goes too when a sheet is replaced (Excel rebuilds it), and Excel recalculates on load.
 */
export async function writePackage(
  input: Uint8Array,
  specs: readonly SheetSpec[],
  sink: ByteSink,
  options: PackageWriteOptions = {},
): Promise<PackageWritten> {
  const zip = openZip(input);
  if (zip === null) throw new Error("Not a zip archive");
  const pkg = new PackageParts(zip);
  const contentTypes = pkg.text("[Content_Types].xml");
  const rootRelationships = readRelationships(pkg.text("_rels/.rels"));
  const workbookName = pkg.target("", rootRelationships, "/officeDocument") ?? "xl/workbook.xml";
  const appName = pkg.target("", rootRelationships, "/extended-properties");
  const workbook = readWorkbookPart(pkg.text(workbookName));
  const workbookRelsName = relsPartOf(workbookName);
  const workbookRelsXml = zip.text(workbookRelsName) ?? EMPTY_RELATIONSHIPS;
  const workbookRels = readRelationships(workbookRelsXml);
  const relationship = new Map(workbookRels.map((r) => [r.id, r]));

  const markers = ownerMarkers(workbook);
  const { places, renamed } = placeSheets(workbook.sheets, markers, specs);

  const replaced = places.flatMap((p) => (p.replaces === undefined ? [] : [p.replaces]));
  const removedIds = new Set(replaced.map((s) => s.relationshipId));
  const calcChain = replaced.length > 0 ? workbookRels.find((r) => r.type.endsWith("/calcChain")) : undefined;
  if (calcChain !== undefined) removedIds.add(calcChain.id);
  const removed = pkg.partsOnlyUsedBy(workbookName, removedIds, relationship);

  const dir = posix.dirname(workbookName);
  const takenIds = new Set(workbookRels.map((r) => r.id).filter((id) => !removedIds.has(id)));
  let lastSheetId = Math.max(0, ...workbook.sheets.map((s) => s.sheetId));
  const parts = places.map((place) => {
    // `sheet<n>.xml`, as readers that find worksheets by name (ExcelJS) expect them.
    const part = pkg.freeName(`${dir}/worksheets/sheet`, ".xml", removed);
    const id = freeRelationshipId(takenIds);
    takenIds.add(id);
    const sheetId = place.replaces?.sheetId ?? ++lastSheetId;
    return { place, part, id, sheetId };
  });

  const stylesName = pkg.target(workbookName, workbookRels, "/styles");
  const styles = new StyleSheet(stylesName === undefined ? EMPTY_STYLESHEET : pkg.text(stylesName));
  const createdStyles =
    stylesName === undefined ? pkg.freeName(`${dir}/styles`, ".xml", removed, true) : undefined;
  const formats = new CellFormats(styles);
  const level = options.level ?? DEFLATE_LEVEL;
  const context = { renamed, date1904: workbook.date1904, formats, namespace: workbook.namespace };
  const packed = new Map<string, PackedPart>();
  for (const { place, part } of parts)
    packed.set(part, await packChunks(sheetXml(place.spec, context), level));

  const entries: SheetEntry[] = workbook.sheets.map((sheet) => {
    const replacing = parts.find((p) => p.place.replaces === sheet);
    return replacing === undefined
      ? { kind: "kept", sheet }
      : { kind: "kept", sheet, relationshipId: replacing.id };
  });
  for (const { place, id, sheetId } of parts)
    if (place.replaces === undefined)
      entries.push({ kind: "new", name: place.name, sheetId, relationshipId: id });
  const indexOf = (name: string): number =>
    entries.findIndex((e) => (e.kind === "kept" ? e.sheet.name : e.name) === name);
  const names = definedNameEdits(workbook.names, markers, places, indexOf, options.owned !== false);

  // The worksheet relationship type the package already uses (strict OOXML has its own), else the transitional one.
  const worksheetType =
    workbookRels.find((r) => r.type.endsWith("/worksheet"))?.type ?? WORKSHEET_RELATIONSHIP;
  const newRelationships: NewRelationship[] = parts.map(({ part, id }) => ({
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
  const overrides = parts.map(({ part }) => ({ part, type: WORKSHEET_TYPE }));
  if (createdStyles !== undefined) overrides.push({ part: createdStyles, type: STYLES_TYPE });

  const edited = new Map<string, string>([
    [workbookName, editWorkbookPart(workbook, { sheets: entries, ...names })],
    [workbookRelsName, editRelationships(workbookRelsXml, removedIds, newRelationships)],
    ["[Content_Types].xml", editContentTypes(contentTypes, removed, overrides)],
  ]);
  if (stylesName !== undefined) edited.set(stylesName, styles.toXml());
  if (appName !== undefined && zip.has(appName)) {
    const added = parts.filter((p) => p.place.replaces === undefined).map((p) => p.place.name);
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
  if (createdStyles !== undefined) await writer.add(createdStyles, packText(styles.toXml(), level));
  await writer.finish();

  return {
    sheets: places.map((p) => ({ key: p.spec.key, name: p.name, replaced: p.replaces !== undefined })),
    workbookType: contentTypeOf(contentTypes, workbookName) ?? "",
  };
}
