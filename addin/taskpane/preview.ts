import type { AddinHost } from "../excel/addinHost";

/** What a preview page without Office sets on `window.propdeskPreview`: any {@link AddinHost}, the display language Office would report, and today (`YYYY-MM-DD`). */
export interface PropDeskPreview {
  host: AddinHost;
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
