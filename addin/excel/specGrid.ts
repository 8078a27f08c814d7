import {
  isDateCell,
  isFormulaCell,
  isLinkCell,
  isoToExcelSerial,
  type OutCell,
  type SheetSpec,
} from "../../core/light";
import type { ExcelCellValue } from "./excelSubset";
import { hyperlinkFormula } from "./hyperlinkFormula";
import { retargetSheetRefs } from "../../core/light";

/** What turning a spec's cells into a `Range.formulas` grid needs to know of the whole write. */
export interface GridContext {
  date1904: boolean;
  /** Lower-cased wanted sheet names mapped to final names: where links point. */
  finalNames: ReadonlyMap<string, string>;
  /** Lower-cased wanted sheet names mapped to the temporary sheets formulas must refer to until the swap. */
  tempNames: ReadonlyMap<string, string>;
}

/**
 * A spec's cells as one rectangular `Range.formulas` grid from A1: text as `'text` (so Excel never takes
 * `3-1-502` for a date or `001` for a number), numbers and booleans as they are, dates as serials,
 * formulas with `=` (references to other output sheets aimed at their temporary sheets), links as
 * HYPERLINK formulas, and `""` for empty cells and for cells a merge will cover.
 */
export function specGrid(spec: SheetSpec, context: GridContext): ExcelCellValue[][] {
  const width = spec.cells.reduce((most, row) => Math.max(most, row.length), spec.columns.length);
  const covered = new Set<string>();
  for (const m of spec.merges) {
    for (let row = m.top; row <= m.bottom; row++)
      for (let column = m.left; column <= m.right; column++)
        if (row !== m.top || column !== m.left) covered.add(`${row},${column}`);
  }
  return spec.cells.map((cells, r) => {
    const out: ExcelCellValue[] = new Array<ExcelCellValue>(width).fill("");
    cells.forEach((cell, c) => {
      if (covered.size === 0 || !covered.has(`${r + 1},${c + 1}`)) out[c] = gridValue(cell, context);
    });
    return out;
  });
}

function gridValue(cell: OutCell, context: GridContext): ExcelCellValue {
  if (cell === null) return "";
  if (typeof cell === "string") return cell === "" ? "" : `'${cell}`;
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (isFormulaCell(cell)) return `=${retargetSheetRefs(cell.formula, context.tempNames)}`;
  if (isDateCell(cell)) return isoToExcelSerial(cell.date, context.date1904);
  if (isLinkCell(cell)) {
    const sheet = context.finalNames.get(cell.sheet.toLowerCase()) ?? cell.sheet;
    return hyperlinkFormula(sheet, cell.cell, cell.text);
  }
  return "";
}
