import type { Dec } from "../values/decimal";
import type { IsoDate, YearMonth } from "../values/isoDate";
import type { Fen, QtyE4 } from "../values/scaledCell";
import type { Label } from "../i18n/label";

/** The kinds of value a declared column holds. */
export type ValueType = "text" | "money" | "quantity" | "decimal" | "rate" | "date" | "month";

/**
 * The TypeScript type a column of a given value type reads into: money as whole fen and quantities as
 * whole ten-thousandths (exact integers, cheap to sum), other numbers as exact decimals.
 */
export type ValueOf<T extends ValueType> = T extends "text"
  ? string
  : T extends "date"
    ? IsoDate
    : T extends "month"
      ? YearMonth
      : T extends "money"
        ? Fen
        : T extends "quantity"
          ? QtyE4
          : Dec;

/**
 * One input column, declared as data: its key, the header texts that name it (Simplified; Traditional
 * and English forms are matched too, after folding), its value type, and whether it is required.
 */
export interface ColumnSpec<K extends string = string, T extends ValueType = ValueType> {
  readonly key: K;
  readonly label: Label;
  readonly synonyms: readonly string[];
  readonly type: T;
  /** The sheet must have this column. */
  readonly required?: boolean;
  /** A data row must have a value in this column (an empty cell is an error). */
  readonly valueRequired?: boolean;
  /** Longest text accepted (text columns); default 500. */
  readonly maxLength?: number;
}

/** One kind of input table (a sheet role): its name, the columns it holds and where to look for it. */
export interface TableSpec<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  readonly role: string;
  readonly label: Label;
  readonly columns: C;
  /** Sheet names that suggest this role (matched after header normalisation, by containment). */
  readonly sheetNameHints?: readonly string[];
  /** At most one sheet holds this role (by default several may: one per department, say). */
  readonly single?: boolean;
  /** The job runs without this input. */
  readonly optional?: boolean;
}

/** A typed row of a declared table: one property per column key, null where the cell is empty. */
export type RowOf<S extends TableSpec> = {
  [C in S["columns"][number] as C["key"]]: ValueOf<C["type"]> | null;
};

/** Declares a column, keeping its literal key and type for {@link RowOf}. */
export function column<const K extends string, const T extends ValueType>(
  spec: ColumnSpec<K, T>,
): ColumnSpec<K, T> {
  return spec;
}

/** Declares a table, keeping its column tuple for {@link RowOf}. */
export function table<const C extends readonly ColumnSpec[]>(spec: TableSpec<C>): TableSpec<C> {
  return spec;
}

/** The declared column with a key (for its label in messages). */
export function columnOf<S extends TableSpec>(spec: S, key: S["columns"][number]["key"]): ColumnSpec {
  const found = spec.columns.find((c) => c.key === key);
  if (!found) throw new RangeError(`table ${spec.role} has no column ${key}`);
  return found;
}
