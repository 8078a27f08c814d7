import {
  columnLetter,
  columnNumber,
  type BookData,
  type CellValue,
  type MergedArea,
  type SheetData,
} from "../../core/light";
import type { ExcelCellValue, ExcelContext, ExcelRangeAreas, ExcelWorksheet } from "./excelSubset";
import { jsonPayloadBytes } from "./payloadSize";
import { ownerKeys, queueDateSystem, queueStateLoad, type WorkbookState } from "./workbookState";

/** How to read. */
export interface ReadSettings {
  /** Bytes of cell data one sync's response should stay under. */
  budget: number;
  /** The date system when known; otherwise learnt from Excel when `probeDate`, else the 1900 system. */
  date1904?: boolean;
  probeDate: boolean;
  /** Read the cells of PropDesk's own sheets too (else they come back empty, with their owner key). */
  ownSheetContents: boolean;
  /** Read each used range's merged areas too, in the same sync (ExcelApi 1.13, `getMergedAreasOrNullObject`). */
  merges?: boolean;
}

/** A sheet's used range before it becomes SheetData. */
interface UsedGrid {
  name: string;
  values: ExcelCellValue[][];
  numberFormats: string[][];
  origin: { row: number; column: number };
  merges: MergedArea[];
}

/** One block of rows of one sheet to fetch. */
interface Slice {
  sheet: number;
  top: number;
  left: number;
  rows: number;
  columns: number;
}

/** A first guess of a cell's size in a response (value and number format), before one is measured. */
const FIRST_BYTES_PER_CELL = 40;

/** The used range's position and size. */
const SIZE = "rowIndex,columnIndex,rowCount,columnCount";

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/**
 * Reads the whole workbook as the core wants it: one sync for the sheets, defined names (ownership) and the
 * date system, one more for every used range's values, number formats and (when asked) merged areas. When that response is over Excel
 * on the web's limit (Excel refuses it whole), one sync fetches the used ranges' sizes and the cells follow
 * in row slices, each sized from the bytes per cell measured so far (halved and retried if a response is
 * still too large).
 */
export async function readWorkbook(
  context: ExcelContext,
  settings: ReadSettings,
): Promise<{ book: BookData; state: WorkbookState }> {
  const load = queueStateLoad(context);
  const date1904 = queueDateSystem(context, settings.date1904, settings.probeDate);
  await context.sync();
  const state = load.state(date1904());
  const worksheets = load.worksheets();
  const owners = ownerKeys(state);
  const owned = (ws: ExcelWorksheet) => owners.has(ws.name.toLowerCase());
  const read = settings.ownSheetContents ? worksheets : worksheets.filter((ws) => !owned(ws));
  const grids = await readUsedRanges(context, read, settings.budget, settings.merges === true);
  const byName = new Map(grids.map((grid) => [grid.name, grid]));
  const empty = (name: string): UsedGrid => ({
    name,
    values: [],
    numberFormats: [],
    origin: { row: 1, column: 1 },
    merges: [],
  });
  const sheets = worksheets.map((ws): SheetData => {
    const grid = byName.get(ws.name) ?? empty(ws.name);
    const data: SheetData = {
      name: grid.name,
      values: grid.values.map((row) => row.map(toCellValue)),
      origin: grid.origin,
      numberFormats: grid.numberFormats,
    };
    if (grid.merges.length > 0) data.merges = grid.merges;
    const key = owners.get(grid.name.toLowerCase());
    return key === undefined ? data : { ...data, ownerKey: key };
  });
  return { book: { sheets, date1904: state.date1904 }, state };
}

/** `Range.values` gives `""` for an empty cell; the core wants null. */
function toCellValue(value: ExcelCellValue): CellValue {
  return value === "" ? null : value;
}

async function readUsedRanges(
  context: ExcelContext,
  worksheets: readonly ExcelWorksheet[],
  budget: number,
  merges: boolean,
): Promise<UsedGrid[]> {
  const used = worksheets.map((ws) => ws.getUsedRangeOrNullObject(true));
  for (const range of used) range.load(`${SIZE},values,numberFormat`);
  const merged = merges ? queueMergedAreas(used) : null;
  try {
    await context.sync();
    return used.map((range, i) => ({
      name: worksheets[i]?.name ?? "",
      values: range.isNullObject ? [] : range.values,
      numberFormats: range.isNullObject ? [] : range.numberFormat,
      origin: range.isNullObject
        ? { row: 1, column: 1 }
        : { row: range.rowIndex + 1, column: range.columnIndex + 1 },
      merges: mergedAreasOf(merged?.[i]),
    }));
  } catch (error) {
    if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
  }
  const sized = worksheets.map((ws) => ws.getUsedRangeOrNullObject(true));
  for (const range of sized) range.load(SIZE);
  const sizedMerges = merges ? queueMergedAreas(sized) : null;
  await context.sync();
  const grids: UsedGrid[] = [];
  const slices: Slice[] = [];
  sized.forEach((range, sheet) => {
    const name = worksheets[sheet]?.name ?? "";
    const origin = range.isNullObject
      ? { row: 1, column: 1 }
      : { row: range.rowIndex + 1, column: range.columnIndex + 1 };
    grids.push({ name, values: [], numberFormats: [], origin, merges: mergedAreasOf(sizedMerges?.[sheet]) });
    if (!range.isNullObject)
      slices.push({
        sheet,
        top: origin.row,
        left: origin.column,
        rows: range.rowCount,
        columns: range.columnCount,
      });
  });
  await readSlices(context, worksheets, slices, Math.floor(budget / FIRST_BYTES_PER_CELL), budget, grids);
  return grids;
}

/** Queues the load of each used range's merged areas (a null object for an empty sheet or one without merges). */
function queueMergedAreas(
  ranges: readonly { getMergedAreasOrNullObject(): ExcelRangeAreas }[],
): ExcelRangeAreas[] {
  return ranges.map((range) => range.getMergedAreasOrNullObject().load("address"));
}

/** One `A1:B2` (or `$A$1:$B$2`, or a single cell) after a sheet name's `!`. */
const AREA = /!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/g;

/**
 * The merged areas a loaded `RangeAreas` names (`Sheet1!A1:B2,'A, B'!C3:D3`: each area follows a `!`, so a
 * comma in a quoted sheet name does no harm); none for a null object.
 */
export function mergedAreasOf(areas: ExcelRangeAreas | undefined): MergedArea[] {
  if (areas === undefined || areas.isNullObject) return [];
  const out: MergedArea[] = [];
  for (const m of areas.address.matchAll(AREA)) {
    const [, left = "", top = "", right = left, bottom = top] = m;
    out.push({
      top: Number(top),
      left: columnNumber(left),
      bottom: Number(bottom),
      right: columnNumber(right),
    });
  }
  return out;
}

/** Takes slices from the front of `queue` up to about `cells` cells, splitting the last one by rows. */
function takeSlices(queue: readonly Slice[], cells: number): { taken: Slice[]; rest: Slice[] } {
  const taken: Slice[] = [];
  let left = cells;
  let i = 0;
  for (; i < queue.length; i++) {
    const slice = queue[i];
    if (slice === undefined) break;
    const fit = Math.max(taken.length === 0 ? 1 : 0, Math.floor(left / slice.columns));
    if (fit === 0) break;
    if (fit < slice.rows) {
      taken.push({ ...slice, rows: fit });
      return {
        taken,
        rest: [{ ...slice, top: slice.top + fit, rows: slice.rows - fit }, ...queue.slice(i + 1)],
      };
    }
    taken.push(slice);
    left -= slice.rows * slice.columns;
  }
  return { taken, rest: queue.slice(i) };
}

/** Reads slices one sync after another (each sync needs the previous one's measured size), appending rows to `grids`. */
async function readSlices(
  context: ExcelContext,
  worksheets: readonly ExcelWorksheet[],
  queue: readonly Slice[],
  cells: number,
  budget: number,
  grids: UsedGrid[],
): Promise<void> {
  if (queue.length === 0) return;
  const { taken, rest } = takeSlices(queue, Math.max(1, cells));
  const ranges = taken.map((s) => {
    const address = `${columnLetter(s.left)}${s.top}:${columnLetter(s.left + s.columns - 1)}${s.top + s.rows - 1}`;
    const range = worksheets[s.sheet]?.getRange(address);
    range?.load("values,numberFormat");
    return range;
  });
  try {
    await context.sync();
  } catch (error) {
    const single = taken.length === 1 && taken[0]?.rows === 1;
    if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded" || single) throw error;
    return readSlices(context, worksheets, queue, Math.floor(cells / 2), budget, grids);
  }
  let bytes = 0;
  let count = 0;
  taken.forEach((slice, i) => {
    const range = ranges[i];
    const grid = grids[slice.sheet];
    if (range === undefined || grid === undefined) return;
    const { values, numberFormat } = range;
    for (const row of values) grid.values.push(row);
    for (const row of numberFormat) grid.numberFormats.push(row);
    bytes += jsonPayloadBytes(values) + jsonPayloadBytes(numberFormat);
    count += slice.rows * slice.columns;
  });
  const perCell = count > 0 ? bytes / count : FIRST_BYTES_PER_CELL;
  return readSlices(context, worksheets, rest, Math.floor(budget / (perCell * 1.25)), budget, grids);
}
