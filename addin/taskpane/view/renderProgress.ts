import type { ProgressView } from "../progressView";
import { h } from "./dom";

/** The progress of a run: a bar over the three steps, the step's words and `Step 2 of 3`. */
export function renderProgress(progress: ProgressView): HTMLElement {
  return h(
    "section",
    { class: "pd-section pd-progress", "aria-live": "polite", "data-testid": "progress" },
    h("fluent-progress-bar", {
      value: String(progress.value),
      max: String(progress.max),
      "aria-label": progress.label,
    }),
    h(
      "p",
      { class: "pd-progress-text" },
      h("span", { class: "pd-progress-label" }, progress.label),
      h("span", { class: "pd-muted" }, progress.count),
    ),
  );
}
