import { AddinError } from "./addinError";

/**
 * The most cells one read of a workbook takes, summed over the sheets read: each small sheet's used range, each
 * large one's cells that hold something. The command line refuses a run past the same number.
 */
export const MAX_READ_CELLS = 5_000_000;

/**
 * A used range of more cells than this is read only where its cells are (`Range.getSpecialCells`, ExcelApi 1.9):
 * a stray value at XFD1048576 must not make a grid of 17 billion cells. A smaller one is read whole.
 */
export const WHOLE_READ_CELLS = 1_000_000;

/**
 * The top-left block every sheet's cells are loaded from in the first read sync, beside its used range's size: a
 * sheet whose used range lies within it (64 columns, 16,384 rows) is read in that one sync, and a stray far cell
 * costs only the cells of the block that hold something.
 */
export const FIRST_BLOCK = "A1:BL16384";

/** Counts the cells a read takes and refuses, naming the sheet, the read that would pass its limit. */
export class ReadCellCount {
  private taken = 0;

  constructor(private readonly limit: number = MAX_READ_CELLS) {}

  /** Adds a sheet's cells; throws `sheet-too-large` naming it when the read would pass the limit. */
  take(sheet: string, cells: number): void {
    this.taken += cells;
    if (this.taken > this.limit) throw sheetTooLarge(sheet, cells, this.limit);
  }
}

/** The refusal of a sheet PropDesk will not read: past the read limit, or too large to find its cells in. */
export function sheetTooLarge(sheet: string, cells: number, limit: number = MAX_READ_CELLS): AddinError {
  return new AddinError(
    "sheet-too-large",
    `The sheet "${sheet}" has ${cells} cells to read; one read takes at most ${limit}`,
    { sheet },
  );
}
