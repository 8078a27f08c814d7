import { excelErrorOf, retargetSheetRefs } from "../../core/index";
import type { SheetVisibility } from "../excel/excelSubset";
import { contains, formatAddress, sheetPrefix, type Rect } from "./cellRect";
import { evaluateFormula, UnsupportedFormula, type FormulaEnv } from "../../core/sheets/formulaEngine";
import { checkSheetName } from "./sheetNameRules";
import { SimError } from "./simError";
import { cellKey, SimSheet, type StoredValue } from "./simSheet";
import { typedInput } from "./typedInput";

/** A workbook-level defined name; `target` null once its sheet was deleted (`#REF!`). */
export interface SimName {
  name: string;
  target: { sheet: SimSheet; rect: Rect } | null;
  visible: boolean;
  comment: string;
}

/** What a cell is given through `Range.values` / `Range.formulas`: null leaves it as it is, `""` empties it. */
export type CellInput = string | number | boolean | null;

/** An add-in's function as `CustomFunctions.associate` takes it: a value, or a promise of one; errors thrown. */
export type SimCustomFunction = (...args: (string | number | boolean | null)[]) => unknown;

/** A result an asynchronous function delivered, kept until the next recalculation reads it. */
type Delivered = { value: StoredValue } | "pending";

const NAME = /^[\p{L}_\\][\p{L}\p{N}_.\\]*$/u;
const CELL_LIKE = /^(?:[A-Za-z]{1,3}\d+|[Rr]\d*[Cc]\d*|[RrCc])$/;

/**
 * The simulated workbook and Excel's rules on it: sheet names, at least one visible sheet, names unique
 * ignoring case, references rewritten when a sheet is renamed or deleted, typed input, protected sheets
 * refusing changes, and formulas computed on demand.
 */
export class SimWorkbook {
  readonly sheets: SimSheet[] = [];
  readonly names: SimName[] = [];
  active: SimSheet | null = null;
  selection: { sheet: SimSheet; rect: Rect } | null = null;
  /** Bumped on every change that can alter a formula's result. */
  generation = 0;
  /** Functions add-ins registered, by full name in capitals (`PROPDESK.WORKDAY`), as Excel's custom functions. */
  readonly customFunctions = new Map<string, SimCustomFunction>();
  private readonly delivered = new Map<string, Delivered>();
  private nextId = 1;

  constructor(public date1904 = false) {}

  /** The sheet with this name (ignoring case) or id. */
  find(key: string): SimSheet | undefined {
    const lower = key.toLowerCase();
    return this.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower);
  }

  /** Adds a sheet at the end, as `worksheets.add` does. */
  addSheet(name: string): SimSheet {
    checkSheetName(
      name,
      this.sheets.map((s) => s.name),
    );
    const sheet = new SimSheet(`{00000000-0000-0000-0000-${String(this.nextId++).padStart(12, "0")}}`, name);
    this.sheets.push(sheet);
    this.active ??= sheet;
    this.generation++;
    return sheet;
  }

  /** Renames a sheet; formulas on every sheet that name it follow, as in Excel. */
  renameSheet(sheet: SimSheet, name: string): void {
    if (name === sheet.name) return;
    checkSheetName(
      name,
      this.sheets.filter((s) => s !== sheet).map((s) => s.name),
    );
    this.rewriteReferences(sheet.name, name);
    sheet.name = name;
    this.generation++;
  }

  /** Deletes a sheet; formulas naming it become `#REF!`, names on it `#REF!`. Excel keeps one visible sheet. */
  deleteSheet(sheet: SimSheet): void {
    if (sheet.visibility === "Visible" && this.visibleCount() === 1)
      throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.rewriteReferences(sheet.name, null);
    for (const n of this.names) if (n.target?.sheet === sheet) n.target = null;
    if (this.selection?.sheet === sheet) this.selection = null;
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === "Visible") ?? null;
    this.generation++;
  }

  /** Moves a sheet to a 0-based tab position. */
  moveSheet(sheet: SimSheet, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length)
      throw new SimError("InvalidArgument", `Position ${position} is out of range.`);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  /** Shows or hides a sheet; the last visible sheet cannot be hidden. */
  setVisibility(sheet: SimSheet, visibility: SheetVisibility): void {
    if (visibility !== "Visible" && sheet.visibility === "Visible" && this.visibleCount() === 1)
      throw new SimError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
    sheet.visibility = visibility;
    if (visibility !== "Visible" && this.active === sheet)
      this.active = this.sheets.find((s) => s.visibility === "Visible") ?? null;
  }

  /** Makes a visible sheet the active one. */
  activate(sheet: SimSheet): void {
    if (sheet.visibility !== "Visible")
      throw new SimError("InvalidOperation", `The sheet "${sheet.name}" is hidden and cannot be activated.`);
    this.active = sheet;
  }

  /** Throws AccessDenied, as Excel does, when a protected sheet is about to change. */
  checkEditable(sheet: SimSheet): void {
    if (sheet.protected)
      throw new SimError(
        "AccessDenied",
        `The cell or chart you're trying to change is on a protected sheet ("${sheet.name}").`,
      );
  }

  /** Writes one cell as Excel takes typed input (see {@link typedInput}). */
  enterCell(sheet: SimSheet, row: number, column: number, input: CellInput): void {
    if (input === null) return;
    if (input === "") sheet.clear(row, column);
    else if (typeof input !== "string") sheet.setConstant(row, column, input);
    else {
      const entered = typedInput(input, sheet.numberFormat(row, column), this.date1904);
      if ("formula" in entered) sheet.setFormula(row, column, entered.formula);
      else sheet.setConstant(row, column, entered.value);
    }
    this.generation++;
  }

  /** What `Range.values` shows for a cell: formulas computed, empty cells undefined. */
  valueAt(sheet: SimSheet, row: number, column: number): StoredValue | undefined {
    const formula = sheet.formula(row, column);
    if (formula === undefined) return sheet.constant(row, column);
    const key = cellKey(row, column);
    const cached = sheet.computed.get(key);
    if (cached !== undefined && cached.generation === this.generation) return cached.value;
    sheet.computed.set(key, { generation: this.generation, value: 0 });
    let value: StoredValue;
    try {
      value = evaluateFormula(formula, this.env(sheet));
    } catch (error) {
      if (!(error instanceof UnsupportedFormula)) throw error;
      value = sheet.constant(row, column) ?? "#NAME?";
    }
    sheet.computed.set(key, { generation: this.generation, value });
    return value;
  }

  /**
   * Registers an add-in's function under its full name (`PROPDESK.WORKDAY`, any case), as `CustomFunctions.associate`
   * does in Excel; formulas calling it are computed again.
   */
  associateFunction(name: string, implementation: SimCustomFunction): void {
    this.customFunctions.set(name.toUpperCase(), implementation);
    this.generation++;
  }

  /**
   * Calls an add-in's function as Excel does: an argument that is an error is the result, without calling it; a
   * thrown error with an Excel error `code` (`CustomFunctions.Error`) is that error, any other `#VALUE!`; a promise
   * shows `#BUSY!` until it settles, then formulas are computed again and read its result once.
   */
  private callFunction(name: string, args: readonly (StoredValue | null)[]): StoredValue | undefined {
    const implementation = this.customFunctions.get(name);
    if (implementation === undefined) return undefined;
    const error = args.find((arg) => typeof arg === "string" && excelErrorOf(arg) !== null);
    if (error !== undefined && error !== null) return error;
    const key = JSON.stringify([name, args]);
    const delivered = this.delivered.get(key);
    if (delivered === "pending") return "#BUSY!";
    if (delivered !== undefined) {
      this.delivered.delete(key);
      return delivered.value;
    }
    let result: unknown;
    try {
      result = implementation(...args);
    } catch (thrown) {
      return errorValue(thrown);
    }
    if (!(result instanceof Promise)) return resultValue(result);
    this.delivered.set(key, "pending");
    const deliver = (value: StoredValue) => {
      this.delivered.set(key, { value });
      this.generation++;
    };
    result.then(
      (value: unknown) => deliver(resultValue(value)),
      (thrown: unknown) => deliver(errorValue(thrown)),
    );
    return "#BUSY!";
  }

  /** Adds a defined name, kept in Excel's order (by name, ignoring case); unique ignoring case, never like a cell reference. */
  addName(name: string, target: { sheet: SimSheet; rect: Rect }, comment = ""): SimName {
    if (name.length > 255 || !NAME.test(name) || CELL_LIKE.test(name))
      throw new SimError("InvalidArgument", `"${name}" is not a valid name.`);
    if (this.findName(name) !== undefined)
      throw new SimError("ItemAlreadyExists", `The name "${name}" already exists.`);
    const item: SimName = { name, target, visible: true, comment };
    const lower = name.toLowerCase();
    const at = this.names.findIndex((n) => n.name.toLowerCase() > lower);
    this.names.splice(at < 0 ? this.names.length : at, 0, item);
    return item;
  }

  /** The defined name, compared ignoring case. */
  findName(name: string): SimName | undefined {
    const lower = name.toLowerCase();
    return this.names.find((n) => n.name.toLowerCase() === lower);
  }

  /** Removes a defined name. */
  deleteName(item: SimName): void {
    const index = this.names.indexOf(item);
    if (index >= 0) this.names.splice(index, 1);
  }

  /** A name's value as `NamedItem.value` gives it: `'Sheet'!$A$1`, or `#REF!`. */
  nameValue(item: SimName): string {
    if (item.target === null) return "#REF!";
    const { rect } = item.target;
    const absolute = formatAddress(rect).replace(/(?<![A-Z])([A-Z]+)(\d+)/g, "$$$1$$$2");
    return `${sheetPrefix(item.target.sheet.name)}${absolute}`;
  }

  /** True when a merged area covers the cell without starting at it. */
  isHiddenByMerge(sheet: SimSheet, row: number, column: number): boolean {
    return sheet.merges.some((m) => contains(m, row, column) && (m.top !== row || m.left !== column));
  }

  private visibleCount(): number {
    return this.sheets.filter((s) => s.visibility === "Visible").length;
  }

  private env(home: SimSheet): FormulaEnv<SimSheet> {
    return {
      home,
      sheet: (name) => this.find(name),
      valueAt: (sheet, row, column) => this.valueAt(sheet, row, column),
      formulaAt: (sheet, row, column) => sheet.formula(row, column),
      lastRow: (sheet) => sheet.lastRow(),
      call: (name, args) => this.callFunction(name, args),
    };
  }

  /** Rewrites every formula naming sheet `from` to name `to` instead, or `#REF!` when `to` is null. */
  private rewriteReferences(from: string, to: string | null): void {
    const renamed = new Map([[from.toLowerCase(), to ?? "\uFFFFREF"]]);
    for (const sheet of this.sheets) {
      for (const [row, column, formula] of sheet.formulas()) {
        let next = retargetSheetRefs(formula, renamed);
        if (to === null)
          next = next.replace(/'\uFFFFREF'!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/g, "#REF!");
        if (next !== formula) sheet.rewriteFormula(row, column, next);
      }
    }
  }
}

/** What Excel shows for a function's result: a number, text or boolean; nothing is 0; anything else `#VALUE!`. */
function resultValue(value: unknown): StoredValue {
  if (value === null || value === undefined) return 0;
  if (typeof value === "number") return Number.isFinite(value) ? value : "#NUM!";
  return typeof value === "string" || typeof value === "boolean" ? value : "#VALUE!";
}

/** What Excel shows for an error a function threw: its `code` when that is an Excel error, else `#VALUE!`. */
function errorValue(thrown: unknown): StoredValue {
  const code = typeof thrown === "object" && thrown !== null && "code" in thrown ? thrown.code : undefined;
  return typeof code === "string" ? (excelErrorOf(code) ?? "#VALUE!") : "#VALUE!";
}
