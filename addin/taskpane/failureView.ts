import type { JobDeclaration, Lang } from "../../core/light";
import { paneText } from "../i18n/paneText";
import { errorMessage } from "./errorMessage";
import type { ResultView } from "./resultView";

/**
 * The pane's result for a run that failed with an error (nothing or not everything was written). In the pane's
 * initial load, unlike resultView.ts: a run can fail before its code is loaded (CodeLoadError).
 */
export function failureView(job: JobDeclaration, error: unknown, lang: Lang): ResultView {
  return {
    tone: "error",
    headline: paneText(lang, "runFailed", { job: job.title[lang] }),
    details: [errorMessage(error, lang)],
    written: [],
    figures: [],
    charts: [],
    groups: [],
    readings: [],
  };
}
