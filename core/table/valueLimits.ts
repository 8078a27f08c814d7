import { issue, type Issue, type IssueLocation, type ParamValue } from "../issues";
import type { Label } from "../i18n/label";
import type { Dec } from "../values/decimal";
import { decFromNumber } from "../values/numberText";
import { fen, fenText } from "../values/money";
import { qtyE4, qtyText } from "../values/quantity";
import { normalizeHeader } from "../values/text";
import type { ColumnSpec, NumberLimit, TextLimit } from "./declaration";

/** The bounds a column limit may set; each is reported with its own issue code. */
export type LimitBound = "positive" | "nonNegative" | "min" | "max" | "oneOf";

/** A column's limit as the table reader checks it. */
export interface CheckedLimit {
  /** Breaking the limit is an error and leaves the row out; else a warning, and the cell counts as empty. */
  readonly reject: boolean;
  /**
   * The quick path's two comparisons: a money or quantity column accepts exactly the whole stored values
   * (fen, ten-thousandths) from `low` to `high`; a decimal column every number cell from `low` to `high`,
   * and a few more that the full reading decides (a cell just below a bound that Excel's 15 digits round
   * onto it). -Infinity and Infinity for a rate or text.
   */
  readonly low: number;
  readonly high: number;
  /** The bound a value read from the column breaks (the first, in the order of {@link LimitBound}), or null. */
  broken(value: unknown): LimitBound | null;
  /**
   * The issue for a value that broke a bound, at its cell; `header` names the column as the sheet heads it (the
   * column's label when not given: a value a section heading or a line above the table supplied has no header).
   */
  issue(bound: LimitBound, value: unknown, at: IssueLocation, header?: ParamValue): Issue;
}

const checked = new WeakMap<ColumnSpec, CheckedLimit | null>();

/**
 * A column's limit ready for the reader (null when it declares none), made once per declared column. Throws
 * a RangeError for a limit that cannot hold: on a date or month column, `warn` on a column whose value is
 * required (a warning would leave the required value empty), a bound that is not a finite number, `min`
 * above `max`, or an empty `oneOf`.
 */
export function checkedLimit(column: ColumnSpec): CheckedLimit | null {
  let limit = checked.get(column);
  if (limit === undefined) {
    limit = makeLimit(column);
    checked.set(column, limit);
  }
  return limit;
}

function makeLimit(column: ColumnSpec): CheckedLimit | null {
  const limit: NumberLimit | TextLimit | undefined = column.limit;
  if (limit === undefined) return null;
  const refuse = (why: string) => new RangeError(`column ${column.key}: ${why}`);
  if (limit.onBreak !== "reject" && limit.onBreak !== "warn")
    throw refuse(`onBreak must be "reject" or "warn"`);
  if (limit.onBreak === "warn" && column.valueRequired === true)
    throw refuse(`its value is required, so breaking its limit must reject the row`);
  const bounds = boundsOf(limit);
  if (bounds.length === 0) throw refuse("the limit sets no bound");
  const reject = limit.onBreak === "reject";
  if (column.type === "text") {
    if (!("oneOf" in limit)) throw refuse("a text column takes a oneOf limit only");
    return textLimit(column.label, limit, reject);
  }
  if ("oneOf" in limit) throw refuse(`a ${column.type} column takes no oneOf limit`);
  const min = limit.min === undefined ? null : finite(limit.min, refuse);
  const max = limit.max === undefined ? null : finite(limit.max, refuse);
  if (min !== null && max !== null && min.gt(max)) throw refuse("min is above max");
  switch (column.type) {
    case "money":
      return scaledLimit(column.label, limit, reject, min, max, 100, (n) => fenText(fen(n)));
    case "quantity":
      return scaledLimit(column.label, limit, reject, min, max, 10_000, (n) => qtyText(qtyE4(n)));
    case "decimal":
      return decimalLimit(column.label, limit, reject, min, max, true, (d) => d.toString());
    case "rate":
      return decimalLimit(column.label, limit, reject, min, max, false, (d) => `${d.times(100).toFixed()}%`);
    default:
      throw refuse(`a ${column.type} column takes no limit`);
  }
}

function boundsOf(limit: NumberLimit | TextLimit): LimitBound[] {
  if ("oneOf" in limit) return limit.oneOf.length > 0 ? ["oneOf"] : [];
  const bounds: LimitBound[] = [];
  if (limit.sign !== undefined) bounds.push(limit.sign);
  if (limit.min !== undefined) bounds.push("min");
  if (limit.max !== undefined) bounds.push("max");
  return bounds;
}

function finite(bound: number, refuse: (why: string) => RangeError): Dec {
  const d = decFromNumber(bound);
  if (d === null) throw refuse(`${String(bound)} is not a finite bound`);
  return d;
}

/** Money or a quantity, held as whole fen or ten-thousandths: integer comparisons only. */
function scaledLimit(
  header: Label,
  limit: NumberLimit,
  reject: boolean,
  minValue: Dec | null,
  maxValue: Dec | null,
  factor: number,
  show: (stored: number) => string,
): CheckedLimit {
  const { sign } = limit;
  // the lowest and highest whole stored values within the bounds (a bound between two steps is rounded inwards)
  const min = minValue === null ? -Infinity : minValue.times(factor).ceil().toNumber();
  const max = maxValue === null ? Infinity : maxValue.times(factor).floor().toNumber();
  const lowest = sign === "positive" ? 1 : sign === "nonNegative" ? 0 : -Infinity;
  return {
    reject,
    low: Math.max(lowest, min),
    high: max,
    broken(value) {
      const v = value as number;
      if (sign === "positive" && v <= 0) return "positive";
      if (sign === "nonNegative" && v < 0) return "nonNegative";
      if (v < min) return "min";
      if (v > max) return "max";
      return null;
    },
    issue: (bound, value, at, shown) =>
      limitIssue(bound, reject, at, shown ?? header, show(value as number), () =>
        bound === "min" ? show(min) : show(max),
      ),
  };
}

/**
 * A decimal or a rate, held as an exact decimal. The full reading compares a decimal number cell's 15
 * significant digits with the bounds' own 15 digits; rounding keeps order, so a cell within the bounds as
 * declared is within them once rounded, and the quick path may compare the cell itself: with the declared
 * bounds, the lowest positive number for `positive`, 0 for `nonNegative` (-0 included). A rate has no quick path.
 */
function decimalLimit(
  header: Label,
  limit: NumberLimit,
  reject: boolean,
  min: Dec | null,
  max: Dec | null,
  quick: boolean,
  show: (value: Dec) => string,
): CheckedLimit {
  const { sign } = limit;
  const lowest = sign === "positive" ? Number.MIN_VALUE : sign === "nonNegative" ? 0 : -Infinity;
  return {
    reject,
    low: quick ? Math.max(lowest, limit.min ?? -Infinity) : -Infinity,
    high: quick ? (limit.max ?? Infinity) : Infinity,
    broken(value) {
      const v = value as Dec;
      if (sign === "positive" && v.lte(0)) return "positive";
      if (sign === "nonNegative" && v.lt(0)) return "nonNegative";
      if (min !== null && v.lt(min)) return "min";
      if (max !== null && v.gt(max)) return "max";
      return null;
    },
    issue: (bound, value, at, shown) =>
      limitIssue(bound, reject, at, shown ?? header, show(value as Dec), () => {
        const limit = bound === "min" ? min : max;
        return limit === null ? "" : show(limit);
      }),
  };
}

/** A text matched on its header form against the texts the column accepts. */
function textLimit(header: Label, limit: TextLimit, reject: boolean): CheckedLimit {
  const accepted = new Set(limit.oneOf.map(normalizeHeader));
  const allowed = limit.oneOf.join(" / ");
  return {
    reject,
    low: -Infinity,
    high: Infinity,
    broken: (value) => (accepted.has(normalizeHeader(value as string)) ? null : "oneOf"),
    issue: (bound, value, at, shown) =>
      limitIssue(bound, reject, at, shown ?? header, value as string, () => allowed),
  };
}

/**
 * The issue of a broken bound: the column's header (or label) as `header` and the value as the cell shows it, the params
 * the readers gave these issues when they checked them by hand; `boundText` gives the bound itself (the lowest
 * or highest value accepted, or the texts accepted) for the min, max and oneOf codes.
 */
function limitIssue(
  bound: LimitBound,
  reject: boolean,
  at: IssueLocation,
  header: ParamValue,
  value: string,
  boundText: () => string,
): Issue {
  const severity = reject ? "error" : "warning";
  switch (bound) {
    case "positive":
      return issue("not_positive", severity, at, { header, value });
    case "nonNegative":
      return issue("negative_value", severity, at, { header, value });
    case "min":
      return issue("value_below_min", severity, at, { header, value, min: boundText() });
    case "max":
      return issue("value_above_max", severity, at, { header, value, max: boundText() });
    case "oneOf":
      return issue("value_not_allowed", severity, at, { header, value, allowed: boundText() });
  }
}
