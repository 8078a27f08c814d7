import type { ZipArchive } from "../zipArchive";
import type { ReadBudget } from "./readBudget";
import { MAX_TEXT_PART_BYTES } from "./readLimits";
import { relationshipsPartOf } from "./packagePath";
import { scanPart } from "./scanPart";
import { XlsxReadError } from "./xlsxReadError";
import { XmlScanner } from "./xmlScanner";

const CONTENT_TYPES = "[Content_Types].xml";

/**
 * Checks, before a job runs, the parts the package writer decodes whole and edits as text that the reader does
 * not otherwise read: `[Content_Types].xml` and the package's relationships (both required, rooted in `Types` and
 * `Relationships`), the workbook part's relationships (rooted in `Relationships` when present), every other
 * relationships part and the app properties part (`appPart`). Each must be well-formed and inflate to at most
 * `MAX_TEXT_PART_BYTES`, so writing the output copy never meets a part it cannot hold or edit. Throws
 * `XlsxReadError`.
 */
export async function checkWriterTextParts(
  zip: ZipArchive,
  workbookPart: string,
  appPart: string | null,
  budget: ReadBudget,
): Promise<void> {
  const workbookRels = relationshipsPartOf(workbookPart);
  await checkPart(zip, CONTENT_TYPES, "Types", true, budget);
  await checkPart(zip, relationshipsPartOf(""), "Relationships", true, budget);
  await checkPart(zip, workbookRels, "Relationships", false, budget);
  for (const name of zip.names)
    if (name.toLowerCase().endsWith(".rels") && name !== workbookRels && name !== relationshipsPartOf(""))
      await checkPart(zip, name, null, false, budget);
  if (appPart !== null) await checkPart(zip, appPart, null, false, budget);
}

/** Scans one part for its size and well-formedness, and for its root element's local name when `root` is given. */
async function checkPart(
  zip: ZipArchive,
  part: string,
  root: string | null,
  required: boolean,
  budget: ReadBudget,
): Promise<void> {
  let first: number | null = null;
  const scanner = new XmlScanner(root === null ? [] : [root], [], {
    open(tag) {
      first ??= tag.element;
    },
    close() {},
    text() {},
  });
  const found = await scanPart(zip, part, scanner, { limit: MAX_TEXT_PART_BYTES, budget });
  if (!found && required) throw new XlsxReadError("damaged", `the package has no ${part}`, { part });
  if (found && root !== null && first !== 0)
    throw new XlsxReadError("damaged", `${part} is not a <${root}> part`, { part });
}
