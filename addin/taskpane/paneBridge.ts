/** What the task pane offers the ribbon commands (they share one JavaScript context in the shared runtime). */
export interface PaneBridge {
  /** Runs a job with its defaults in the pane, showing progress and the result there; resolves when it is done. */
  runWithDefaults(jobId: string): Promise<void>;
}

/** The event the pane dispatches on its window once `window.propdeskPane` is set. */
export const PANE_READY_EVENT = "propdesk-pane-ready";

declare global {
  interface Window {
    /** Set by the task pane once it is ready. */
    propdeskPane?: PaneBridge;
  }
}
