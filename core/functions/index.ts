/**
 * PropDesk's worksheet functions (Excel custom functions `PROPDESK.*`), pure: each takes the arguments as Excel
 * hands them over and gives a value or a worksheet error; the add-in maps the errors to `CustomFunctions.Error`,
 * the simulator to its error values. Declared in `declarations.ts` (registration and Excel's metadata).
 */
import { ageBucketFunction } from "./ageBucket";
import {
  deadlineFunction,
  holidayClassFunction,
  isWorkdayFunction,
  networkdaysFunction,
  workdayFunction,
} from "./calendarFunctions";
import { WORKSHEET_FUNCTIONS, type WorksheetFunctionId } from "./declarations";
import {
  functionError,
  type FunctionArg,
  type FunctionContext,
  type FunctionResult,
  type WorksheetFunction,
} from "./functionValues";
import { rmbUpperFunction } from "./rmbUpper";

export * from "./declarations";
export * from "./functionValues";
export { holidayClass, type HolidayClass } from "./calendarFunctions";
export { functionContext, isHolidaySheetName } from "./functionContext";
export { callsAddinFunction, savedFormula, shownFormula } from "./fileFormula";

/** The implementation of every declared function, by id (the type makes a declared function without one an error). */
export const WORKSHEET_FUNCTION_IMPLEMENTATIONS: Readonly<Record<WorksheetFunctionId, WorksheetFunction>> = {
  ISWORKDAY: isWorkdayFunction,
  WORKDAY: workdayFunction,
  NETWORKDAYS: networkdaysFunction,
  DEADLINE: deadlineFunction,
  HOLIDAYCLASS: holidayClassFunction,
  AGEBUCKET: ageBucketFunction,
  RMBUPPER: rmbUpperFunction,
};

const BY_ID: ReadonlyMap<string, WorksheetFunction> = new Map(
  Object.entries(WORKSHEET_FUNCTION_IMPLEMENTATIONS),
);
const ARITY: ReadonlyMap<string, number> = new Map(
  WORKSHEET_FUNCTIONS.map((f) => [f.id, f.parameters.length]),
);

/**
 * Calls a function by id (any case) with the arguments Excel gives: extra ones are dropped (Excel adds its invocation
 * object last); an unknown id is undefined. @example evaluateWorksheetFunction("rmbupper", ctx, [0.1 + 0.2]) === "叁角整"
 */
export function evaluateWorksheetFunction(
  id: string,
  context: FunctionContext,
  args: readonly FunctionArg[],
): FunctionResult | undefined {
  const key = id.toUpperCase();
  const implementation = BY_ID.get(key);
  if (implementation === undefined) return undefined;
  try {
    return implementation(context, args.slice(0, ARITY.get(key)));
  } catch (error) {
    if (error instanceof RangeError) return functionError("#NUM!");
    throw error;
  }
}
