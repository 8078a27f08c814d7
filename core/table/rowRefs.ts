import type { RowOf, TableSpec } from "./declaration";
import type { TableRow } from "./readTable";

/** Where a record came from: the sheet and Excel row of the table row it was read from. */
export interface RowRef {
  sheet: string;
  row: number;
}

/** A cell of a table row: its sheet, Excel row and column letter (undefined when the sheet lacks the column). */
export interface CellRef extends RowRef {
  column: string | undefined;
}

/**
 * A record's source: a new `{ sheet, row }`, so a record keeps no hold on the row's values.
 * @example sourceOf(row) // { sheet: "入库明细", row: 12 }
 */
export function sourceOf(row: RowRef): RowRef {
  return { sheet: row.sheet, row: row.row };
}

/**
 * The cell of a row in a declared column, for an issue or a record's source; `issue()` leaves an undefined
 * column out, so a column the sheet lacks names the row. A value a section heading supplied (`一、办公用品` on
 * a sheet without a category column) names the heading's cell.
 * @example cellOf(row, "quantity") // { sheet: "工程部", row: 12, column: "E" }
 */
export function cellOf<S extends TableSpec>(row: TableRow<S>, key: keyof RowOf<S>): CellRef {
  const heading = row.supplied?.[key];
  if (heading !== undefined) return { sheet: row.sheet, row: heading.row, column: heading.column };
  return { sheet: row.sheet, row: row.row, column: row.columns[key] };
}
