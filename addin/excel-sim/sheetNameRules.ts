import { SimError } from "./simError";

/** Excel's limit on sheet name length. */
export const SHEET_NAME_LIMIT = 31;

/**
 * Throws as Excel does when `name` cannot name a sheet: empty, longer than 31 characters, containing any of
 * `[]:*?/\`, starting or ending with an apostrophe, the reserved `History`, or taken by another sheet
 * (compared ignoring case).
 */
export function checkSheetName(name: string, otherNames: Iterable<string>): void {
  const invalid = (why: string) =>
    new SimError("InvalidArgument", `The sheet name "${name}" is invalid: ${why}.`);
  if (name.trim() === "") throw invalid("it is blank");
  if (Array.from(name).length > SHEET_NAME_LIMIT) throw invalid("it is longer than 31 characters");
  if (/[[\]:*?/\\]/.test(name)) throw invalid("it contains one of []:*?/\\");
  if (name.startsWith("'") || name.endsWith("'")) throw invalid("it starts or ends with an apostrophe");
  if (name.toLowerCase() === "history") throw invalid("History is reserved by Excel");
  const lower = name.toLowerCase();
  for (const other of otherNames) {
    if (other.toLowerCase() === lower)
      throw new SimError("ItemAlreadyExists", `A sheet named "${other}" already exists.`);
  }
}
