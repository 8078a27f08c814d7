import { savedFormula, type OutCell, type SheetSpec } from "../../core/index";
import { demoSheets, type DemoSheet } from "../../core/demo/index";
import { writeNewWorkbook } from "../xlsx/package/writeNewWorkbook";

/**
 * Writes the demo's sample workbook (every job's sample inputs, as an office keeps them) to `path`, as plain
 * sheets, not marked as PropDesk's. Returns how many sheets it holds.
 */
export async function writeSampleWorkbook(path: string, today: string): Promise<number> {
  const sheets = demoSheets(today).map(sampleSheet);
  if (sheets.length === 0)
    sheets.push(sampleSheet({ name: "说明", rows: [["PropDesk demo: no job registered yet."]] }));
  await writeNewWorkbook({ out: path, sheets, options: { owned: false } });
  return sheets.length;
}

/**
 * A sample sheet as a SheetSpec: its values, its formulas with those values as their results (PropDesk's worksheet
 * functions as Excel saves them, `_xldudf_PROPDESK_…`), column widths and column number formats below the header.
 */
function sampleSheet(sheet: DemoSheet): SheetSpec {
  const height = sheet.rows.length;
  const cells: OutCell[][] = sheet.rows.map((row) => [...row]);
  for (const { row, column, formula } of sheet.formulas ?? []) {
    const value = sheet.rows[row - 1]?.[column - 1];
    const cellsOfRow = (cells[row - 1] ??= []);
    while (cellsOfRow.length < column - 1) cellsOfRow.push(null);
    cellsOfRow[column - 1] = {
      formula: savedFormula(formula),
      value: typeof value === "number" || typeof value === "string" ? value : "",
    };
  }
  return {
    name: sheet.name,
    key: `demo/${sheet.name}`,
    cells,
    columns: (sheet.widths ?? []).map((width) => ({ width })),
    styles: [],
    numberFormats: (sheet.formats ?? [])
      .filter((f) => f.fromRow <= height)
      .map((f) => ({ format: f.format, top: f.fromRow, left: f.column, bottom: height, right: f.column })),
    merges: [],
  };
}
