import ExcelJS from "exceljs";
import type { Cell, Worksheet } from "exceljs";
import type { CellValue, MergedArea, SheetData } from "../../core/index";
import { toCellValue } from "./cellValue";

/**
 * One ExcelJS worksheet as Office.js `Range.values` would give its used range: from the first to the last
 * non-empty row and column, merged cells holding their value in the top-left cell only, number formats beside,
 * and the merged areas (which header bands read). An empty sheet gives empty `values` at origin A1.
 */
export function readSheet(worksheet: Worksheet, date1904: boolean): SheetData {
  const found: { row: number; column: number; value: CellValue; format: string }[] = [];
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const value = cell.isMerged && cell.master !== cell ? null : toCellValue(rawValue(cell), date1904);
      if (value === null) return;
      found.push({ row: rowNumber, column, value, format: cell.numFmt || "General" });
      top = Math.min(top, rowNumber);
      bottom = Math.max(bottom, rowNumber);
      left = Math.min(left, column);
      right = Math.max(right, column);
    });
  });
  if (found.length === 0)
    return { name: worksheet.name, values: [], origin: { row: 1, column: 1 }, numberFormats: [] };

  const height = bottom - top + 1;
  const width = right - left + 1;
  const values: CellValue[][] = Array.from({ length: height }, () => new Array<CellValue>(width).fill(null));
  const numberFormats: string[][] = Array.from({ length: height }, () =>
    new Array<string>(width).fill("General"),
  );
  for (const cell of found) {
    const valueRow = values[cell.row - top];
    const formatRow = numberFormats[cell.row - top];
    if (valueRow === undefined || formatRow === undefined) continue;
    valueRow[cell.column - left] = cell.value;
    formatRow[cell.column - left] = cell.format;
  }
  const sheet: SheetData = {
    name: worksheet.name,
    values,
    origin: { row: top, column: left },
    numberFormats,
  };
  const merges = mergedAreas(worksheet);
  if (merges.length > 0) sheet.merges = merges;
  return sheet;
}

/**
 * The worksheet's merged areas. ExcelJS lists them only in `worksheet.model`, which builds every row's model
 * too, so they are taken from the index it keeps of them (its ranges, by master cell), when it has any.
 */
function mergedAreas(worksheet: Worksheet): MergedArea[] {
  if (!worksheet.hasMerges) return [];
  const index = (worksheet as unknown as { _merges?: Record<string, MergedArea | undefined> })._merges ?? {};
  const areas: MergedArea[] = [];
  for (const range of Object.values(index)) {
    if (range === undefined) continue;
    const { top, left, bottom, right } = range;
    if ([top, left, bottom, right].every(Number.isInteger)) areas.push({ top, left, bottom, right });
  }
  return areas;
}

/** A cell's ExcelJS value; for formulas the cached result read directly, as `cell.value` drops results of 0, false and "". */
function rawValue(cell: Cell): unknown {
  return cell.type === ExcelJS.ValueType.Formula
    ? { formula: cell.formula, result: cell.result as unknown }
    : cell.value;
}
