import { posix } from "node:path";
import type { ZipArchive } from "./zipArchive";

/**
 * What of an .xlsx package an ExcelJS 4.4 load-and-save does not carry into the copy, as human-readable
 * feature names in a stable order. Each rule was checked by round-tripping a file through ExcelJS.
 * @example lostFeatures(openZip(bytes)!) // ["charts", "pivot tables"]
 */
export function lostFeatures(zip: ZipArchive): string[] {
  const under = (...prefixes: string[]): boolean =>
    zip.names.some((name) => prefixes.some((p) => name.startsWith(p)));
  const workbook = zip.text("xl/workbook.xml") ?? "";
  const names = definedNames(workbook).filter((n) => !/^(_xlnm|_PropDesk)\./i.test(n.name));
  const sheets = zip.names.filter((name) => /^xl\/worksheets\/[^/]+\.xml$/.test(name));
  let sheetTexts: string[] | undefined;
  const anySheet = (pattern: RegExp): boolean => {
    sheetTexts ??= sheets.map((name) => zip.text(name) ?? "");
    return sheetTexts.some((text) => pattern.test(text));
  };
  const drawings = (): string[] =>
    zip.names.filter((name) => /^xl\/drawings\/[^/]+\.xml$/.test(name)).map((name) => zip.text(name) ?? "");

  const rules: [feature: string, lost: () => boolean][] = [
    ["charts", () => under("xl/charts/")],
    ["chart sheets", () => under("xl/chartsheets/")],
    ["pivot tables", () => under("xl/pivotTables/", "xl/pivotCache/")],
    ["slicers", () => under("xl/slicers/", "xl/slicerCaches/")],
    ["timelines", () => under("xl/timelines/", "xl/timelineCaches/")],
    ["macros", () => under("xl/vbaProject.bin", "xl/macrosheets/", "xl/dialogsheets/")],
    ["shapes and text boxes", () => drawings().some((xml) => /<(?:\w+:)?(?:sp|cxnSp|grpSp)[\s>]/.test(xml))],
    ["SmartArt", () => under("xl/diagrams/")],
    ["pictures in cells", () => under("xl/richData/")],
    ["form controls", () => under("xl/ctrlProps/", "xl/activeX/")],
    ["embedded objects", () => under("xl/embeddings/")],
    ["external links", () => under("xl/externalLinks/")],
    ["data connections", () => under("xl/connections.xml", "xl/queryTables/", "xl/model/")],
    ["dynamic array formulas", () => /\bfDynamic="(1|true)"/.test(zip.text("xl/metadata.xml") ?? "")],
    ["threaded comments", () => under("xl/threadedComments/")],
    ["comments on empty cells", () => sheets.some((sheet) => hasCommentOnEmptyCell(zip, sheet))],
    ["hyperlinks within the workbook", () => anySheet(/<hyperlink\b(?![^>]*\br:id=)[^>]*\blocation=/)],
    ["sparklines", () => anySheet(/<\w+:sparklineGroup\b/)],
    ["data validation lists from other sheets", () => anySheet(/<\w+:dataValidation\b/)],
    ["named formulas or constants", () => names.some((n) => !PLAIN_RANGES.test(n.text.trim()))],
    ["sheet-level names", () => names.some((n) => n.sheetLevel)],
    ["workbook protection", () => WORKBOOK_PROTECTION.test(workbook)],
    ["custom document properties", () => hasCustomProperties(zip.text("docProps/custom.xml") ?? "")],
  ];
  return rules.filter(([, lost]) => lost()).map(([feature]) => feature);
}

const SHEET = String.raw`(?:'(?:[^'\[\]]|'')+'|[^'!\s(),:;+\-*/^&=<>#\[\]"{}]+)`;
const CELL = String.raw`\$[A-Za-z]{1,3}\$\d+`;
const AREA = `${SHEET}!${CELL}(?::${CELL})?`;
/** What ExcelJS keeps of a defined name: a list of absolute cell ranges on named sheets. */
const PLAIN_RANGES = new RegExp(`^${AREA}(?:,${AREA})*$`);
const WORKBOOK_PROTECTION =
  /<workbookProtection\b[^>]*\b(?:(?:lockStructure|lockWindows|lockRevision)="(?:1|true)"|workbookPassword=|workbookHashValue=|revisionsPassword=|revisionsHashValue=)/;

function definedNames(workbookXml: string): { name: string; text: string; sheetLevel: boolean }[] {
  const out: { name: string; text: string; sheetLevel: boolean }[] = [];
  for (const m of workbookXml.matchAll(/<definedName\b([^>]*?)(?:\/>|>([^<]*)<\/definedName>)/g)) {
    const attributes = m[1] ?? "";
    const name = /\bname="([^"]*)"/.exec(attributes)?.[1] ?? "";
    out.push({
      name: unescapeXml(name),
      text: unescapeXml(m[2] ?? ""),
      sheetLevel: /\blocalSheetId="/.test(attributes),
    });
  }
  return out;
}

/** Custom document properties other than the build stamps WPS Office writes into every file. */
function hasCustomProperties(customXml: string): boolean {
  return [...customXml.matchAll(/<property\b[^>]*\bname="([^"]*)"/g)].some(
    (m) => !/^(KSO|ICV$)/.test(m[1] ?? ""),
  );
}

function hasCommentOnEmptyCell(zip: ZipArchive, sheet: string): boolean {
  const rels = zip.text(`${posix.dirname(sheet)}/_rels/${posix.basename(sheet)}.rels`) ?? "";
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const tag = m[0];
    if (!/\bType="[^"]*\/comments"/.test(tag)) continue;
    const target = /\bTarget="([^"]*)"/.exec(tag)?.[1] ?? "";
    const part = target.startsWith("/")
      ? target.slice(1)
      : posix.normalize(posix.join(posix.dirname(sheet), target));
    const refs = [...(zip.text(part) ?? "").matchAll(/<comment\b[^>]*\bref="([^"]+)"/g)].map((r) =>
      (r[1] ?? "").toUpperCase(),
    );
    if (refs.length === 0) continue;
    const cells = new Set(
      [...(zip.text(sheet) ?? "").matchAll(/<c\b[^>]*?\br="([^"]+)"/g)].map((c) =>
        (c[1] ?? "").toUpperCase(),
      ),
    );
    if (refs.some((ref) => !cells.has(ref.replace(/\$/g, "")))) return true;
  }
  return false;
}

function unescapeXml(text: string): string {
  return text.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
    if (entity === "lt") return "<";
    if (entity === "gt") return ">";
    if (entity === "quot") return '"';
    if (entity === "apos") return "'";
    if (entity === "amp") return "&";
    const code = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return String.fromCodePoint(code);
  });
}
