import type { Issue } from "../issues";
import type { TableSpec } from "./declaration";
import { locateInputs } from "./locateInputs";
import type { BookData, SheetData } from "./sheetData";

/** A workbook with its sheets placed in input roles: what every reader takes. */
export interface PlacedSheets {
  /** The workbook as the reader sees it (its date system, PropDesk's own earlier sheets). */
  readonly book: BookData;
  /** The sheets placed in a table's role, in workbook order; none when the workbook holds none. */
  sheets(table: TableSpec): readonly SheetData[];
}

/** Wraps a placement (role -> sheets) for readers. */
export function placedSheets(
  book: BookData,
  byRole: ReadonlyMap<string, readonly SheetData[]>,
): PlacedSheets {
  return { book, sheets: (table) => byRole.get(table.role) ?? [] };
}

/**
 * Places a workbook's sheets among a few tables on their own, with the issues of placing them: for a reader
 * used alone (a test, a demo). Jobs never call it: the registry places every job's sheets once.
 */
export function placeAlone(
  book: BookData,
  tables: readonly TableSpec[],
  chosen: Readonly<Record<string, readonly string[]>> = {},
): PlacedSheets & { issues: Issue[] } {
  const found = locateInputs(book, tables, chosen);
  return { ...placedSheets(book, found.byRole), issues: found.issues };
}
