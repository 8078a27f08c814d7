import ExcelJS from "exceljs";
import type { BookData, SheetData } from "../../../core/index";
import { useChineseBuiltInFormats } from "../chineseBuiltInFormats";
import { ownedSheets } from "../ownership";
import { readSheet } from "../readSheet";

/**
 * The reader the package reader replaced, kept for tests to compare against: the package loaded into ExcelJS,
 * each worksheet through `readSheet`, owner keys through `ownedSheets`, exactly as `readXlsxFile` read a book
 * before.
 */
export async function readBookWithExcelJs(bytes: Uint8Array): Promise<BookData> {
  useChineseBuiltInFormats();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const date1904 = workbook.properties.date1904 === true;
  const owners = ownedSheets(workbook);
  const sheets = workbook.worksheets.map((worksheet): SheetData => {
    const sheet = readSheet(worksheet, date1904);
    const owner = owners.find((o) => o.sheet === worksheet);
    return owner === undefined ? sheet : { ...sheet, ownerKey: owner.key };
  });
  return { sheets, date1904 };
}
