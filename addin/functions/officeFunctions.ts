/// <reference types="office-js" />
import type { ExcelRunner } from "../excel/excelSubset";
import { registerWorksheetFunctions, type CustomFunctionsApi } from "./registerFunctions";

/**
 * Registers PropDesk's worksheet functions with Excel from the shared runtime's page (taskpane.ts), when Excel gives
 * the page `CustomFunctions` (CustomFunctionsRuntime; absent in a plain browser, the preview, or an Excel without
 * custom functions: nothing is registered). The functions read the workbook through `Excel.run` once Office is
 * ready. Returns whether they were registered.
 */
export function registerCustomFunctions(scope: typeof globalThis = globalThis): boolean {
  const api = (scope as { CustomFunctions?: CustomFunctionsApi }).CustomFunctions;
  if (api === undefined || typeof api.associate !== "function") return false;
  const run: ExcelRunner = (batch) => Excel.run((context) => batch(context));
  registerWorksheetFunctions(api, async () => {
    await Office.onReady();
    const { createInvoker } = await import(/* webpackChunkName: "functions" */ "./functionsRuntime");
    return createInvoker({
      run,
      isSetSupported: (name, minVersion) => Office.context.requirements.isSetSupported(name, minVersion),
    });
  });
  return true;
}
