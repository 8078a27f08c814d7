import { posix } from "node:path";
import type { RawZipEntry } from "../zipArchive";
import { XlsxReadError } from "../read/xlsxReadError";
import { CarriedStyles } from "./carriedStyles";
import { carriedSheetXml } from "./carriedSheetXml";
import { contentTypeOf } from "./contentTypes";
import { packChunks, packText, type PackedPart } from "./packedPart";
import { relsPartOf, resolveTarget, targetOf } from "./partNames";
import { readRelationships } from "./relationships";
import type { StyleSheet } from "./styleSheet";
import { sheetPartOf, type WorkbookPackage } from "./workbookPackage";
import type { WorkbookSheet } from "./workbookPart";
import { xmlAttribute } from "./xmlText";
import { elementsOf, rootPrefixOf, withAttribute } from "./xmlTags";

/** Why a sheet of an earlier output cannot be carried into a new one. */
export type CarryRefusal =
  /** Its ownership marker names several sheets (a copied sheet), so none of them is PropDesk's alone. */
  | "shared-marker"
  /** Its part, or a part it uses, is missing or unreadable. */
  | "missing-part"
  /** It uses parts registered with the whole workbook (a table, a pivot table, a slicer...), which cannot move alone. */
  | "workbook-parts"
  /** It is written in another SpreadsheetML namespace (strict against transitional) than the new workbook. */
  | "namespace";

/**
 * The relationship types (their last segment) of parts a sheet may take along: self-contained parts that need
 * no registration with the workbook. Any other internal relationship keeps the sheet behind.
 */
const MOVABLE = new Set([
  "printerSettings",
  "drawing",
  "vmlDrawing",
  "comments",
  "image",
  "chart",
  "chartUserShapes",
  "chartStyle",
  "chartColorStyle",
  "themeOverride",
  "package",
  "oleObject",
  "hyperlink",
]);

/** What carrying one sheet adds to the new package. */
export interface CarriedParts {
  /** New parts: the worksheet and the relationship parts, rewritten. */
  packed: Map<string, PackedPart>;
  /** Parts the sheet uses (drawings, comments, pictures...), copied as stored under their new names. */
  copied: RawZipEntry[];
  /** Content-type overrides of the copied parts. */
  overrides: { part: string; type: string }[];
}

/** Where carried parts go in the new package. */
export interface CarryTarget {
  /** A part name free in the new package, claimed for good: `<stem><n><extension>`. */
  freeName(stem: string, extension: string): string;
  styles: StyleSheet;
  /** The SpreadsheetML namespace of the new workbook. */
  namespace: string;
}

/**
 * Copies worksheets of another package (an earlier output) into a new one, with the parts each one uses: the
 * worksheet rewritten by {@link carriedSheetXml}, its drawings, comments, pictures and printer settings copied as
 * stored under free names, their relationships pointed at those names.
 */
export class SheetCarrier {
  private readonly styles: CarriedStyles;
  private sharedStrings: (string | undefined)[] | undefined;
  /** The new name of each part already copied, so a part two sheets use is copied once. */
  private readonly copiedNames = new Map<string, string>();

  constructor(
    private readonly source: WorkbookPackage,
    private readonly target: CarryTarget,
  ) {
    const stylesName = source.pkg.target(source.workbookName, source.workbookRels, "/styles");
    this.styles = new CarriedStyles(
      stylesName === undefined ? undefined : (source.zip.text(stylesName) ?? undefined),
      target.styles,
    );
  }

  /** Why a sheet of the source cannot be carried, or undefined when it can. */
  refusal(sheet: WorkbookSheet): CarryRefusal | undefined {
    const part = sheetPartOf(this.source, sheet);
    if (part === undefined || this.source.zip.raw(part) === null) return "missing-part";
    if (this.source.workbook.namespace !== this.target.namespace) return "namespace";
    for (const used of this.partsUsedBy(part)) {
      if (used.type === undefined) return "workbook-parts";
      if (this.source.zip.raw(used.part) === null) return "missing-part";
    }
    return undefined;
  }

  /** Carries a sheet {@link refusal} accepts into the part `newPart`, with the sheets renamed as `renamed` says. */
  async carry(
    sheet: WorkbookSheet,
    newPart: string,
    renamed: ReadonlyMap<string, string>,
  ): Promise<CarriedParts> {
    const part = sheetPartOf(this.source, sheet);
    const xml = part === undefined ? null : this.source.zip.text(part);
    if (part === undefined || xml === null)
      throw new XlsxReadError("damaged", `the sheet ${sheet.name} has no readable part`, {
        sheet: sheet.name,
        part: part ?? "",
      });
    const context = {
      styles: this.styles,
      sharedString: (index: number) => this.sharedString(index),
      renamed,
    };
    const carried: CarriedParts = { packed: new Map(), copied: [], overrides: [] };
    carried.packed.set(newPart, await packChunks(carriedSheetXml(xml, context)));
    this.copyRelationships(part, newPart, carried);
    return carried;
  }

  /** Every part a part reaches through its relationships, with the type of the relationship it is reached by (undefined: not movable). */
  private partsUsedBy(part: string): { part: string; type: string | undefined }[] {
    const found: { part: string; type: string | undefined }[] = [];
    const seen = new Set([part]);
    const pending = [part];
    for (let current = pending.pop(); current !== undefined; current = pending.pop()) {
      for (const relationship of this.relationshipsOf(current)) {
        if (relationship.external) continue;
        const used = this.partName(resolveTarget(current, relationship.target));
        if (seen.has(used)) continue;
        seen.add(used);
        const kind = relationship.type.slice(relationship.type.lastIndexOf("/") + 1);
        found.push({ part: used, type: MOVABLE.has(kind) ? kind : undefined });
        pending.push(used);
      }
    }
    return found;
  }

  /** Writes `newPart`'s relationships (those of `part`, pointed at the copies) and copies what they reach. */
  private copyRelationships(part: string, newPart: string, carried: CarriedParts): void {
    const relsXml = this.source.zip.text(relsPartOf(part));
    if (relsXml === null) return;
    const prefix = rootPrefixOf(relsXml);
    let rewritten = relsXml;
    const elements = elementsOf(relsXml, "Relationship", prefix).reverse();
    const relationships = readRelationships(relsXml).reverse();
    relationships.forEach((relationship, i) => {
      const element = elements[i];
      if (relationship.external || element === undefined) return;
      const used = this.partName(resolveTarget(part, relationship.target));
      const copy = this.copyPart(used, carried);
      const tag = withAttribute(element.tag, "Target", xmlAttribute(targetOf(newPart, copy)));
      rewritten =
        rewritten.slice(0, element.start) +
        element.text.replace(element.tag, tag) +
        rewritten.slice(element.end);
    });
    carried.packed.set(relsPartOf(newPart), packText(rewritten));
  }

  /** Copies a part the sheet uses under a free name (once), with its own relationships; returns its new name. */
  private copyPart(part: string, carried: CarriedParts): string {
    const known = this.copiedNames.get(part);
    if (known !== undefined) return known;
    const extension = posix.extname(part);
    const stem = part.slice(0, part.length - extension.length).replace(/(?<!\d)\d+$/, "");
    const name = this.target.freeName(stem, extension);
    this.copiedNames.set(part, name);
    const raw = this.source.zip.raw(part);
    if (raw === null) throw new Error(`The part ${part} cannot be read`);
    carried.copied.push({ ...raw, name });
    const type = contentTypeOf(this.source.contentTypes, part);
    if (type !== undefined) carried.overrides.push({ part: name, type });
    this.copyRelationships(part, name, carried);
    return name;
  }

  private relationshipsOf(part: string) {
    const xml = this.source.zip.text(relsPartOf(part));
    return xml === null ? [] : readRelationships(xml);
  }

  /** A part's name as the package spells it (OPC compares names ignoring case). */
  private partName(part: string): string {
    return this.source.zip.names.find((name) => name.toLowerCase() === part.toLowerCase()) ?? part;
  }

  private sharedString(index: number): string | undefined {
    if (this.sharedStrings === undefined) {
      const { pkg, workbookName, workbookRels, zip } = this.source;
      const name = pkg.target(workbookName, workbookRels, "/sharedStrings");
      const xml = (name === undefined ? null : zip.text(name)) ?? "";
      const prefix = rootPrefixOf(xml);
      const unprefixed = new RegExp(`(</?)${prefix}:`, "g");
      this.sharedStrings = elementsOf(xml, "si", prefix).map((si) =>
        prefix === "" ? si.inner : si.inner.replace(unprefixed, "$1"),
      );
    }
    return this.sharedStrings[index];
  }
}
