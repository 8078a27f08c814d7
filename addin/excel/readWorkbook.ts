import {
  columnLetter,
  type BookData,
  type CellValue,
  type MergedArea,
  type SheetData,
} from "../../core/light";
import type {
  ExcelCellValue,
  ExcelContext,
  ExcelRange,
  ExcelRangeAreas,
  ExcelWorksheet,
} from "./excelSubset";
import { jsonPayloadBytes } from "./payloadSize";
import { areasOf } from "./rangeAreas";
import { blocksOf } from "./readBlocks";
import { FIRST_BLOCK, MAX_READ_CELLS, ReadCellCount, sheetTooLarge, WHOLE_READ_CELLS } from "./readLimits";
import { SparseGrid } from "./sparseGrid";
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
  /** Excel can find the cells that hold something (ExcelApi 1.9, `getSpecialCells`): a large used range is read there only. */
  specialCells?: boolean;
  /** The most cells the read takes; {@link MAX_READ_CELLS} by default. */
  maxCells?: number;
}

/** A sheet's cells before they become SheetData. */
interface UsedGrid {
  name: string;
  values: CellValue[][];
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

/** What is done with a block once it is read. */
type Deliver = (slice: Slice, values: ExcelCellValue[][], formats: string[][]) => void;

/** A first guess of a cell's size in a response (value and number format), before one is measured. */
const FIRST_BYTES_PER_CELL = 40;
/** The most blocks one sync fetches: each is an operation of its own, with its own JSON in the request. */
const MAX_SLICES_PER_SYNC = 1_000;

/** The used range's position and size. */
const SIZE = "rowIndex,columnIndex,rowCount,columnCount";

function errorCode(error: unknown): string {
  return typeof error === "object" && error !== null && "code" in error ? String(error.code) : "";
}

/**
 * Reads the whole workbook as the core wants it: one sync for the sheets, defined names (ownership) and the
 * date system, one more for every used range's size and merged areas (when asked) with the values and number
 * formats of its part within {@link FIRST_BLOCK}. A sheet whose used range lies within that block is then read;
 * the others follow, bounded by the cells they hold: a used range of up to {@link WHOLE_READ_CELLS} cells in row
 * slices, each sized from the bytes per cell measured so far (halved and retried if a response is still too large);
 * a larger one only where Excel finds constants and formulas (a stray value at XFD1048576 costs one cell). A read
 * past {@link MAX_READ_CELLS} cells, or a large used range where Excel cannot find the cells, is refused with
 * `sheet-too-large` naming the sheet.
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
  const grids = await readUsedRanges(context, read, settings);
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
      values: grid.values,
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

/** A used range's size, and the cells of its part within the first block when they were loaded. */
interface FirstLook {
  used: ExcelRange;
  block: ExcelRange | null;
  merges: ExcelRangeAreas | null;
}

/** Queues each sheet's first look: its used range's size and merges, and the first block's used cells when asked. */
function queueFirstLook(worksheets: readonly ExcelWorksheet[], cells: boolean, merges: boolean): FirstLook[] {
  return worksheets.map((ws) => {
    const used = ws.getUsedRangeOrNullObject(true).load(SIZE);
    const block = cells
      ? ws.getRange(FIRST_BLOCK).getUsedRangeOrNullObject(true).load(`${SIZE},values,numberFormat`)
      : null;
    return { used, block, merges: merges ? used.getMergedAreasOrNullObject().load("address") : null };
  });
}

/** True when two loaded ranges are the same cells. */
function sameRange(a: ExcelRange, b: ExcelRange): boolean {
  return (
    a.rowIndex === b.rowIndex &&
    a.columnIndex === b.columnIndex &&
    a.rowCount === b.rowCount &&
    a.columnCount === b.columnCount
  );
}

async function readUsedRanges(
  context: ExcelContext,
  worksheets: readonly ExcelWorksheet[],
  settings: ReadSettings,
): Promise<UsedGrid[]> {
  const merges = settings.merges === true;
  let looks = queueFirstLook(worksheets, true, merges);
  try {
    await context.sync();
  } catch (error) {
    if (errorCode(error) !== "ResponsePayloadSizeLimitExceeded") throw error;
    looks = queueFirstLook(worksheets, false, merges);
    await context.sync();
  }
  const count = new ReadCellCount(settings.maxCells ?? MAX_READ_CELLS);
  const grids: UsedGrid[] = [];
  const whole: Slice[] = [];
  const large: number[] = [];
  looks.forEach(({ used, block, merges: areas }, sheet) => {
    const name = worksheets[sheet]?.name ?? "";
    const grid: UsedGrid = {
      name,
      values: [],
      numberFormats: [],
      origin: { row: 1, column: 1 },
      merges: areasOf(areas ?? undefined),
    };
    grids.push(grid);
    if (used.isNullObject) return;
    grid.origin = { row: used.rowIndex + 1, column: used.columnIndex + 1 };
    const cells = used.rowCount * used.columnCount;
    if (block !== null && !block.isNullObject && sameRange(block, used)) {
      count.take(name, cells);
      grid.values = block.values.map((row) => row.map(toCellValue));
      grid.numberFormats = block.numberFormat;
      return;
    }
    if (cells > WHOLE_READ_CELLS) {
      large.push(sheet);
      return;
    }
    count.take(name, cells);
    whole.push({
      sheet,
      top: grid.origin.row,
      left: grid.origin.column,
      rows: used.rowCount,
      columns: used.columnCount,
    });
  });
  const budget = settings.budget;
  await readSlices(
    context,
    worksheets,
    whole,
    Math.floor(budget / FIRST_BYTES_PER_CELL),
    budget,
    (slice, values, formats) => {
      const grid = grids[slice.sheet];
      if (grid === undefined) return;
      for (const row of values) grid.values.push(row.map(toCellValue));
      for (const row of formats) grid.numberFormats.push(row);
    },
  );
  for (const sheet of large) {
    const grid = grids[sheet];
    const used = looks[sheet]?.used;
    if (grid === undefined || used === undefined) continue;
    if (settings.specialCells !== true)
      throw sheetTooLarge(grid.name, used.rowCount * used.columnCount, settings.maxCells);
    Object.assign(grid, await readWhereCellsAre(context, worksheets, sheet, used, count, budget));
  }
  return grids;
}

/**
 * Reads a large used range only where Excel finds constants and formulas: one sync for their areas, then the
 * areas joined into blocks ({@link blocksOf}: at most twice the cells they hold), in slices; the cells held are
 * counted against the read's limit before any is fetched.
 */
async function readWhereCellsAre(
  context: ExcelContext,
  worksheets: readonly ExcelWorksheet[],
  sheet: number,
  used: ExcelRange,
  count: ReadCellCount,
  budget: number,
): Promise<Pick<UsedGrid, "values" | "numberFormats" | "origin">> {
  const worksheet = worksheets[sheet];
  const name = worksheet?.name ?? "";
  if (worksheet === undefined) return { values: [], numberFormats: [], origin: { row: 1, column: 1 } };
  const top = used.rowIndex + 1;
  const left = used.columnIndex + 1;
  const address = `${columnLetter(left)}${top}:${columnLetter(left + used.columnCount - 1)}${top + used.rowCount - 1}`;
  const range = worksheet.getRange(address);
  const constants = range.getSpecialCellsOrNullObject("Constants").load("address");
  const formulas = range.getSpecialCellsOrNullObject("Formulas").load("address");
  try {
    await context.sync();
  } catch (error) {
    // an address listing more areas than a response holds: far more cells than a read takes
    if (errorCode(error) === "ResponsePayloadSizeLimitExceeded")
      throw sheetTooLarge(name, used.rowCount * used.columnCount);
    throw error;
  }
  const areas = [...areasOf(constants), ...areasOf(formulas)];
  count.take(
    name,
    areas.reduce((sum, a) => sum + (a.bottom - a.top + 1) * (a.right - a.left + 1), 0),
  );
  const slices = blocksOf(areas).map((a) => ({
    sheet,
    top: a.top,
    left: a.left,
    rows: a.bottom - a.top + 1,
    columns: a.right - a.left + 1,
  }));
  const sparse = new SparseGrid();
  await readSlices(
    context,
    worksheets,
    slices,
    Math.floor(budget / FIRST_BYTES_PER_CELL),
    budget,
    (slice, values, formats) => sparse.put(slice.top, slice.left, values, formats),
  );
  return sparse.grid();
}

/** Takes slices from the front of `queue` up to about `cells` cells, splitting the last one by rows. */
function takeSlices(queue: readonly Slice[], cells: number): { taken: Slice[]; rest: Slice[] } {
  const taken: Slice[] = [];
  let left = cells;
  let i = 0;
  for (; i < queue.length && taken.length < MAX_SLICES_PER_SYNC; i++) {
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

/** Reads slices one sync after another (each sync needs the previous one's measured size), handing each block on. */
async function readSlices(
  context: ExcelContext,
  worksheets: readonly ExcelWorksheet[],
  queue: readonly Slice[],
  cells: number,
  budget: number,
  deliver: Deliver,
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
    return readSlices(context, worksheets, queue, Math.floor(cells / 2), budget, deliver);
  }
  let bytes = 0;
  let count = 0;
  taken.forEach((slice, i) => {
    const range = ranges[i];
    if (range === undefined) return;
    const { values, numberFormat } = range;
    deliver(slice, values, numberFormat);
    bytes += jsonPayloadBytes(values) + jsonPayloadBytes(numberFormat);
    count += slice.rows * slice.columns;
  });
  const perCell = count > 0 ? bytes / count : FIRST_BYTES_PER_CELL;
  return readSlices(context, worksheets, rest, Math.floor(budget / (perCell * 1.25)), budget, deliver);
}
