import type { TodoDay, TodoView } from "../todoView";
import { h } from "./dom";

/** Where the panel remembers whether it is folded, between sessions (absent or unusable: it starts open). */
const OPEN_KEY = "propdesk.todo.open";

/** What the 本月待办 panel does on a click. */
export interface TodoActions {
  /** Runs a job with its defaults, as the ribbon does. */
  onRun(jobId: string): void;
  /** Shows all items of the fortnight, or the first few again. */
  onToggle(all: boolean): void;
}

/**
 * The 本月待办 panel: a disclosure (open unless the person folded it last time) listing the coming items by day,
 * today's highlighted, each with a Run button when a job makes it. Text only, never markup.
 */
export class TodoPanel {
  readonly element = h("div", { class: "pd-todo-slot" });
  private open = readOpen();

  /**
   * The panel while its code loads (todoLoader.ts): its heading, folded or open as the person left it, and "…"
   * where the count goes; marked busy until {@link update} lists the items.
   */
  pending(heading: string): void {
    const details = this.details(heading, "…");
    details.setAttribute("aria-busy", "true");
    this.element.replaceChildren(details);
  }

  /** Rebuilds the panel; its buttons are disabled while a run is under way. */
  update(view: TodoView, all: boolean, running: boolean, actions: TodoActions): void {
    // The show more/fewer button keeps the keyboard's focus across the rebuild it causes.
    const refocus = this.element.querySelector(".pd-todo-toggle") === document.activeElement;
    const details = this.details(view.heading, view.count);
    if (view.empty !== null) details.append(h("p", { class: "pd-hint pd-muted" }, view.empty));
    const days = h("ol", { class: "pd-list pd-todo-days", "aria-labelledby": "pd-todo-heading" });
    for (const day of view.days) days.append(renderDay(day, running, actions));
    if (view.days.length > 0) details.append(days);
    if (view.toggle !== null) {
      const toggle = h(
        "button",
        { type: "button", class: "pd-todo-toggle", "aria-expanded": all ? "true" : "false" },
        view.toggle,
      );
      toggle.addEventListener("click", () => actions.onToggle(!all));
      details.append(toggle);
    }
    this.element.replaceChildren(details);
    if (refocus) details.querySelector<HTMLElement>(".pd-todo-toggle")?.focus();
  }

  /** The disclosure with its summary (heading and count), remembering when it is folded or opened. */
  private details(heading: string, count: string): HTMLDetailsElement {
    const summary = h(
      "summary",
      { class: "pd-todo-summary" },
      h("h2", { class: "pd-heading", id: "pd-todo-heading" }, heading),
      h("span", { class: "pd-muted pd-todo-count" }, count),
    );
    const details = h(
      "details",
      { class: "pd-section pd-todo", "data-testid": "todo", open: this.open },
      summary,
    );
    details.addEventListener("toggle", () => {
      this.open = details.open;
      writeOpen(details.open);
    });
    return details;
  }
}

function renderDay(day: TodoDay, running: boolean, actions: TodoActions): HTMLElement {
  const heading = h("h3", { class: "pd-todo-date" }, h("span", {}, day.dateText));
  if (day.whenText !== null) heading.append(" ", h("span", { class: "pd-todo-when" }, day.whenText));
  if (day.makeup !== null) heading.append(" ", h("span", { class: "pd-todo-makeup" }, day.makeup));
  const items = h("ul", { class: "pd-list pd-todo-items" });
  for (const item of day.items) {
    const text = h("div", { class: "pd-todo-text" });
    if (item.time !== null) text.append(h("span", { class: "pd-todo-time" }, item.time), " ");
    text.append(h("span", { class: "pd-todo-title" }, item.title));
    if (item.to !== "") text.append(" ", h("span", { class: "pd-todo-to" }, item.to));
    const li = h("li", { class: "pd-todo-item", "data-duty": item.duty }, text);
    if (item.detail !== null) li.title = item.detail;
    if (item.job !== null) {
      const jobId = item.job.id;
      const button = h(
        "fluent-button",
        {
          size: "small",
          appearance: "outline",
          class: "pd-todo-run",
          "data-job": jobId,
          title: item.job.hint,
          "aria-label": item.job.hint,
          disabled: running,
        },
        item.job.label,
      );
      button.addEventListener("click", () => {
        if (!running) actions.onRun(jobId);
      });
      li.append(button);
    }
    items.append(li);
  }
  return h("li", { class: "pd-todo-day", "data-date": day.date, "data-when": day.when }, heading, items);
}

function readOpen(): boolean {
  try {
    return window.localStorage.getItem(OPEN_KEY) !== "false";
  } catch {
    return true;
  }
}

function writeOpen(open: boolean): void {
  try {
    window.localStorage.setItem(OPEN_KEY, String(open));
  } catch {
    // No storage (a locked-down webview): the panel opens again next time.
  }
}
