import { openZip, type ZipArchive } from "../zipArchive";
import { PackageParts } from "./packageParts";
import { relsPartOf, resolveTarget } from "./partNames";
import { EMPTY_RELATIONSHIPS, readRelationships, type Relationship } from "./relationships";
import { readWorkbookPart, type WorkbookPart, type WorkbookSheet } from "./workbookPart";

/** An .xlsx package opened at its workbook: the parts, the workbook part and the workbook's relationships. */
export interface WorkbookPackage {
  zip: ZipArchive;
  pkg: PackageParts;
  /** The text of `[Content_Types].xml`. */
  contentTypes: string;
  /** The workbook part's name, `xl/workbook.xml` almost always. */
  workbookName: string;
  workbook: WorkbookPart;
  workbookRelsName: string;
  /** The workbook's relationships part as it is (an empty one when the package has none). */
  workbookRelsXml: string;
  workbookRels: Relationship[];
  /** The extended-properties part (`docProps/app.xml`), when the package names one. */
  appName: string | undefined;
}

/** Opens an .xlsx package at its workbook part; throws when the bytes are no zip or hold no readable workbook. */
export function openWorkbookPackage(bytes: Uint8Array): WorkbookPackage {
  const zip = openZip(bytes);
  if (zip === null) throw new Error("Not a zip archive");
  const pkg = new PackageParts(zip);
  const contentTypes = pkg.text("[Content_Types].xml");
  const rootRelationships = readRelationships(pkg.text("_rels/.rels"));
  const workbookName = pkg.target("", rootRelationships, "/officeDocument") ?? "xl/workbook.xml";
  const workbookRelsName = relsPartOf(workbookName);
  const workbookRelsXml = zip.text(workbookRelsName) ?? EMPTY_RELATIONSHIPS;
  return {
    zip,
    pkg,
    contentTypes,
    workbookName,
    workbook: readWorkbookPart(pkg.text(workbookName)),
    workbookRelsName,
    workbookRelsXml,
    workbookRels: readRelationships(workbookRelsXml),
    appName: pkg.target("", rootRelationships, "/extended-properties"),
  };
}

/** The part a sheet of the workbook is stored in, when its relationship names one the package holds. */
export function sheetPartOf(opened: WorkbookPackage, sheet: WorkbookSheet): string | undefined {
  const relationship = opened.workbookRels.find((r) => r.id === sheet.relationshipId && !r.external);
  if (relationship === undefined) return undefined;
  const part = resolveTarget(opened.workbookName, relationship.target);
  return opened.zip.names.find((name) => name.toLowerCase() === part.toLowerCase());
}
