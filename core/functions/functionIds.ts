/**
 * PropDesk's worksheet functions as registering them with Excel needs them: each id, in the order Excel lists them,
 * and how many parameters it declares. Light: no texts, so the task pane loads this at once; the names and
 * descriptions in three languages are in declarations.ts, which only the build's metadata and the functions' code
 * read (its table is held to this list by a type check there).
 */

/** The namespace Excel puts before every function name (manifest.xml's `Functions.Namespace`). */
export const FUNCTION_NAMESPACE = "PROPDESK";

/** Every worksheet function's id and its count of declared parameters (optional ones included). */
export const WORKSHEET_FUNCTION_ARITIES = [
  { id: "ISWORKDAY", parameters: 1 },
  { id: "WORKDAY", parameters: 2 },
  { id: "NETWORKDAYS", parameters: 2 },
  { id: "DEADLINE", parameters: 1 },
  { id: "HOLIDAYCLASS", parameters: 1 },
  { id: "AGEBUCKET", parameters: 3 },
  { id: "RMBUPPER", parameters: 1 },
] as const;

/** The id of one of PropDesk's worksheet functions. */
export type WorksheetFunctionId = (typeof WORKSHEET_FUNCTION_ARITIES)[number]["id"];

/** A function's full name in formulas. @example qualifiedName("WORKDAY") === "PROPDESK.WORKDAY" */
export function qualifiedName(id: string): string {
  return `${FUNCTION_NAMESPACE}.${id}`;
}
