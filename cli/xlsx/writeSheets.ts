import type { Workbook, Worksheet } from "exceljs";
import { uniqueSheetName, type SheetSpec } from "../../core/index";
import { markOwned, ownedSheets, pruneOwnerMarkers } from "./ownership";
import { renderSheet } from "./renderSheet";

/** One sheet a write produced: its ownership key, its actual name, and whether it replaced PropDesk's earlier sheet. */
export interface WrittenSheet {
  key: string;
  name: string;
  replaced: boolean;
}

/** ExcelJS keeps the tab order in this untyped field of a worksheet. */
type Ordered = { orderNo: number };

/**
 * Writes SheetSpecs into an ExcelJS workbook. A sheet PropDesk wrote for the same key is replaced in place
 * (same name, tab position and visibility); a user's sheet is never touched: a new sheet whose name is taken
 * gets ` (2)`, ` (3)` ... Links and formulas that name a spec's sheet follow it to its actual name.
 * Each written sheet is marked with its ownership name.
 */
export function writeSheets(workbook: Workbook, specs: SheetSpec[]): { written: WrittenSheet[] } {
  const keys = new Set<string>();
  for (const spec of specs) {
    if (keys.has(spec.key)) throw new Error(`Two output sheets share the key "${spec.key}"`);
    keys.add(spec.key);
  }
  pruneOwnerMarkers(workbook);
  const owned = ownedSheets(workbook);
  const placed = specs.map((spec) => {
    const previous = owned.filter((o) => o.key === spec.key).map((o) => o.sheet);
    const only = previous.length === 1 ? previous[0] : undefined;
    const worksheet = only === undefined ? addSheet(workbook, spec) : replaceSheet(workbook, only);
    markOwned(workbook, worksheet.name, spec.key);
    return { spec, worksheet, replaced: only !== undefined };
  });

  const renamed = new Map<string, string>();
  for (const { spec, worksheet } of placed) {
    const wanted = spec.name.toLowerCase();
    if (spec.name !== worksheet.name && !renamed.has(wanted)) renamed.set(wanted, worksheet.name);
  }
  const date1904 = workbook.properties.date1904 === true;
  for (const { spec, worksheet } of placed) renderSheet(worksheet, spec, { renamed, date1904 });
  return {
    written: placed.map(({ spec, worksheet, replaced }) => ({
      key: spec.key,
      name: worksheet.name,
      replaced,
    })),
  };
}

function addSheet(workbook: Workbook, spec: SheetSpec): Worksheet {
  const taken = [...workbook.worksheets.map((ws) => ws.name), "History"];
  return workbook.addWorksheet(uniqueSheetName(spec.name, taken).replace(/(?<!')'+$/, ""));
}

/** Removes PropDesk's earlier sheet and adds an empty one of the same name at the same tab position. */
function replaceSheet(workbook: Workbook, previous: Worksheet): Worksheet {
  const { name, state } = previous;
  const orderNo = (previous as unknown as Ordered).orderNo;
  workbook.removeWorksheet(previous.id);
  const worksheet = workbook.addWorksheet(name, { state });
  (worksheet as unknown as Ordered).orderNo = orderNo;
  return worksheet;
}
