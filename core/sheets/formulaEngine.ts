import { columnNumber } from "../values/columnLetter";

/** A rectangle of cells, 1-based and inclusive (the simulator's ranges have this shape). */
interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A value a formula computes: what `Range.values` shows for it. */
export type FormulaValue = string | number | boolean;

/** What evaluation needs of the workbook; `S` is its sheet type. */
export interface FormulaEnv<S> {
  /** The sheet a formula without a sheet prefix refers to. */
  home: S;
  /** The sheet of a name written before `!`, or undefined when there is none. */
  sheet(name: string): S | undefined;
  /** The value shown in a cell (formulas evaluated); undefined when empty. */
  valueAt(sheet: S, row: number, column: number): FormulaValue | undefined;
  /** The formula in a cell, if any (SUBTOTAL skips cells holding SUBTOTAL). */
  formulaAt(sheet: S, row: number, column: number): string | undefined;
  /** The sheet's used rows, to keep whole-column references short. */
  lastRow(sheet: S): number;
  /**
   * A function the engine does not know, such as an add-in's `PROPDESK.WORKDAY` (name in capitals), given its
   * arguments' values (an empty cell or an omitted argument null, a range of several cells `#VALUE!`); undefined
   * when the workbook has no such function.
   */
  call?(name: string, args: readonly (FormulaValue | null)[]): FormulaValue | undefined;
}

/** Thrown for a formula the simulator's small engine does not know; the caller keeps the cell's earlier value. */
export class UnsupportedFormula extends Error {
  override name = "UnsupportedFormula";
}

const ERRORS = new Set([
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#CALC!",
  "#SPILL!",
  "#BUSY!",
]);

type Ref<S> = { sheet: S; rect: Rect };
type Operand<S> = FormulaValue | Ref<S> | null;

/**
 * Evaluates a formula (with or without its leading `=`) the way Excel would for the small language the
 * simulator understands: numbers, "strings", TRUE/FALSE, cell and range references (optionally
 * `'Sheet'!`-qualified), `+ - * /`, `&`, comparisons, parentheses, and the functions SUM, SUBTOTAL(9|109, ...)
 * (skipping nested SUBTOTAL cells, as Excel does), IF, ROUND, SUMIF (equality criteria) and HYPERLINK, and the
 * workbook's own functions through {@link FormulaEnv.call}. Anything else throws {@link UnsupportedFormula}.
 */
export function evaluateFormula<S>(formula: string, env: FormulaEnv<S>): FormulaValue {
  const parser = new Parser(formula.startsWith("=") ? formula.slice(1) : formula, env);
  const result = parser.comparison();
  parser.end();
  return scalar(result, env);
}

function isError(value: unknown): boolean {
  return typeof value === "string" && ERRORS.has(value);
}

function isRef<S>(value: Operand<S>): value is Ref<S> {
  return typeof value === "object" && value !== null;
}

function scalar<S>(value: Operand<S>, env: FormulaEnv<S>): FormulaValue {
  if (value === null) return 0;
  if (!isRef(value)) return value;
  const { rect } = value;
  if (rect.top !== rect.bottom || rect.left !== rect.right) return "#VALUE!";
  return env.valueAt(value.sheet, rect.top, rect.left) ?? 0;
}

function toNumber(value: FormulaValue): number | string {
  if (typeof value === "string" && isError(value)) return value;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return value ? 1 : 0;
  if (value.trim() === "") return 0;
  const n = Number(value);
  return Number.isFinite(n) ? n : "#VALUE!";
}

class Parser<S> {
  private i = 0;

  constructor(
    private readonly text: string,
    private readonly env: FormulaEnv<S>,
  ) {}

  end(): void {
    this.skipSpace();
    if (this.i < this.text.length) throw new UnsupportedFormula(`unexpected "${this.text.slice(this.i)}"`);
  }

  comparison(): Operand<S> {
    const left = this.expression();
    for (const op of ["<=", ">=", "<>", "<", ">", "="] as const) {
      if (!this.eat(op)) continue;
      const a = scalar(left, this.env);
      const b = scalar(this.expression(), this.env);
      if (isError(a)) return a;
      if (isError(b)) return b;
      const order = compareValues(a, b);
      return op === "="
        ? order === 0
        : op === "<>"
          ? order !== 0
          : op === "<"
            ? order < 0
            : op === ">"
              ? order > 0
              : op === "<="
                ? order <= 0
                : order >= 0;
    }
    return left;
  }

  expression(): Operand<S> {
    let left = this.additive();
    while (this.eat("&")) {
      const right = this.additive();
      const a = scalar(left, this.env);
      const b = scalar(right, this.env);
      left = isError(a) ? a : isError(b) ? b : `${text(a)}${text(b)}`;
    }
    return left;
  }

  private additive(): Operand<S> {
    let left = this.multiplicative();
    for (;;) {
      if (this.eat("+")) left = this.arithmetic(left, this.multiplicative(), (a, b) => a + b);
      else if (this.eat("-")) left = this.arithmetic(left, this.multiplicative(), (a, b) => a - b);
      else return left;
    }
  }

  private multiplicative(): Operand<S> {
    let left = this.unary();
    for (;;) {
      if (this.eat("*")) left = this.arithmetic(left, this.unary(), (a, b) => a * b);
      else if (this.eat("/")) left = this.arithmetic(left, this.unary(), (a, b) => (b === 0 ? NaN : a / b));
      else return left;
    }
  }

  private arithmetic(
    left: Operand<S>,
    right: Operand<S>,
    op: (a: number, b: number) => number,
  ): FormulaValue {
    const a = toNumber(scalar(left, this.env));
    const b = toNumber(scalar(right, this.env));
    if (typeof a === "string") return a;
    if (typeof b === "string") return b;
    const result = op(a, b);
    return Number.isNaN(result) ? "#DIV/0!" : result;
  }

  private unary(): Operand<S> {
    if (this.eat("-")) {
      const value = toNumber(scalar(this.unary(), this.env));
      return typeof value === "string" ? value : -value;
    }
    if (this.eat("+")) return this.unary();
    return this.primary();
  }

  private primary(): Operand<S> {
    this.skipSpace();
    const rest = this.text.slice(this.i);
    if (this.eat("(")) {
      const inner = this.comparison();
      this.expect(")");
      return inner;
    }
    const number = /^(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(rest);
    if (number) {
      this.i += number[0].length;
      return Number(number[0]);
    }
    if (rest.startsWith('"')) return this.stringLiteral();
    if (rest.startsWith("#REF!")) {
      this.i += 5;
      return "#REF!";
    }
    const reference =
      /^(?:'((?:[^']|'')+)'!|([^\s'"!(),:;+\-*/^&=<>{}[\]%]+)!)?(\$?[A-Za-z]{1,3}\$?\d+)(?::(\$?[A-Za-z]{1,3}\$?\d+))?(?![\w(])/.exec(
        rest,
      );
    if (reference) {
      this.i += reference[0].length;
      return this.reference(reference);
    }
    const name = /^([A-Za-z][A-Za-z0-9.]*)\s*\(/.exec(rest);
    if (name) {
      this.i += name[0].length;
      const args = this.arguments();
      return this.call((name[1] ?? "").toUpperCase(), args);
    }
    const bool = /^(TRUE|FALSE)(?![\w(])/i.exec(rest);
    if (bool) {
      this.i += bool[0].length;
      return (bool[1] ?? "").toUpperCase() === "TRUE";
    }
    throw new UnsupportedFormula(`cannot read "${rest}"`);
  }

  private reference(m: RegExpExecArray): Operand<S> {
    const sheetName = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
    const sheet = sheetName === undefined ? this.env.home : this.env.sheet(sheetName);
    if (sheet === undefined) return "#REF!";
    const cell = (a1: string) => {
      const parts = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1);
      return { column: columnNumber(parts?.[1] ?? "A"), row: Number(parts?.[2] ?? 1) };
    };
    const a = cell(m[3] ?? "A1");
    const b = m[4] === undefined ? a : cell(m[4]);
    return {
      sheet,
      rect: {
        top: Math.min(a.row, b.row),
        left: Math.min(a.column, b.column),
        bottom: Math.max(a.row, b.row),
        right: Math.max(a.column, b.column),
      },
    };
  }

  private arguments(): Operand<S>[] {
    const args: Operand<S>[] = [];
    this.skipSpace();
    if (this.eat(")")) return args;
    for (;;) {
      this.skipSpace();
      const next = this.text.charAt(this.i);
      args.push(next === "," || next === ")" ? null : this.comparison());
      if (this.eat(")")) return args;
      this.expect(",");
    }
  }

  private call(name: string, args: Operand<S>[]): Operand<S> {
    switch (name) {
      case "SUM":
        return this.sum(args, false);
      case "SUBTOTAL": {
        const kind = toNumber(scalar(args[0] ?? null, this.env));
        if (kind !== 9 && kind !== 109) throw new UnsupportedFormula(`SUBTOTAL(${String(kind)}, ...)`);
        return this.sum(args.slice(1), true);
      }
      case "IF": {
        const test = scalar(args[0] ?? null, this.env);
        if (isError(test)) return test;
        const truthy = typeof test === "number" ? test !== 0 : typeof test === "boolean" ? test : test !== "";
        return truthy
          ? scalar(args[1] ?? null, this.env)
          : args.length > 2
            ? scalar(args[2] ?? null, this.env)
            : false;
      }
      case "SUMIF":
        return this.sumIf(args);
      case "ROUND": {
        const value = toNumber(scalar(args[0] ?? null, this.env));
        const digits = toNumber(scalar(args[1] ?? null, this.env));
        if (typeof value === "string") return value;
        if (typeof digits === "string") return digits;
        const factor = 10 ** digits;
        const rounded = Math.round(Math.abs(value) * factor * (1 + Number.EPSILON)) / factor;
        return value < 0 ? -rounded : rounded;
      }
      case "HYPERLINK": {
        const target = scalar(args[0] ?? null, this.env);
        return args.length > 1 ? scalar(args[1] ?? null, this.env) : target;
      }
      default: {
        const result = this.env.call?.(
          name,
          args.map((arg) => this.argumentValue(arg)),
        );
        if (result === undefined) throw new UnsupportedFormula(`function ${name}`);
        return result;
      }
    }
  }

  /** An argument's value as a function of the workbook receives it: empty cells and omitted arguments null. */
  private argumentValue(arg: Operand<S>): FormulaValue | null {
    if (!isRef(arg)) return arg;
    const { rect } = arg;
    if (rect.top !== rect.bottom || rect.left !== rect.right) return "#VALUE!";
    return this.env.valueAt(arg.sheet, rect.top, rect.left) ?? null;
  }

  private sum(args: Operand<S>[], skipSubtotals: boolean): FormulaValue {
    let total = 0;
    for (const arg of args) {
      if (!isRef(arg)) {
        const n = toNumber(arg ?? 0);
        if (typeof n === "string") return n;
        total += n;
        continue;
      }
      const last = Math.min(arg.rect.bottom, this.env.lastRow(arg.sheet));
      for (let row = arg.rect.top; row <= last; row++) {
        for (let column = arg.rect.left; column <= arg.rect.right; column++) {
          if (skipSubtotals && /SUBTOTAL\s*\(/i.test(this.env.formulaAt(arg.sheet, row, column) ?? ""))
            continue;
          const value = this.env.valueAt(arg.sheet, row, column);
          if (typeof value === "string" && isError(value)) return value;
          if (typeof value === "number") total += value;
        }
      }
    }
    return total;
  }

  private sumIf(args: Operand<S>[]): FormulaValue {
    const range = args[0] ?? null;
    const sumRange = args[2] ?? range;
    if (!isRef(range) || !isRef(sumRange)) return "#VALUE!";
    const criterion = scalar(args[1] ?? null, this.env);
    let total = 0;
    const last = Math.min(range.rect.bottom, this.env.lastRow(range.sheet));
    for (let row = range.rect.top; row <= last; row++) {
      for (let column = range.rect.left; column <= range.rect.right; column++) {
        const value = this.env.valueAt(range.sheet, row, column);
        if (value === undefined || compareValues(value, criterion) !== 0) continue;
        const add = this.env.valueAt(
          sumRange.sheet,
          sumRange.rect.top + (row - range.rect.top),
          sumRange.rect.left + (column - range.rect.left),
        );
        if (typeof add === "number") total += add;
      }
    }
    return total;
  }

  private stringLiteral(): string {
    let out = "";
    this.i++;
    while (this.i < this.text.length) {
      const ch = this.text.charAt(this.i);
      if (ch === '"') {
        if (this.text.charAt(this.i + 1) === '"') {
          out += '"';
          this.i += 2;
          continue;
        }
        this.i++;
        return out;
      }
      out += ch;
      this.i++;
    }
    throw new UnsupportedFormula("unterminated string");
  }

  private skipSpace(): void {
    while (this.text.charAt(this.i) === " ") this.i++;
  }

  private eat(token: string): boolean {
    this.skipSpace();
    if (this.text.startsWith(token, this.i)) {
      this.i += token.length;
      return true;
    }
    return false;
  }

  private expect(token: string): void {
    if (!this.eat(token)) throw new UnsupportedFormula(`expected "${token}" at ${this.i}`);
  }
}

function text(value: FormulaValue): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}

/** Excel's comparison: numbers before text before booleans; text ignores case. */
function compareValues(a: FormulaValue, b: FormulaValue): number {
  const rank = (v: FormulaValue) => (typeof v === "number" ? 0 : typeof v === "string" ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return Number(a) - Number(b);
}
