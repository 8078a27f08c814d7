import type { IssueLocation, ParamValue } from "../issues";
import { columnOf, type RowOf, type TableSpec } from "./declaration";
import type { TableRow, TableScan } from "./readTable";

/** Where a record came from: the sheet and Excel row of the table row it was read from. */
export interface RowRef {
  sheet: string;
  row: number;
}

/** A cell of a table row: its sheet, Excel row and column letter. */
export interface CellRef extends RowRef {
  column: string;
}

/**
 * A record's source: a new `{ sheet, row }`, so a record keeps no hold on the row's values.
 * @example sourceOf(row) // { sheet: "入库明细", row: 12 }
 */
export function sourceOf(row: RowRef): RowRef {
  return { sheet: row.sheet, row: row.row };
}

/**
 * The cell of a row in a declared column, for an issue or a record's source. A column the sheet lacks names the
 * row's key column ({@link TableRow.keyColumn}), so an issue always names a cell. A value a section heading
 * supplied (`一、办公用品` on a sheet without a category column) names the heading's cell.
 * @example cellOf(row, "quantity") // { sheet: "工程部", row: 12, column: "E" }
 */
export function cellOf<S extends TableSpec>(row: TableRow<S>, key: keyof RowOf<S>): CellRef {
  const heading = row.supplied?.[key];
  if (heading !== undefined) return { sheet: row.sheet, row: heading.row, column: heading.column };
  return { sheet: row.sheet, row: row.row, column: row.columns[key] ?? row.keyColumn };
}

/**
 * The cell of a record's row in a column of the table it was read from (`read.columns[key]`); a column the sheet
 * lacks names the row's key column, as {@link cellOf} does.
 * @example recordCell(payment.source, scan, "receipt") // { sheet: "收款明细", row: 5164, column: "B" }
 */
export function recordCell<S extends TableSpec>(
  source: RowRef,
  read: Pick<TableScan<S>, "columns" | "keyColumn" | "headerColumn">,
  key: keyof RowOf<S>,
): CellRef {
  const column = read.columns[key] ?? read.keyColumn ?? read.headerColumn ?? "A";
  return { sheet: source.sheet, row: source.row, column };
}

/**
 * Where an issue about a table's header as a whole sits (a column it lacks): the header's first cell, or the
 * sheet when no header was found.
 * @example headerCell(scan) // { sheet: "收费台账", row: 3, column: "A" }
 */
export function headerCell(
  read: Pick<TableScan<TableSpec>, "sheet" | "headerRow" | "headerColumn">,
): IssueLocation {
  if (read.headerRow === null || read.headerColumn === null) return { sheet: read.sheet };
  return { sheet: read.sheet, row: read.headerRow, column: read.headerColumn };
}

/**
 * How an issue about a row's cell names its column: the sheet's own header of it (`申请数量`), as the table reader's
 * own issues do, so every message about the sheet's cells quotes what the clerk sees above them; the column's label
 * (in the reader's language) where the sheet lacks the column (a value a heading supplied).
 * @example headerOf(row, REQUEST_TABLE, "quantity") // "申请数量"
 */
export function headerOf<S extends TableSpec>(
  row: { headers: Readonly<Partial<Record<keyof RowOf<S>, string>>> },
  spec: S,
  key: keyof RowOf<S> & S["columns"][number]["key"],
): ParamValue {
  return row.headers[key] ?? columnOf(spec, key).label;
}
