import type { Dec } from "../values/decimal";
import type { IsoDate, YearMonth } from "../values/isoDate";
import type { Fen } from "../values/money";
import type { QtyE4 } from "../values/quantity";
import type { TimeCell } from "../values/moment";
import type { Label } from "../i18n/label";
import { checkedLimit } from "./valueLimits";

/**
 * The kinds of value a declared column holds. A `time` column holds a time of day, a date or a date and a time as a
 * register types them (`9:30`, `上午9点半`, `2026-11-26 15:00`, `11月26日`, Excel times and date-time serials): it is
 * read like a text column (the same issues for an Excel error or too long a text) into a {@link TimeCell}, the
 * cell's text or number with the moment it gives (null when it gives none: the job says what that means).
 */
export type ValueType = "text" | "money" | "quantity" | "decimal" | "rate" | "date" | "month" | "time";

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
      : T extends "time"
        ? TimeCell
        : T extends "money"
          ? Fen
          : T extends "quantity"
            ? QtyE4
            : Dec;

/**
 * What breaking a column's {@link ColumnSpec.limit} does: `reject` - an error, and the row is left out;
 * `warn` - a warning, the row is kept and the cell counts as empty.
 */
export type OnBreak = "reject" | "warn";

/**
 * The values a number column (money, quantity, decimal, rate) accepts, in the column's own unit: yuan for
 * money, the quantity's unit, a fraction for a rate (0.95 for 95%); `min` and `max` are inclusive. Each value
 * outside a bound is an issue at its cell giving the column's label (`header`) and the value as the cell shows
 * it (`value`: `fenText` for money, `qtyText` for a quantity, the decimal's text).
 * @example { sign: "positive", onBreak: "reject" } // 0 or less: `not_positive`, an error, the row left out
 */
export interface NumberLimit {
  /** `positive`: above 0, else `not_positive`; `nonNegative`: 0 or above, else `negative_value`. */
  readonly sign?: "positive" | "nonNegative";
  /** The lowest value accepted. */
  readonly min?: number;
  /** The highest value accepted. */
  readonly max?: number;
  readonly onBreak: OnBreak;
}

/**
 * The texts a text column accepts, matched after header normalisation (NFKC, white space, case, Traditional
 * folded); the cell keeps its own text.
 * @example { oneOf: ["水", "电"], onBreak: "reject" }
 */
export interface TextLimit {
  readonly oneOf: readonly string[];
  readonly onBreak: OnBreak;
}

/** The limit a column of a value type may declare: {@link TextLimit} for text, none for dates, months and times. */
export type LimitOf<T extends ValueType> = T extends "text"
  ? TextLimit
  : T extends "date" | "month" | "time"
    ? never
    : NumberLimit;

/**
 * One input column, declared as data: its key, the header texts that name it (Simplified; Traditional
 * and English forms are matched too, after folding), its value type, whether it is required, and the
 * values it accepts.
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
  /** Longest text accepted (text and time columns); default 500. */
  readonly maxLength?: number;
  /**
   * The values the column accepts (see {@link NumberLimit}, {@link TextLimit}), checked by the table reader
   * as it reads each cell; a column whose value is required can only `reject`.
   */
  readonly limit?: LimitOf<T>;
  /**
   * A money column only: the amount may also be written in Chinese words (大写) in a column of its own, beside
   * the figures (小写) or instead of them (see {@link AmountWords}).
   */
  readonly words?: T extends "money" ? AmountWords : never;
}

/**
 * The words (大写) column of a money column: the headers that name it. Besides its `synonyms` it answers to
 * each of the money column's Chinese names with 大写 after or before it (`借款金额大写`, `大写金额`, and so
 * `借款金额` merged over `大写`), and the money column to the same names with 小写 (`借款金额小写`, `小写金额`);
 * a header with 大写 or 小写 in brackets reads as if they were not (`金额（大写）` = `金额大写`).
 *
 * The table reader takes the figures, when the row has them, as the amount, and the words, read by
 * `parseAmountWords`, when it has only those; words that differ from the figures are `amount_words_mismatch`,
 * and words that are no amount `not_amount_in_words`, even beside good figures: an error leaving the row out
 * when the amount is required (the clerk must correct the slip), else a warning and the amount counts as empty.
 * The sheet must have the figures or the words when the money column is required.
 * @example { synonyms: ["大写", "人民币大写"] } // 大写 | 小写 headers, 借款金额 over 大写 | 小写
 */
export interface AmountWords {
  readonly synonyms: readonly string[];
}

/** The words of an amount under a header of their own (`大写`, `人民币（大写）`): {@link ColumnSpec.words}. */
export const IN_WORDS: AmountWords = {
  synonyms: ["大写", "人民币大写", "Amount in words", "In words"],
};

/** The figures of an amount beside its words, under a header of their own (`小写`): a money column's synonyms. */
export const IN_FIGURES: readonly string[] = ["小写", "Amount in figures", "In figures"];

/**
 * A field a section heading (`一、办公用品`, `（二）工程部`, `1栋`) may give the rows below it, on a sheet that has
 * no column for it: the heading's name (its text less the ordinal and a trailing colon) is read as if typed in
 * that column, by the column's own reader, until the next heading for the same field.
 * @example { field: "category" } // 一、办公用品 gives 办公用品 to the rows below
 */
export interface SectionField<K extends string = string> {
  readonly field: K;
  /**
   * The heading names this field takes (tested on the name); any name when absent. A row holding only such a name
   * (`工程部`, no ordinal) is a heading too.
   */
  readonly names?: RegExp;
}

/**
 * A field the lines above a table's header may give (`申请部门：工程部`, `项目：阳光花园`, `2026年11月 收费明细`), or
 * the sheet's name. When `field` is a column the sheet lacks, the value goes to every row - read by the column's
 * own reader, as if typed in that column - unless a section heading above the row gives another; a required
 * column given this way is not missing. A field that is no column (`project`) is only told, as text, in the
 * read's `context`, where every field found is (so a job can fall back on it for a row whose cell is empty).
 * @example { field: "department", labels: ["部门", "申请部门"], sheetName: departmentInName }
 */
export interface ContextField<K extends string = string> {
  readonly field: K;
  /** `label：value` lines above the table that give it (matched like headers); the first label listed wins. */
  readonly labels?: readonly string[];
  /** The month the title lines state gives it, when no label does (`2026年11月 收费明细`, `月份：2026-11`). */
  readonly titleMonth?: boolean;
  /**
   * What the sheet's name gives when nothing above the table does: the value, or null for a name that names none
   * (`工程部申购单` gives 工程部; `12月申购汇总` nothing).
   */
  readonly sheetName?: (name: string) => string | null;
}

/** One kind of input table (a sheet role): its name, the columns it holds and where to look for it. */
export interface TableSpec<C extends readonly ColumnSpec[] = readonly ColumnSpec[]> {
  readonly role: string;
  readonly label: Label;
  readonly columns: C;
  /**
   * What a section heading supplies when the sheet lacks the column: the first entry whose `names` take the
   * heading's name says the field (a heading for a field whose column the sheet has supplies nothing). A
   * required column listed here may be missing from the header when the first row below it is such a heading.
   */
  readonly sections?: readonly SectionField[];
  /** What the lines above the header (or the sheet's name) give: see {@link ContextField}. */
  readonly context?: readonly ContextField[];
  /**
   * The columns that say what a row is about (item, unit, date...). A row with none of them filled whose numbers
   * equal the sum of the data rows above it (since the last total or section row, or since the header) is an
   * unlabelled total row. By default the required text, date and month columns.
   */
  readonly keyColumns?: readonly string[];
  /** Sheet names that suggest this role (matched after header normalisation, by containment). */
  readonly sheetNameHints?: readonly string[];
  /** At most one sheet holds this role (by default several may: one per department, say). */
  readonly single?: boolean;
  /** The job runs without this input. */
  readonly optional?: boolean;
  /**
   * Roles whose sheets stand in for this one: a required input is not missing when a sheet holds one of them
   * (charges and payments kept as a month-wide ledger instead of two lists).
   */
  readonly satisfiedBy?: readonly string[];
  /**
   * A sheet is placed in this role only when its header names every required column: a layout told by its whole
   * header (a 收发存 ledger's 入库 and 出库 quantities), never by a few columns it shares with other tables.
   */
  readonly placedWhenComplete?: boolean;
  /** Families of columns the sheet must have one of at least (see {@link RequiredGroup}). */
  readonly requiredGroups?: readonly RequiredGroup[];
}

/**
 * A family of columns the sheet must have one of at least, none of them required alone: a fee ledger's month
 * columns (any months will do, but some). A header naming none of them misses the group as it would miss a
 * required column (`missing_required_column`, told by the group's label and synonyms).
 * @example { key: "months", label: label("月份列", "月份欄", "month columns"), synonyms: ["1月", "2月"], columns: ["m1", "m2"] }
 */
export interface RequiredGroup {
  readonly key: string;
  readonly label: Label;
  /** The headers a person is told to write (`1月`, `2月`...). */
  readonly synonyms: readonly string[];
  /** The keys of the group's columns. */
  readonly columns: readonly string[];
}

/** A typed row of a declared table: one property per column key, null where the cell is empty. */
export type RowOf<S extends TableSpec> = {
  [C in S["columns"][number] as C["key"]]: ValueOf<C["type"]> | null;
};

/**
 * Declares a column, keeping its literal key and type for {@link RowOf}; throws a RangeError for a limit
 * that cannot hold (see {@link checkedLimit}), so a wrong declaration fails as soon as it is loaded.
 */
export function column<const K extends string, const T extends ValueType>(
  spec: ColumnSpec<K, T>,
): ColumnSpec<K, T> {
  checkedLimit(spec);
  return spec;
}

/**
 * Declares a table, keeping its column tuple for {@link RowOf}; throws a RangeError when its sections, key
 * columns or required groups name a column it does not have (checked here, as a table spread with fewer columns keeps them).
 */
export function table<const C extends readonly ColumnSpec[]>(spec: TableSpec<C>): TableSpec<C> {
  const keys = new Set(spec.columns.map((c) => c.key));
  const grouped = (spec.requiredGroups ?? []).flatMap((g) => g.columns);
  for (const key of [...(spec.sections ?? []).map((s) => s.field), ...(spec.keyColumns ?? []), ...grouped]) {
    if (!keys.has(key)) throw new RangeError(`table ${spec.role} has no column ${key}`);
  }
  return spec;
}

/** The columns that say what a row of the table is about ({@link TableSpec.keyColumns}, or its default). */
export function keyColumnsOf(spec: TableSpec): ReadonlySet<string> {
  let keys = keyColumns.get(spec);
  if (keys === undefined) {
    keys = new Set(
      spec.keyColumns ??
        spec.columns
          .filter(
            (c) => c.required === true && (c.type === "text" || c.type === "date" || c.type === "month"),
          )
          .map((c) => c.key),
    );
    keyColumns.set(spec, keys);
  }
  return keys;
}

const keyColumns = new WeakMap<TableSpec, ReadonlySet<string>>();

/** The same table with no column limits: for a sheet PropDesk wrote itself, read back as it stands. */
export function withoutLimits<S extends TableSpec>(spec: S): S {
  return {
    ...spec,
    columns: spec.columns.map((c) => {
      const { limit: _limit, ...rest } = c;
      return rest;
    }),
  };
}

/** The declared column with a key (for its label in messages). */
export function columnOf<S extends TableSpec>(spec: S, key: S["columns"][number]["key"]): ColumnSpec {
  const found = spec.columns.find((c) => c.key === key);
  if (!found) throw new RangeError(`table ${spec.role} has no column ${key}`);
  return found;
}
