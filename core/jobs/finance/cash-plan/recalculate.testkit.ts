import { evaluateFormula, type FormulaValue } from "../../../../test/excel-sim/formulaEngine";
import { a1 } from "../../../values/columnLetter";
import { isDateCell, isFormulaCell, isLinkCell, type SheetSpec } from "../../../sheets/sheetSpec";

/** A formula cell: where it is, its formula, what the engine computes and what the core wrote. */
export interface Recalculated {
  at: string;
  formula: string;
  computed: FormulaValue;
  written: string | number;
}

/**
 * For tests: every formula cell of a sheet as {@link Recalculated}, computed by the Excel simulator's
 * formula engine (SUBTOTAL skips nested SUBTOTALs as Excel does) beside the value the core wrote.
 */
export function recalculate(spec: SheetSpec): Recalculated[] {
  const valueAt = (row: number, column: number): FormulaValue | undefined => {
    const cell = spec.cells[row - 1]?.[column - 1] ?? null;
    if (cell === null || isDateCell(cell)) return undefined;
    if (isLinkCell(cell)) return cell.text;
    if (!isFormulaCell(cell)) return cell;
    return evaluateFormula(cell.formula, {
      home: spec,
      sheet: (name) => (name === spec.name ? spec : undefined),
      valueAt: (_sheet, r, c) => valueAt(r, c),
      formulaAt: (_sheet, r, c) => {
        const other = spec.cells[r - 1]?.[c - 1] ?? null;
        return isFormulaCell(other) ? other.formula : undefined;
      },
      lastRow: () => spec.cells.length,
    });
  };
  const out: Recalculated[] = [];
  spec.cells.forEach((cells, r) =>
    cells.forEach((cell, c) => {
      if (isFormulaCell(cell)) {
        out.push({
          at: a1(c + 1, r + 1),
          formula: cell.formula,
          computed: valueAt(r + 1, c + 1)!,
          written: cell.value,
        });
      }
    }),
  );
  return out;
}

/** For tests: a recalculated number rounded to the fen, as a spreadsheet shows it in a 0.00 format. */
export function fen(value: FormulaValue): number {
  if (typeof value !== "number") throw new TypeError(`not a number: ${String(value)}`);
  return Math.round(value * 100);
}
