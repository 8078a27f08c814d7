import { evaluateFormula, type FormulaValue } from "./formulaEngine";
import { columnLetter } from "../values/columnLetter";
import { isDateCell, isFormulaCell, isLinkCell, type SheetSpec } from "./sheetSpec";

/** A formula cell of a sheet with what the simulator's formula engine computes and what the core wrote. */
export interface EvaluatedFormula {
  /** A1 address, e.g. `D12`. */
  at: string;
  formula: string;
  computed: FormulaValue;
  written: string | number;
}

/**
 * For tests: the value each cell of a SheetSpec shows once its formulas are recalculated (by the Excel
 * simulator's formula engine, so SUBTOTAL skips nested SUBTOTALs as Excel does). Row and column are 1-based.
 */
export function recalculated(spec: SheetSpec): (row: number, column: number) => FormulaValue | undefined {
  const memo = new Map<string, FormulaValue>();
  const valueAt = (row: number, column: number): FormulaValue | undefined => {
    const cell = spec.cells[row - 1]?.[column - 1] ?? null;
    if (cell === null || isDateCell(cell)) return undefined;
    if (isLinkCell(cell)) return cell.text;
    if (!isFormulaCell(cell)) return cell;
    const key = `${row},${column}`;
    let value = memo.get(key);
    if (value === undefined) {
      value = evaluateFormula(cell.formula, {
        home: spec,
        sheet: (name) => (name === spec.name ? spec : undefined),
        valueAt: (_s, r, c) => valueAt(r, c),
        formulaAt: (_s, r, c) => {
          const other = spec.cells[r - 1]?.[c - 1] ?? null;
          return isFormulaCell(other) ? other.formula : undefined;
        },
        lastRow: () => spec.cells.length,
      });
      memo.set(key, value);
    }
    return value;
  };
  return valueAt;
}

/** For tests: every formula cell of a sheet, recalculated, beside the value the core wrote into it. */
export function evaluatedFormulas(spec: SheetSpec): EvaluatedFormula[] {
  const value = recalculated(spec);
  const out: EvaluatedFormula[] = [];
  spec.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (!isFormulaCell(cell)) return;
      out.push({
        at: `${columnLetter(c + 1)}${r + 1}`,
        formula: cell.formula,
        computed: value(r + 1, c + 1) ?? "",
        written: cell.value,
      });
    }),
  );
  return out;
}

/** For tests: true when a recalculated value shows as the written one (numbers to the fen, since a spreadsheet sums doubles). */
export function sameShownValue(computed: FormulaValue, written: string | number): boolean {
  if (typeof computed === "number" && typeof written === "number")
    return Math.abs(computed - written) < 0.000_05;
  return computed === written;
}

/** For tests: a recalculated number rounded to the fen, as a spreadsheet shows it in a 0.00 format. */
export function fen(value: FormulaValue): number {
  if (typeof value !== "number") throw new TypeError(`not a number: ${String(value)}`);
  return Math.round(value * 100);
}
