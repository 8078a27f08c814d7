/**
 * What computing PropDesk's worksheet functions needs, loaded as one chunk (`functions`) the first time a function
 * is computed: the functions themselves, China's calendar and the reader of the workbook's holiday sheet.
 */
import { evaluateWorksheetFunction, functionError, type FunctionContext } from "../../core/functions/index";
import type { FunctionInvoker } from "./registerFunctions";
import { WorkbookCalendar, type WorkbookCalendarOptions } from "./workbookCalendar";

/**
 * The invoker the registered functions call: synchronous once the workbook's calendar is read, a promise for the
 * calls before. @example createInvoker({ run, isSetSupported })("ISWORKDAY", ["2026-10-10"])
 */
export function createInvoker(options: WorkbookCalendarOptions): FunctionInvoker {
  const calendar = new WorkbookCalendar(options);
  const compute = (id: string, context: FunctionContext, args: Parameters<FunctionInvoker>[1]) =>
    evaluateWorksheetFunction(id, context, args) ?? functionError("#VALUE!");
  return (id, args) => {
    const known = calendar.current();
    if (known !== null) return compute(id, known, args);
    return calendar.load().then((context) => compute(id, context, args));
  };
}
