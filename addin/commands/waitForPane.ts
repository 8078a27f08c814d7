import { PANE_READY_EVENT, type PaneBridge } from "../taskpane/paneBridge";

/** How long a ribbon command waits for the task pane to be ready (it loads Office and finds its host first). */
export const PANE_WAIT_MS = 15_000;

/** The task pane's bridge once it is ready, or null if it is not ready within `timeoutMs`. */
export function waitForPane(win: Window, timeoutMs = PANE_WAIT_MS): Promise<PaneBridge | null> {
  const ready = win.propdeskPane;
  if (ready) return Promise.resolve(ready);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      win.removeEventListener(PANE_READY_EVENT, done);
      resolve(win.propdeskPane ?? null);
    };
    const timer = setTimeout(done, timeoutMs);
    win.addEventListener(PANE_READY_EVENT, done);
  });
}
