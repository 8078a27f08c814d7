import { h } from "./dom";

/** A dismissable error bar, e.g. when going to a sheet that was deleted. */
export function renderNotice(text: string, dismissLabel: string, onDismiss: () => void): HTMLElement {
  const dismiss = h(
    "fluent-button",
    { slot: "actions", size: "small", appearance: "transparent" },
    dismissLabel,
  );
  dismiss.addEventListener("click", onDismiss);
  return h(
    "fluent-message-bar",
    { intent: "error", layout: "multiline", class: "pd-notice", role: "alert" },
    h("span", {}, text),
    dismiss,
  );
}
