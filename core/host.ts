import type { SheetSpec } from "./sheets/sheetSpec";
import type { BookData } from "./table/sheetData";

/** What a host reports for each sheet it wrote: the spec's key, the name it got, and whether it replaced PropDesk's own earlier sheet. */
export interface WrittenSheet {
  key: string;
  name: string;
  replaced: boolean;
}

/** What to read. */
export interface ReadBookOptions {
  /**
   * Read the cells of PropDesk's own output sheets too (default true). Jobs never take them as input, so a
   * host may skip them (they come back with `ownerKey` and no values) and a re-run costs no more than a run.
   */
  ownSheetContents?: boolean;
}

/**
 * The contract between the core and a host (the Office.js add-in, the CLI over .xlsx): read the whole
 * workbook as `Range.values` gives it, in one round trip, and write output sheets, batched and chunked,
 * replacing only PropDesk's own sheets (marked by a hidden name `_PropDesk.<key>`), never a user's.
 */
export interface WorkbookHost {
  sheetNames(): Promise<string[]>;
  read(options?: ReadBookOptions): Promise<BookData>;
  write(specs: SheetSpec[]): Promise<WrittenSheet[]>;
}
