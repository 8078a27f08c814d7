/// <reference types="office-js" />
import type { AddinHost } from "../excel/addinHost";
import type { ExcelRunner } from "../excel/excelSubset";
import { OfficeWorkbookHost } from "../excel/officeHost";

/** The workbook host inside Excel: PropDesk's Office.js host over `Excel.run` (call once Office is ready). */
export function createExcelHost(): AddinHost {
  const run: ExcelRunner = (batch) => Excel.run((context) => batch(context));
  return new OfficeWorkbookHost(run, Office.context.requirements);
}
