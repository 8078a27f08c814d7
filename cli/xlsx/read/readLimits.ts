/**
 * What the reader takes from one workbook at most; past any of these it refuses the workbook (an
 * `XlsxReadError` naming the part or the sheet) rather than hold what the file claims. Each is far beyond a
 * property office's workbook and well within one gigabyte of memory.
 */

/** The most one part may inflate to (a sheet, the shared strings): streamed, never held whole. */
export const MAX_PART_BYTES = 512 * 1024 * 1024;

/**
 * The most a part decoded whole as text may inflate to (the workbook part, the stylesheet, relationships, content
 * types, app properties: the parts the package writer edits), far below the engine's longest string.
 */
export const MAX_TEXT_PART_BYTES = 64 * 1024 * 1024;

/** The most all the parts read from one workbook may inflate to together. */
export const MAX_READ_BYTES = 1024 * 1024 * 1024;

/** The most non-empty cells read from one workbook, across its sheets (Excel's own file limits are of this order). */
export const MAX_CELLS = 5_000_000;

/** The most items a shared string table may hold: no more strings than cells can be read. */
export const MAX_SHARED_STRINGS = MAX_CELLS;

/**
 * The most cells one sheet's grid may hold (16 Mi, e.g. 1,048,576 rows × 16 columns): a sheet whose used range is
 * bigger (cells far apart) is refused rather than allocated.
 */
export const MAX_GRID_CELLS = 16 * 1024 * 1024;

/** The largest workbook file read (1 GiB, zipped): the whole file is held in memory while its parts are read. */
export const MAX_FILE_BYTES = 1024 * 1024 * 1024;
