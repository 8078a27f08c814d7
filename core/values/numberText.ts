import type { CellValue } from "./cellValue";
import { Dec } from "./decimal";
import { excelErrorOf } from "./cellError";
import { memoize } from "./memo";
import { fail, ok } from "./parsed";
import type { Parsed } from "./parsed";

/**
 * A sign, a currency mark, the digits and a currency mark after them, white space only after a token, so a run of
 * spaces is taken one way only (three `\s*` in a row would try every split of it: cubic on a long run).
 */
const NUMBER_TEXT = new RegExp(
  String.raw`^(?<signBefore>[+-])?\s*(?:(?<currencyBefore>¥|RMB|CNY)\s*)?(?:(?<signAfter>[+-])\s*)?` +
    String.raw`(?<digits>\d+(?:,\d+)*(?:\.\d*)?|\.\d+)\s*(?<currencyAfter>元|RMB|CNY)?$`,
  "iu",
);
const IN_PARENTHESES = /^\((.*)\)$/su;

/**
 * The exact value Excel shows for a stored number: 15 significant digits, trailing zeros dropped, or null
 * for NaN and infinities. @example decFromNumber(0.1 + 0.2).toString() === "0.3"
 */
export const decFromNumber: (n: number) => Dec | null = memoize((n: number) => {
  if (!Number.isFinite(n)) return null;
  if (Number.isSafeInteger(n)) return new Dec(n === 0 ? 0 : n);
  const d = new Dec(n.toPrecision(15));
  return d.isZero() ? new Dec(0) : d;
});

/** The shortest text of a stored number under the 15-significant-digit rule, never in exponent form. */
export function numberText(n: number): string {
  return decFromNumber(n)?.toFixed() ?? String(n);
}

/**
 * A number typed as text (`1,234.50`, `¥1,234.50`, `1234.5元`, `１２３`, `-12`, `−12`, `(12.00)`) as an exact
 * value, or null when the text is not such a number. Currency marks are refused when `currency` is false.
 */
export function decFromText(text: string, currency = true): Dec | null {
  let t = text
    .normalize("NFKC")
    .replace(/\u2212/gu, "-")
    .trim();
  let negative = false;
  const parenthesised = IN_PARENTHESES.exec(t);
  if (parenthesised !== null) {
    negative = true;
    t = (parenthesised[1] ?? "").trim();
  }
  const groups = NUMBER_TEXT.exec(t)?.groups;
  const digits = groups?.["digits"];
  if (groups === undefined || digits === undefined) return null;
  const { signBefore, signAfter, currencyBefore, currencyAfter } = groups;
  if (!currency && (currencyBefore !== undefined || currencyAfter !== undefined)) return null;
  if (signBefore !== undefined && signAfter !== undefined) return null;
  const sign = signBefore ?? signAfter;
  if (negative && sign !== undefined) return null;
  const value = new Dec(digits.replace(/,/gu, "").replace(/\.$/u, ""));
  if (value.isZero()) return new Dec(0);
  return negative || sign === "-" ? value.negated() : value;
}

/** The text of a cell as an issue's `value` parameter shows it (numbers by the 15-significant-digit rule). */
export function cellParamText(v: CellValue): string {
  if (v === null) return "";
  if (typeof v === "number") return numberText(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return v;
}

/**
 * A number-ish cell as an exact value: null when empty, `cell_error` for Excel errors, `not_a_number`
 * (with the original text as `value`) for anything that is not a number, booleans included.
 */
export function readNumberCell(v: CellValue): Parsed<Dec | null> {
  if (v === null) return ok(null);
  const error = excelErrorOf(v);
  if (error !== null) return fail("cell_error", { value: error });
  if (typeof v === "number") {
    const d = decFromNumber(v);
    return d === null ? fail("not_a_number", { value: cellParamText(v) }) : ok(d);
  }
  if (typeof v === "boolean") return fail("not_a_number", { value: cellParamText(v) });
  if (v.trim() === "") return ok(null);
  const d = decFromText(v);
  return d === null ? fail("not_a_number", { value: v }) : ok(d);
}
