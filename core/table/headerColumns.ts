import type { TableSpec } from "./declaration";
import { findHeader, namedColumns } from "./findHeader";
import { chooseColumns } from "./headerBand";
import { HeaderMatcher } from "./headerMatcher";
import type { SheetData } from "./sheetData";
import { columnLetter } from "../values/columnLetter";
import { isWordsColumn } from "./wordsColumn";

/**
 * The Excel column letter of each declared column a sheet's header names (over one row or a band of rows,
 * bound as the reader binds them: the first one when a header is repeated; a money column's words column when
 * the figures are not there), found without reading the rows.
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
  for (const { column, index } of chooseColumns(namedColumns(sheet, header, matcher)).columns) {
    const letter = columnLetter(sheet.origin.column + index);
    // a words (大写) column stands for its money column only when the figures are not there
    if (isWordsColumn(column)) out[column.wordsOf.key] ??= letter;
    else out[column.key] = letter;
  }
  return out;
}
