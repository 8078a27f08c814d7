import type { FormView } from "../formView";
import { h } from "./dom";

/** The period field: a text input with its label and, while the text names no month or date, what to type. */
export interface PeriodField {
  element: HTMLElement;
  /** Shows or clears the message under the input. */
  setError(message: string | null): void;
  /** Shows a period set from elsewhere (a ribbon run's default) and disables the input during a run. */
  show(text: string, disabled: boolean): void;
}

/** Builds the period field of the selected job; `onInput` gets the text as typed. */
export function renderPeriod(form: FormView, text: string, onInput: (text: string) => void): PeriodField {
  const input = h("fluent-text-input", {
    slot: "input",
    class: "pd-period-input",
    value: text,
    placeholder: form.periodPlaceholder,
    autocomplete: "off",
    spellcheck: false,
    "data-testid": "period",
  });
  input.addEventListener("input", () => onInput(input.value));
  const message = h("span", { slot: "message", class: "pd-field-error", role: "alert" });
  const element = h(
    "fluent-field",
    { "label-position": "above", class: "pd-period" },
    h("label", { slot: "label" }, form.periodLabel),
    input,
    message,
  );
  const setError = (error: string | null) => {
    message.textContent = error ?? "";
    message.hidden = error === null;
    input.toggleAttribute("data-invalid", error !== null);
  };
  const show = (next: string, disabled: boolean) => {
    if (input.value !== next) input.value = next;
    input.toggleAttribute("disabled", disabled);
  };
  setError(form.periodError);
  return { element, setError, show };
}
