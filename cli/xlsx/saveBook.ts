import type { Workbook } from "exceljs";
import { writeOutputFile } from "./package/outputFile";
import { sourceOf } from "./sourceFile";

/**
 * Saves an ExcelJS workbook as .xlsx without ever leaving a half-written file: it writes a temporary file in
 * the same folder and renames it over the target. Refuses (UserError) to write over the file the workbook was
 * read from, or over `inputPath` when given.
 */
export async function saveXlsx(workbook: Workbook, path: string, inputPath?: string): Promise<void> {
  const inputs = [sourceOf(workbook), inputPath === undefined ? undefined : { path: inputPath }];
  await writeOutputFile(path, inputs, async (handle) => {
    const data = await workbook.xlsx.writeBuffer();
    await handle.writeFile(new Uint8Array(data));
  });
}
