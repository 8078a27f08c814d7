import ExcelJS from "exceljs";
import { readXlsxFile } from "../../cli/xlsx/readBook";
import { parseAddress } from "../../addin/excel-sim/cellRect";
import { lookAt, type BorderLine, type CellLook } from "../../addin/excel-sim/cellLook";
import { ExcelSimulator, type SimulatorOptions } from "../../addin/excel-sim/excelSimulator";
import type { SimSheet } from "../../addin/excel-sim/simSheet";

const VISIBILITY = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" } as const;
const STATE = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;

/** Points per character of column width (7 px digits at 0.75 pt per px). */
const POINTS_PER_CHARACTER = 5.25;

/**
 * A simulator holding an `.xlsx` file (Node only): cells as the CLI reads them (`readXlsxFile`, so values,
 * dates and number formats are exactly what the command line sees), plus formulas, merges, column widths,
 * sheet visibility and protection, and defined names.
 */
export async function loadSimFromXlsx(
  path: string,
  options: Omit<SimulatorOptions, "date1904"> = {},
): Promise<ExcelSimulator> {
  const { book, workbook } = await readXlsxFile(path);
  const sim = new ExcelSimulator({ ...options, date1904: book.date1904 });
  workbook.worksheets.forEach((ws, i) => {
    const data = book.sheets[i];
    const sheet = sim.addSheet(ws.name, {
      values: data?.values ?? [],
      origin: data?.origin ?? { row: 1, column: 1 },
      numberFormats: data?.numberFormats ?? [],
      visibility: VISIBILITY[ws.state as keyof typeof VISIBILITY] ?? "Visible",
      protected:
        (ws as unknown as { sheetProtection?: { sheet?: boolean } | null }).sheetProtection?.sheet === true,
    });
    ws.eachRow({ includeEmpty: false }, (row, r) => {
      row.eachCell({ includeEmpty: false }, (cell, c) => {
        if (cell.type === ExcelJS.ValueType.Formula && cell.formula)
          sheet.setFormula(r, c, `=${cell.formula}`, sheet.constant(r, c));
      });
    });
    for (const merge of ws.model.merges ?? []) sheet.merges.push(parseAddress(merge));
    ws.columns?.forEach((column, c) => {
      if (column.width !== undefined) sheet.columnWidths.set(c + 1, column.width * POINTS_PER_CHARACTER);
    });
  });
  for (const { name, ranges } of workbook.definedNames.model) {
    const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ranges[0] ?? "");
    const sheet =
      m === null
        ? undefined
        : sim.workbook.find(m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? ""));
    if (m !== null && sheet !== undefined)
      sim.workbook.addName(name, { sheet, rect: parseAddress(m[3] ?? "A1") });
  }
  return sim;
}

/**
 * Saves what the simulator holds as an `.xlsx` a person can open (Node only): values, formulas with their
 * simulated results, number formats, looks, merges, column widths, frozen panes, print setup, visibility
 * and defined names.
 */
export async function saveSimToXlsx(sim: ExcelSimulator, path: string): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  workbook.properties.date1904 = sim.workbook.date1904;
  for (const sheet of sim.workbook.sheets) {
    const ws = workbook.addWorksheet(sheet.name, { state: STATE[sheet.visibility] });
    writeCells(sim, sheet, ws);
    for (const m of sheet.merges) ws.mergeCellsWithoutStyle(m.top, m.left, m.bottom, m.right);
    for (const [column, points] of sheet.columnWidths)
      ws.getColumn(column).width = points / POINTS_PER_CHARACTER;
    const { rows, columns } = sheet.freeze;
    if (rows > 0 || columns > 0) ws.views = [{ state: "frozen", xSplit: columns, ySplit: rows }];
    const layout = sheet.pageLayout;
    ws.pageSetup.orientation = layout.orientation === "Landscape" ? "landscape" : "portrait";
    if (layout.paperSize === "A4") ws.pageSetup.paperSize = 9;
    if (layout.zoom.horizontalFitToPages !== undefined) {
      ws.pageSetup.fitToPage = true;
      ws.pageSetup.fitToWidth = layout.zoom.horizontalFitToPages;
      ws.pageSetup.fitToHeight = layout.zoom.verticalFitToPages ?? 0;
    }
    if (layout.printTitleRows !== null)
      ws.pageSetup.printTitlesRow = layout.printTitleRows.replace(/\$/g, "");
  }
  workbook.definedNames.model = sim.names().map((n) => ({ name: n.name, ranges: [n.value] }));
  await workbook.xlsx.writeFile(path);
}

function writeCells(sim: ExcelSimulator, sheet: SimSheet, ws: ExcelJS.Worksheet): void {
  const rect = sheet.usedRect(false);
  if (rect === null) return;
  for (let row = rect.top; row <= rect.bottom; row++) {
    for (let column = rect.left; column <= rect.right; column++) {
      const cell = ws.getCell(row, column);
      const formula = sheet.formula(row, column);
      const value = sim.workbook.valueAt(sheet, row, column);
      if (formula !== undefined)
        cell.value = { formula: formula.slice(1), result: value ?? "" } as ExcelJS.CellFormulaValue;
      else if (value !== undefined) cell.value = value;
      const format = sheet.numberFormat(row, column);
      if (format !== "General") cell.numFmt = format;
      if (sheet.looks.length > 0) applyLook(cell, lookAt(sheet.looks, row, column));
    }
  }
}

function applyLook(cell: ExcelJS.Cell, look: CellLook): void {
  const argb = (color: string | undefined) =>
    color === undefined ? undefined : { argb: `FF${color.slice(1)}` };
  const { font } = look;
  if (Object.keys(font).length > 0) {
    const out: Partial<ExcelJS.Font> = {};
    if (font.name !== undefined) out.name = font.name;
    if (font.size !== undefined) out.size = font.size;
    if (font.bold !== undefined) out.bold = font.bold;
    if (font.italic !== undefined) out.italic = font.italic;
    if (font.underline !== undefined) out.underline = font.underline !== "None";
    const color = argb(font.color);
    if (color !== undefined) out.color = color;
    cell.font = out;
  }
  if (look.fill !== undefined)
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: `FF${look.fill.slice(1)}` } };
  const side = (line: BorderLine | undefined): Partial<ExcelJS.Border> | undefined =>
    line === undefined ? undefined : { style: line.style === "Double" ? "double" : "thin" };
  const border: Partial<ExcelJS.Borders> = {};
  for (const key of ["top", "bottom", "left", "right"] as const) {
    const b = side(look.borders[key]);
    if (b !== undefined) border[key] = b as ExcelJS.Border;
  }
  if (Object.keys(border).length > 0) cell.border = border;
  const alignment: Partial<ExcelJS.Alignment> = {};
  const horizontal = look.horizontalAlignment?.toLowerCase();
  if (horizontal === "left" || horizontal === "center" || horizontal === "right")
    alignment.horizontal = horizontal;
  const vertical = look.verticalAlignment === "Center" ? "middle" : look.verticalAlignment?.toLowerCase();
  if (vertical === "top" || vertical === "middle" || vertical === "bottom") alignment.vertical = vertical;
  if (look.wrapText !== undefined) alignment.wrapText = look.wrapText;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
}
