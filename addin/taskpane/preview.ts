import type { ExcelRunner } from "../excel/excelSubset";
import type { OfficeHostOptions } from "../excel/officeHost";

/**
 * What a preview page without Office sets on `window.propdeskPreview`: a stand-in for `Excel.run` (the
 * simulator's `run`) and for `Office.context.requirements`, the display language Office would report, and
 * today (`YYYY-MM-DD`). The pane builds its own workbook host over them, as it does over `Excel.run`, so the
 * host code and its errors are the pane's own even when the runner comes from another frame.
 */
export interface PropDeskPreview {
  excel: ExcelRunner;
  requirements: Pick<OfficeHostOptions, "isSetSupported">;
  displayLanguage: string;
  today: string;
}

/** The event a preview page dispatches on the pane's window when it sets `propdeskPreview` after the pane loaded. */
export const PREVIEW_READY_EVENT = "propdesk-preview";

declare global {
  interface Window {
    /** Set by a preview page to run the pane without Office. */
    propdeskPreview?: PropDeskPreview;
  }
}
