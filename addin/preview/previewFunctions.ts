import { qualifiedName } from "../../core/light";
import type { ExcelSimulator } from "../excel-sim/index";
import type { ExcelRunner } from "../excel/excelSubset";
import { registerWorksheetFunctions, type CustomFunctionsApi } from "../functions/registerFunctions";

/** What the simulator's functions throw for a worksheet error, as `CustomFunctions.Error` does: the error as `code`. */
class SimFunctionError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

/**
 * Registers PropDesk's worksheet functions with the preview's simulated workbook, as Excel registers them from the
 * shared runtime's page: the same registration and code (loaded as the same chunk), reading the workbook's holiday
 * sheet through `run`. The simulator has no sheet events, so an edit of that sheet is not followed.
 */
export function registerPreviewFunctions(sim: ExcelSimulator, run: ExcelRunner): void {
  const api: CustomFunctionsApi = {
    associate: (id, implementation) => sim.workbook.associateFunction(qualifiedName(id), implementation),
    Error: SimFunctionError,
    ErrorCode: { invalidValue: "#VALUE!", invalidNumber: "#NUM!" },
  };
  registerWorksheetFunctions(api, async () => {
    const { createInvoker } = await import(
      /* webpackChunkName: "functions" */ "../functions/functionsRuntime"
    );
    return createInvoker({ run, isSetSupported: () => true });
  });
}
