import type { CellValue as XlCellValue, Style, Worksheet } from "exceljs";
import {
  a1,
  DATE_FORMAT,
  isDateCell,
  isFormulaCell,
  isLinkCell,
  isoToExcelSerial,
  quoteSheetName,
  type OutCell,
  type SheetSpec,
} from "../../core/index";
import { CELL_STYLES, type CellStyleParts } from "./cellStyles";
import { retargetSheetRefs } from "../../core/index";

/** What rendering needs of the whole write. */
export interface RenderContext {
  /** Lower-cased wanted names of sheets written under another name, mapped to their actual names. */
  renamed: ReadonlyMap<string, string>;
  /** The workbook's date system, for date cells. */
  date1904: boolean;
}

type CellLook = CellStyleParts & { numFmt?: string };

/**
 * Renders a SheetSpec into an empty ExcelJS worksheet: values, dates as serials (`yyyy-mm-dd` unless a block
 * formats them), formulas with the core's result, internal links, merges, styles and number formats per
 * cell, column widths, freeze panes and print setup.
 */
export function renderSheet(worksheet: Worksheet, spec: SheetSpec, context: RenderContext): void {
  spec.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell !== null) worksheet.getCell(r + 1, c + 1).value = toExcelValue(cell, context);
    });
  });
  for (const m of spec.merges) worksheet.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);

  const looks = new Map<string, { row: number; column: number; look: CellLook }>();
  const lookAt = (row: number, column: number): CellLook => {
    const id = `${row},${column}`;
    let entry = looks.get(id);
    if (entry === undefined) {
      entry = { row, column, look: {} };
      looks.set(id, entry);
    }
    return entry.look;
  };
  for (const block of spec.styles) {
    const parts = CELL_STYLES[block.style];
    for (let row = block.top; row <= block.bottom; row++) {
      for (let column = block.left; column <= block.right; column++) {
        Object.assign(lookAt(row, column), parts);
      }
    }
  }
  for (const block of spec.numberFormats) {
    for (let row = block.top; row <= block.bottom; row++) {
      for (let column = block.left; column <= block.right; column++) {
        lookAt(row, column).numFmt = block.format;
      }
    }
  }
  spec.cells.forEach((row, r) => {
    row.forEach((cell, c) => {
      if (cell === null) return;
      if (isLinkCell(cell)) {
        const look = lookAt(r + 1, c + 1);
        look.font = { ...look.font, ...CELL_STYLES.link.font };
      } else if (isDateCell(cell)) {
        const look = lookAt(r + 1, c + 1);
        look.numFmt ??= DATE_FORMAT;
      }
    });
  });
  for (const { row, column, look } of looks.values()) worksheet.getCell(row, column).style = copyLook(look);

  spec.columns.forEach((column, i) => {
    worksheet.getColumn(i + 1).width = column.width;
  });
  if (spec.freeze !== undefined && (spec.freeze.rows > 0 || spec.freeze.columns > 0)) {
    const { rows, columns } = spec.freeze;
    worksheet.views = [
      { state: "frozen", xSplit: columns, ySplit: rows, topLeftCell: a1(columns + 1, rows + 1) },
    ];
  }
  if (spec.print !== undefined) {
    const { print } = spec;
    Object.assign(worksheet.pageSetup, {
      paperSize: 9,
      orientation: print.orientation,
      fitToPage: print.fitToWidth,
      fitToWidth: 1,
      fitToHeight: print.onePage === true ? 1 : 0,
    });
    if (print.repeatRows !== undefined)
      worksheet.pageSetup.printTitlesRow = `${print.repeatRows.first}:${print.repeatRows.last}`;
  }
}

/**
 * What ExcelJS stores for one output cell. A link becomes `#'Sheet'!$D$12`: with the `$` ExcelJS 4.4 writes
 * one same-document link target that Excel follows; a relative `D12` makes it also write a `location` that
 * Excel appends to that target (exceljs issue #3027).
 */
function toExcelValue(cell: Exclude<OutCell, null>, context: RenderContext): XlCellValue {
  if (isFormulaCell(cell))
    return { formula: retargetSheetRefs(cell.formula, context.renamed), result: cell.value };
  if (isDateCell(cell)) return isoToExcelSerial(cell.date, context.date1904);
  if (isLinkCell(cell)) {
    const sheet = context.renamed.get(cell.sheet.toLowerCase()) ?? cell.sheet;
    return { text: cell.text, hyperlink: `#${quoteSheetName(sheet)}!${absolute(cell.cell)}` };
  }
  return cell;
}

/** `D12` as `$D$12` (ranges too). */
function absolute(reference: string): string {
  return reference.replace(
    /\$?([A-Za-z]{1,3})\$?(\d+)/g,
    (_, column: string, row: string) => `$${column.toUpperCase()}$${row}`,
  );
}

/** A fresh style object per cell: ExcelJS shares style objects, so one cell's later change must not reach another. */
function copyLook(look: CellLook): Partial<Style> {
  const style: Partial<Style> = {};
  if (look.font !== undefined) style.font = structuredClone(look.font);
  if (look.fill !== undefined) style.fill = structuredClone(look.fill);
  if (look.border !== undefined) style.border = structuredClone(look.border);
  if (look.alignment !== undefined) style.alignment = structuredClone(look.alignment);
  if (look.numFmt !== undefined) style.numFmt = look.numFmt;
  return style;
}
