import type { BookData, SheetData } from "../../../core/index";
import type { ZipArchive } from "../zipArchive";
import { readFormatCodes } from "./formatCodes";
import { ownerKeys } from "./ownerKeys";
import { findPart } from "./packagePath";
import { ReadBudget } from "./readBudget";
import { partOfType, readRelationships } from "./relationships";
import { readSharedStrings } from "./sharedStrings";
import { readSheetPart } from "./sheetPart";
import { readWorkbookPart } from "./workbookPart";
import { checkWriterTextParts } from "./writerTextParts";

const DEFAULT_WORKBOOK = "xl/workbook.xml";

/**
 * Reads an .xlsx package into the core's view of it, straight from its XML, streamed: every worksheet (hidden
 * ones too, chart sheets not) in the workbook's order, found through the relationships whatever its part is
 * called, as Office.js `Range.values` would give it, each PropDesk sheet with its `ownerKey`. Everything read is
 * taken from `budget` (bytes inflated, cells) and bounded by the limits of `readLimits.ts`; the parts the package
 * writer edits as text are checked too, so a workbook that reads is one a copy can be written of. Throws
 * `XlsxReadError` when a part is damaged or anything is too large.
 */
export async function readXlsxBook(
  zip: ZipArchive,
  budget: ReadBudget = new ReadBudget(),
): Promise<BookData> {
  const root = await readRelationships(zip, "", budget);
  const workbookPart =
    partOfType(root, "/officeDocument") ?? findPart(zip, DEFAULT_WORKBOOK) ?? DEFAULT_WORKBOOK;
  const workbook = await readWorkbookPart(zip, workbookPart, budget);
  const relationships = await readRelationships(zip, workbookPart, budget);
  await checkWriterTextParts(zip, workbookPart, partOfType(root, "/extended-properties"), budget);
  const formatCodes = await readFormatCodes(
    zip,
    partOfType(relationships, "/styles") ?? findPart(zip, "xl/styles.xml"),
    budget,
  );
  const sharedStrings = await readSharedStrings(
    zip,
    partOfType(relationships, "/sharedStrings") ?? findPart(zip, "xl/sharedStrings.xml"),
    budget,
  );
  const worksheets = workbook.sheets.flatMap((sheet) => {
    const relationship = relationships.get(sheet.relationshipId);
    if (relationship?.part == null || !relationship.type.endsWith("/worksheet")) return [];
    return [{ name: sheet.name, part: relationship.part }];
  });
  const keys = ownerKeys(
    workbook.definedNames,
    worksheets.map((sheet) => sheet.name),
  );
  const context = { sharedStrings, formatCodes, date1904: workbook.date1904, budget };
  const sheets: SheetData[] = [];
  for (const [i, { name, part }] of worksheets.entries()) {
    const sheet = await readSheetPart(zip, part, name, context);
    const key = keys[i];
    sheets.push(key === undefined ? sheet : { ...sheet, ownerKey: key });
  }
  return { sheets, date1904: workbook.date1904 };
}
