import { openZip, type ZipArchive } from "../../cli/xlsx/zipArchive";
import { findPart } from "../../cli/xlsx/read/packagePath";
import { partOfType, readRelationships } from "../../cli/xlsx/read/relationships";
import { readWorkbookPart } from "../../cli/xlsx/read/workbookPart";
import { readXlsxBook } from "../../cli/xlsx/read/readXlsxBook";

/** A worksheet of a package: its name in the workbook and its part. */
interface SheetPart {
  name: string;
  part: string;
}

/** A package's worksheets in tab order, found as the reader finds them, and the parts the package writer edits. */
async function packageOf(zip: ZipArchive): Promise<{ sheets: SheetPart[]; edited: Set<string> }> {
  const root = await readRelationships(zip, "");
  const workbookPart = partOfType(root, "/officeDocument") ?? findPart(zip, "xl/workbook.xml") ?? "";
  const workbook = await readWorkbookPart(zip, workbookPart);
  const relationships = await readRelationships(zip, workbookPart);
  const sheets = workbook.sheets.flatMap(({ name, relationshipId }) => {
    const relationship = relationships.get(relationshipId);
    return relationship?.part != null && relationship.type.endsWith("/worksheet")
      ? [{ name, part: relationship.part }]
      : [];
  });
  const workbookRels = workbookPart.replace(/([^/]*)$/, "_rels/$1.rels");
  const edited = new Set(
    [
      "[Content_Types].xml",
      workbookPart,
      workbookRels,
      partOfType(relationships, "/styles"),
      partOfType(root, "/extended-properties"),
    ].filter((part): part is string => part !== null),
  );
  return { sheets, edited };
}

function opened(bytes: Uint8Array): ZipArchive {
  const zip = openZip(bytes);
  if (zip === null) throw new Error("not a zip archive");
  return zip;
}

/** An input workbook as the checks need it: its archive, worksheets, edited parts and PropDesk's own sheets' parts. */
export interface InputPackage {
  bytes: Uint8Array;
  zip: ZipArchive;
  sheets: SheetPart[];
  edited: Set<string>;
  own: Set<string>;
}

/** Reads what the checks need of an input workbook, once for all the runs on it. */
export async function inputPackage(bytes: Uint8Array): Promise<InputPackage> {
  const zip = opened(bytes);
  const { sheets, edited } = await packageOf(zip);
  const own = new Set(
    (await readXlsxBook(zip)).sheets.flatMap((sheet, i) =>
      sheet.ownerKey === undefined ? [] : [sheets[i]?.part ?? ""],
    ),
  );
  return { bytes, zip, sheets, edited, own };
}

/**
 * What of the input is not in the output copy as it was: an input sheet missing from the output's tab list, an
 * input worksheet part missing or changed by one byte (PropDesk's own sheets, which a run replaces, aside), any
 * other part missing or changed but for the parts that register sheets, names and styles. Empty when the copy
 * keeps everything.
 */
export async function lostInCopy(input: InputPackage, output: Uint8Array): Promise<string[]> {
  const outZip = opened(output);
  const after = await packageOf(outZip);
  const lost: string[] = [];
  const outNames = new Set(after.sheets.map((s) => s.name));
  for (const { name, part } of input.sheets) {
    if (input.own.has(part)) continue;
    if (!outNames.has(name)) lost.push(`sheet "${name}" is not in the output's tab list`);
    if (!sameEntry(input.zip, outZip, part))
      lost.push(`sheet "${name}"'s part ${part} is missing or changed`);
  }
  if (input.own.size > 0) return lost;
  for (const part of input.zip.names) {
    if (input.edited.has(part)) {
      if (!outZip.has(part)) lost.push(`${part} is missing`);
    } else if (!sameEntry(input.zip, outZip, part)) lost.push(`${part} is missing or changed`);
  }
  return lost;
}

/** True when both archives store the entry with the same bytes (compressed as they are, and the same CRC). */
function sameEntry(a: ZipArchive, b: ZipArchive, name: string): boolean {
  const x = a.raw(name);
  const y = b.raw(name);
  return x !== null && y !== null && x.crc === y.crc && Buffer.from(x.data).equals(Buffer.from(y.data));
}

/**
 * The formulas of the output's new parts (parts the input did not have) that hold `hostile` outside their string
 * literals and quoted sheet names: text of the input that became a formula. Empty when none did.
 */
export function formulasFromInput(input: InputPackage, output: Uint8Array, hostile: RegExp): string[] {
  const inZip = input.zip;
  const outZip = opened(output);
  const found: string[] = [];
  for (const part of outZip.names) {
    if (inZip.has(part) || !part.endsWith(".xml")) continue;
    const xml = outZip.text(part) ?? "";
    for (const [, formula = ""] of xml.matchAll(/<(?:\w+:)?f(?:\s[^>]*)?>([^<]*)<\/(?:\w+:)?f>/g)) {
      const bare = decodeEntities(formula)
        .replace(/"(?:[^"]|"")*"/g, '""')
        .replace(/'(?:[^']|'')*'/g, "''");
      if (hostile.test(bare)) found.push(`${part}: ${formula}`);
    }
  }
  return found;
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");
}
