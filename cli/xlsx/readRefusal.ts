import { UserError } from "../userError";
import type { XlsxReadError } from "./read/xlsxReadError";

/**
 * The one-line refusal (`UserError`, exit 2) of a workbook the reader or the package writer would not take, its
 * reason kept: the part or sheet concerned, the limit passed, or what is damaged.
 */
export function readRefusal(error: XlsxReadError, path: string): UserError {
  const { part = "", sheet = "", limit = "", rows = "", columns = "" } = error.params;
  switch (error.problem) {
    case "part-too-large":
      return new UserError(
        `A part of the workbook inflates past ${limit} MB and was not read (damaged, or a zip bomb): ${path} (${part})`,
        { code: "part-too-large", params: { path, part, limit }, cause: error },
      );
    case "workbook-too-large":
      return new UserError(
        `The workbook's parts inflate past ${limit} MB together and were not read (damaged, or a zip bomb): ${path} (${part})`,
        { code: "workbook-too-large", params: { path, part, limit }, cause: error },
      );
    case "sheet-too-large":
      return new UserError(
        `Sheet "${sheet}" spreads over ${rows} rows × ${columns} columns, too large to read: ${path} (delete the stray cells far from its table)`,
        { code: "sheet-too-large", params: { path, sheet, rows, columns }, cause: error },
      );
    case "too-many-cells":
      return new UserError(
        `The workbook holds more than ${limit} non-empty cells, the most one run reads (passed in sheet "${sheet}"): ${path}`,
        { code: "too-many-cells", params: { path, sheet, limit }, cause: error },
      );
    case "too-many-strings":
      return new UserError(
        `The workbook's shared string table holds more than ${limit} strings, the most one run reads: ${path} (${part})`,
        { code: "too-many-strings", params: { path, part, limit }, cause: error },
      );
    case "damaged":
      return damagedWorkbook(path, error.message, error);
  }
}

/** The refusal of a damaged workbook, with why (cut to one line of at most 200 characters). */
export function damagedWorkbook(path: string, why: string, cause: unknown): UserError {
  const reason = why.replace(/\s+/g, " ").slice(0, 200);
  return new UserError(`The .xlsx file is damaged and cannot be read: ${path} (${reason})`, {
    code: "damaged",
    params: { path, reason },
    cause,
  });
}
