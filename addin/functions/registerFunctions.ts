import {
  WORKSHEET_FUNCTION_ARITIES,
  type FunctionArg,
  type FunctionErrorCode,
  type FunctionResult,
} from "../../core/light";

/**
 * The part of Excel's `CustomFunctions` (custom-functions-runtime) the add-in uses: `associate`, and from
 * CustomFunctionsRuntime 1.2 the `Error` class with its `ErrorCode`s. An interface, so the preview's simulator and
 * tests can stand in for Excel.
 */
export interface CustomFunctionsApi {
  associate(id: string, implementation: (...args: FunctionArg[]) => unknown): void;
  Error?: new (code: string, message?: string) => Error;
  ErrorCode?: { readonly invalidValue: string; readonly invalidNumber: string };
}

/** Computes a function by id once the code and the workbook's calendar are there (a promise until then). */
export type FunctionInvoker = (
  id: string,
  args: readonly FunctionArg[],
) => FunctionResult | Promise<FunctionResult>;

/**
 * Associates every declared worksheet function with Excel (one `associate` per id of `WORKSHEET_FUNCTION_ARITIES`,
 * at once, as the shared runtime's page loads; the functions' texts are only in the build's metadata). The code is
 * loaded the first time one is computed (`load`, a chunk of its own, so the pane's bundle stays light): until then
 * a call returns a promise, as an asynchronous custom function does; a load that fails fails that call (`#VALUE!`)
 * and is tried again on the next. A worksheet error becomes `CustomFunctions.Error` (`#VALUE!`, `#NUM!`). Returns
 * the ids associated.
 */
export function registerWorksheetFunctions(
  api: CustomFunctionsApi,
  load: () => Promise<FunctionInvoker>,
): string[] {
  let invoker: FunctionInvoker | null = null;
  let loading: Promise<FunctionInvoker> | null = null;
  const loaded = (): Promise<FunctionInvoker> =>
    (loading ??= load().then(
      (ready) => (invoker = ready),
      (error: unknown) => {
        loading = null;
        throw error;
      },
    ));
  const shown = (result: FunctionResult): string | number | boolean => {
    if (typeof result === "object") throw excelError(api, result.error);
    return result;
  };
  for (const { id, parameters } of WORKSHEET_FUNCTION_ARITIES) {
    api.associate(id, (...received: FunctionArg[]) => {
      // Excel passes an invocation object after the declared parameters; it is not an argument.
      const args = received.slice(0, parameters);
      if (invoker === null)
        return loaded()
          .then((ready) => ready(id, args))
          .then(shown);
      const result = invoker(id, args);
      return result instanceof Promise ? result.then(shown) : shown(result);
    });
  }
  return WORKSHEET_FUNCTION_ARITIES.map((f) => f.id);
}

/** The error Excel shows: `CustomFunctions.Error` with its code (CustomFunctionsRuntime 1.2), else an Error (`#VALUE!`). */
function excelError(api: CustomFunctionsApi, code: FunctionErrorCode): Error {
  if (api.Error === undefined) return new Error(code);
  const codes = api.ErrorCode;
  return new api.Error(code === "#NUM!" ? (codes?.invalidNumber ?? code) : (codes?.invalidValue ?? code));
}
