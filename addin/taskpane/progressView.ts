import type { Lang } from "../../core/light";
import type { RunStep } from "../runJob";
import { paneText } from "../i18n/paneText";
import type { PaneTextKey } from "../i18n/paneTextKeys";

const STEPS: Record<RunStep, { index: number; text: PaneTextKey }> = {
  reading: { index: 1, text: "stepReading" },
  computing: { index: 2, text: "stepComputing" },
  writing: { index: 3, text: "stepWriting" },
  done: { index: 3, text: "stepDone" },
};

/** The progress bar of a run: how far along (of `max`; halfway through the current step), the step's words and `Step 2 of 3`. */
export interface ProgressView {
  value: number;
  max: number;
  label: string;
  count: string;
}

/** The progress shown for a run's current step. */
export function progressView(step: RunStep, lang: Lang): ProgressView {
  const { index, text } = STEPS[step];
  const max = 3;
  return {
    value: step === "done" ? max : index - 0.5,
    max,
    label: paneText(lang, text),
    count: paneText(lang, "stepCount", { step: index, total: max }),
  };
}
