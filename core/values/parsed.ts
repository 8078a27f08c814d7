import type { IssueCode, IssueParams, ParamsOf } from "../issues";

/** A problem found while reading one cell, before the caller adds its sheet, row and column. */
export interface CellProblem {
  code: IssueCode;
  params?: IssueParams;
}

/**
 * The result of reading one cell: a value (null for an empty cell), possibly with a warning or a note (what the
 * reader supplied, told as an info issue: the year of `12月3日`), or a problem instead of a value. Never a guess.
 */
export type Parsed<T> =
  { ok: true; value: T; warning?: CellProblem; note?: CellProblem } | { ok: false; problem: CellProblem };

/** A successful result. */
export function ok<T>(value: T, warning?: CellProblem): Parsed<T> {
  return warning === undefined ? { ok: true, value } : { ok: true, value, warning };
}

/** The params a cell problem of a code gives; the reader adds the column's `header` and `field`. */
export type CellParams<C extends IssueCode> = Omit<ParamsOf<C>, "header" | "field">;

/** A failed result, with the params its code takes but the column's. */
export function fail<T, C extends IssueCode = IssueCode>(code: C, params?: CellParams<C>): Parsed<T> {
  return { ok: false, problem: params === undefined ? { code } : { code, params: params as IssueParams } };
}
