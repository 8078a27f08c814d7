import type { FieldView } from "../formView";
import { h } from "./dom";

/** A text field of the form (the period, a job's optional date): input, label, hint, and what to type while the text is unusable. */
export interface TextField {
  element: HTMLElement;
  /** Shows the field's example and its message (or none) as the form now has them. */
  refresh(view: FieldView): void;
  /** Shows a text set from elsewhere (a ribbon run's default) and disables the input during a run. */
  show(text: string, disabled: boolean): void;
}

/** Builds a text field; `onInput` gets the text as typed, `testId` names the input for tests. */
export function renderField(
  view: FieldView,
  text: string,
  testId: string,
  onInput: (text: string) => void,
): TextField {
  const input = h("fluent-text-input", {
    slot: "input",
    class: "pd-field-input",
    value: text,
    placeholder: view.placeholder,
    autocomplete: "off",
    spellcheck: false,
    "data-testid": testId,
  });
  input.addEventListener("input", () => onInput(input.value));
  const message = h("span", { slot: "message", class: "pd-field-error", role: "alert" });
  const field = h(
    "fluent-field",
    { "label-position": "above", class: "pd-field" },
    h("label", { slot: "label" }, view.label),
    input,
    message,
  );
  const element =
    view.hint === null ? field : h("div", {}, field, h("p", { class: "pd-muted pd-hint" }, view.hint));
  const refresh = ({ placeholder, error }: FieldView) => {
    if (input.getAttribute("placeholder") !== placeholder) input.setAttribute("placeholder", placeholder);
    message.textContent = error ?? "";
    message.hidden = error === null;
    input.toggleAttribute("data-invalid", error !== null);
  };
  const show = (next: string, disabled: boolean) => {
    if (input.value !== next) input.value = next;
    input.toggleAttribute("disabled", disabled);
  };
  refresh(view);
  return { element, refresh, show };
}
