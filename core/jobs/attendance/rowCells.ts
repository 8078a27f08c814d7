import { issue, type CellLocation, type Issue, type ParamValue } from "../../issues";
import { label } from "../../i18n/label";
import { headerCell } from "../../table/rowRefs";

/** A read row, as far as locating its cells goes. */
export interface LocatedRow {
  sheet: string;
  row: number;
  columns: Readonly<Partial<Record<string, string>>>;
  /** The sheet's own header of each of those columns. */
  headers: Readonly<Partial<Record<string, string>>>;
  /** The column naming the row as a whole (a table row's `keyColumn`). */
  keyColumn: string;
}

/**
 * How an issue at {@link personCell} names its column: the sheet's header of that cell's column, else `label` (the
 * sheet has neither column).
 */
export function personHeader(row: LocatedRow, field: "id" | "name", label: ParamValue): ParamValue {
  const other = field === "id" ? "name" : "id";
  return row.headers[field] ?? row.headers[other] ?? label;
}

/** Where a row names its employee: the ID or name cell asked for, else the other one (else the row's key column). */
export function personCell(row: LocatedRow, field: "id" | "name"): CellLocation {
  const other = field === "id" ? "name" : "id";
  return {
    sheet: row.sheet,
    row: row.row,
    column: row.columns[field] ?? row.columns[other] ?? row.keyColumn,
  };
}

/** How the missing name column is described: the headers any attendance table accepts for 姓名 or 工号. */
const PERSON_COLUMN = {
  field: "name",
  header: label("姓名", "姓名", "Name"),
  expected: "姓名 / 工号 / Name / Employee ID",
};

/**
 * True when a read table names people by an ID or a name column; else an error at its header row (the
 * sheet is not read: no row of it could be given to anyone).
 */
export function namesPeople(
  read: {
    sheet: string;
    headerRow: number | null;
    headerColumn: string | null;
    columns: { id?: string; name?: string };
  },
  issues: Issue[],
): boolean {
  if (read.headerRow === null || read.columns.id !== undefined || read.columns.name !== undefined)
    return true;
  issues.push(issue("missing_required_column", "error", headerCell(read), PERSON_COLUMN));
  return false;
}
