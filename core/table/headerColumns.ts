import type { TableSpec } from "./declaration";
import { findHeader } from "./findHeader";
import { HeaderMatcher } from "./headerMatcher";
import type { SheetData } from "./sheetData";
import { columnLetter } from "../values/columnLetter";

/**
 * The Excel column letter of each declared column a sheet's header row names (the first one when a
 * header is repeated, as the reader does), found without reading the rows.
 * @example headerColumns(paymentsSheet, PAYMENT_TABLE).receipt === "B"
 */
export function headerColumns<S extends TableSpec>(
  sheet: SheetData,
  spec: S,
): Partial<Record<S["columns"][number]["key"], string>> {
  const matcher = new HeaderMatcher(spec);
  const header = findHeader(sheet, matcher);
  const out: Partial<Record<string, string>> = {};
  if (header === null) return out;
  (sheet.values[header.index] ?? []).forEach((cell, i) => {
    const column = matcher.match(cell);
    if (column !== undefined && out[column.key] === undefined)
      out[column.key] = columnLetter(sheet.origin.column + i);
  });
  return out;
}
