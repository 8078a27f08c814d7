import { decodeXmlText, xmlAttribute, xmlText } from "./xmlText";
import {
  attributeOf,
  elementOf,
  elementsOf,
  prefixOf,
  qualified,
  rootPrefixOf,
  splice,
  withAttribute,
  type XmlElement,
} from "./xmlTags";

/** The relationships namespaces, transitional and strict. */
const RELATIONSHIP_NAMESPACES = [
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  "http://purl.oclc.org/ooxml/officeDocument/relationships",
];

/** One `<sheet>` of the workbook part: a worksheet, chart sheet, dialog or macro sheet, in tab order. */
export interface WorkbookSheet {
  name: string;
  sheetId: number;
  /** The id of the workbook relationship to its part. */
  relationshipId: string;
  element: XmlElement;
}

/** One `<definedName>`: its name, its sheet when it is local to one (0-based tab index), its formula text. */
export interface DefinedName {
  name: string;
  localSheetId: number | undefined;
  text: string;
  element: XmlElement;
}

/** What PropDesk reads of the workbook part. */
export interface WorkbookPart {
  xml: string;
  /** The prefix of the SpreadsheetML elements (`""` almost always). */
  prefix: string;
  /** The prefix bound to the relationships namespace, for `r:id`. */
  relationshipPrefix: string;
  /** The namespace of the root element: transitional or strict SpreadsheetML. */
  namespace: string;
  sheets: WorkbookSheet[];
  names: DefinedName[];
  date1904: boolean;
}

/** Reads the sheets, defined names and date system of `xl/workbook.xml`. */
export function readWorkbookPart(xml: string): WorkbookPart {
  const prefix = rootPrefixOf(xml);
  const relationshipPrefix = prefixOf(xml, RELATIONSHIP_NAMESPACES) ?? "r";
  const namespace = new RegExp(`\\sxmlns${prefix === "" ? "" : `:${prefix}`}="([^"]*)"`).exec(xml)?.[1] ?? "";
  const sheetsElement = elementOf(xml, "sheets", prefix);
  const sheets = elementsOf(sheetsElement?.text ?? "", "sheet", prefix).map((element) => {
    const at = (sheetsElement?.start ?? 0) + element.start;
    const shifted = { ...element, start: at, end: at + element.text.length };
    return {
      name: decodeXmlText(attributeOf(element.tag, "name") ?? ""),
      sheetId: Number(attributeOf(element.tag, "sheetId") ?? 0),
      relationshipId: decodeXmlText(attributeOf(element.tag, qualified(relationshipPrefix, "id")) ?? ""),
      element: shifted,
    };
  });
  const names = elementsOf(xml, "definedName", prefix).map((element) => {
    const local = attributeOf(element.tag, "localSheetId");
    return {
      name: decodeXmlText(attributeOf(element.tag, "name") ?? ""),
      localSheetId: local === undefined ? undefined : Number(local),
      text: decodeXmlText(element.inner),
      element,
    };
  });
  const workbookPr = elementOf(xml, "workbookPr", prefix)?.tag ?? "";
  const date1904 = /^(1|true)$/.test(attributeOf(workbookPr, "date1904") ?? "");
  return { xml, prefix, relationshipPrefix, namespace, sheets, names, date1904 };
}

/** A sheet of the edited workbook: one kept (with its relationship id changed when its part is replaced) or a new one. */
export type SheetEntry =
  | { kind: "kept"; sheet: WorkbookSheet; relationshipId?: string }
  | { kind: "new"; name: string; sheetId: number; relationshipId: string };

/** A defined name to add. */
export interface NewDefinedName {
  name: string;
  localSheetId?: number;
  hidden?: boolean;
  text: string;
}

/** The changes PropDesk makes to the workbook part. */
export interface WorkbookEdit {
  /** Every sheet in tab order. */
  sheets: readonly SheetEntry[];
  removeNames: ReadonlySet<DefinedName>;
  addNames: readonly NewDefinedName[];
}

/** Elements that follow `<definedNames>` in a workbook part, in schema order. */
const AFTER_DEFINED_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

/**
 * The workbook part with its sheets and defined names edited and `fullCalcOnLoad` set, so Excel recalculates
 * every formula when it opens the file. Everything else stays as it was, byte for byte.
 */
export function editWorkbookPart(part: WorkbookPart, edit: WorkbookEdit): string {
  const { prefix } = part;
  const sheetsXml = edit.sheets.map((entry) => sheetXml(part, entry)).join("");
  const sheetsElement = elementOf(part.xml, "sheets", prefix);
  if (sheetsElement === undefined) throw new Error("The workbook part has no <sheets>");
  const keptNames = part.names.filter((n) => !edit.removeNames.has(n)).map((n) => n.element.text);
  const addedNames = edit.addNames.map((n) => definedNameXml(prefix, n));
  const names = [...keptNames, ...addedNames];

  let xml = splice(
    part.xml,
    sheetsElement.start,
    sheetsElement.end,
    `${sheetsElement.tag.replace(/\/>$/, ">")}${sheetsXml}</${qualified(prefix, "sheets")}>`,
  );
  xml = withDefinedNames(xml, prefix, names);
  return withFullCalcOnLoad(xml, prefix);
}

function sheetXml(part: WorkbookPart, entry: SheetEntry): string {
  const idAttribute = qualified(part.relationshipPrefix, "id");
  if (entry.kind === "kept") {
    const { text, tag } = entry.sheet.element;
    if (entry.relationshipId === undefined) return text;
    return text.replace(tag, withAttribute(tag, idAttribute, xmlAttribute(entry.relationshipId)));
  }
  return `<${qualified(part.prefix, "sheet")} name="${xmlAttribute(entry.name)}" sheetId="${entry.sheetId}" ${idAttribute}="${xmlAttribute(entry.relationshipId)}"/>`;
}

function definedNameXml(prefix: string, name: NewDefinedName): string {
  const local = name.localSheetId === undefined ? "" : ` localSheetId="${name.localSheetId}"`;
  const hidden = name.hidden === true ? ' hidden="1"' : "";
  const tag = qualified(prefix, "definedName");
  return `<${tag} name="${xmlAttribute(name.name)}"${local}${hidden}>${xmlText(name.text)}</${tag}>`;
}

/** The part with exactly these `<definedName>` elements: the element replaced, inserted where the schema puts it, or dropped when empty. */
function withDefinedNames(xml: string, prefix: string, names: readonly string[]): string {
  const tag = qualified(prefix, "definedNames");
  const existing = elementOf(xml, "definedNames", prefix);
  const element = names.length === 0 ? "" : `<${tag}>${names.join("")}</${tag}>`;
  if (existing !== undefined) {
    if (names.join("") === existing.inner) return xml;
    return splice(xml, existing.start, existing.end, element);
  }
  return insertBefore(xml, prefix, AFTER_DEFINED_NAMES, element);
}

function withFullCalcOnLoad(xml: string, prefix: string): string {
  const calcPr = elementOf(xml, "calcPr", prefix);
  if (calcPr !== undefined) {
    if (/^(1|true)$/.test(attributeOf(calcPr.tag, "fullCalcOnLoad") ?? "")) return xml;
    return splice(
      xml,
      calcPr.start,
      calcPr.start + calcPr.tag.length,
      withAttribute(calcPr.tag, "fullCalcOnLoad", "1"),
    );
  }
  return insertBefore(
    xml,
    prefix,
    AFTER_DEFINED_NAMES.slice(1),
    `<${qualified(prefix, "calcPr")} fullCalcOnLoad="1"/>`,
  );
}

/** Inserts an element before the first of `followers` present, else before the root's end tag. */
function insertBefore(xml: string, prefix: string, followers: readonly string[], element: string): string {
  if (element === "") return xml;
  const at = followers
    .map((name) => elementOf(xml, name, prefix)?.start)
    .filter((start): start is number => start !== undefined)
    .sort((a, b) => a - b)[0];
  const end = at ?? xml.lastIndexOf(`</${qualified(prefix, "workbook")}`);
  return splice(xml, end, end, element);
}
