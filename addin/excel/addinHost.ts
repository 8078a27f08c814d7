import type { WorkbookHost } from "../../core/light";

/** The workbook host the task pane and ribbon commands use: the core's contract plus navigation. */
export interface AddinHost extends WorkbookHost {
  /** Shows a sheet (makes it the active one). */
  activate(sheet: string): Promise<void>;
  /** Selects one cell, e.g. `D12`, on a sheet (activating the sheet). */
  select(sheet: string, cell: string): Promise<void>;
}
