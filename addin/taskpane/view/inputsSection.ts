import type { Checkbox } from "@fluentui/web-components";
import type { Lang } from "../../../core/light";
import { paneText } from "../../i18n/paneText";
import { foldsAway, roleHeadingParts, type InputsView } from "../formView";
import type { RoleChoice } from "../inputChoices";
import { h } from "./dom";

/** What the input sheets section reports back to the controller. */
export interface InputsHandlers {
  onToggle(role: string, sheet: string, checked: boolean): void;
  onReset(role: string): void;
  onRefresh(): void;
}

/**
 * The input sheets of the selected job, a collapsible checkbox list per role, patched in place on ticks so focus stays
 * put. The optional inputs no sheet was found for are folded away under one closed line (`未找到的可选输入（2）`).
 */
export class InputsSection {
  /** The section's root element. */
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly expanded = new Map<string, boolean>();
  private shape = "";
  /** The roles in the fold at the last build: one stays there while the person ticks its sheets. */
  private folded = new Set<string>();
  private foldOpen = false;
  /** The roles shown (the selected job's): another job's inputs start with the fold closed. */
  private roles = "";
  private readonly handlers: InputsHandlers;

  constructor(handlers: InputsHandlers) {
    this.handlers = handlers;
    this.body = h("div", { class: "pd-inputs-body" });
    this.element = h("section", { class: "pd-section pd-inputs" }, this.body);
  }

  /** Shows the inputs as the form has them; `disabled` while a run is under way. */
  update(view: InputsView, lang: Lang, disabled: boolean): void {
    if (view.status === "ready") {
      const roles = JSON.stringify(view.roles.map((r) => r.role));
      if (roles !== this.roles) {
        this.roles = roles;
        this.folded.clear();
        this.foldOpen = false;
      }
    }
    const folded =
      view.status === "ready"
        ? view.roles
            .filter((r) => foldsAway(r) || (r.chosenByUser && this.folded.has(r.role)))
            .map((r) => r.role)
        : [];
    const shape = JSON.stringify([
      lang,
      disabled,
      view.status,
      view.status === "ready" ? shapeOf(view.roles) : view.text,
      folded,
    ]);
    if (shape === this.shape && view.status === "ready") {
      this.patch(view.roles, lang);
      return;
    }
    this.shape = shape;
    this.rebuild(view, lang, disabled, new Set(folded));
  }

  private rebuild(view: InputsView, lang: Lang, disabled: boolean, folded: ReadonlySet<string>): void {
    for (const item of this.body.querySelectorAll<HTMLElement>("fluent-accordion-item")) {
      const role = item.dataset["role"];
      if (role !== undefined) this.expanded.set(role, item.hasAttribute("expanded"));
    }
    this.folded = new Set(folded);
    const refresh = h(
      "fluent-button",
      {
        size: "small",
        appearance: "subtle",
        disabled: disabled || view.status === "loading",
        "data-testid": "refresh",
      },
      paneText(lang, "inputsRefresh"),
    );
    refresh.addEventListener("click", () => this.handlers.onRefresh());
    const heading = h(
      "div",
      { class: "pd-heading-row" },
      h("h2", { class: "pd-heading" }, paneText(lang, "inputsHeading")),
      refresh,
    );
    const content: HTMLElement[] = [heading];
    if (view.status === "loading") {
      content.push(
        h("p", { class: "pd-muted pd-loading" }, h("fluent-spinner", { size: "tiny" }), view.text),
      );
    } else if (view.status === "failed") {
      content.push(h("fluent-message-bar", { intent: "error", layout: "multiline" }, view.text));
    } else if (view.empty !== null) {
      content.push(h("p", { class: "pd-muted" }, view.empty));
    } else {
      const shown = view.roles.filter((r) => !folded.has(r.role));
      const hidden = view.roles.filter((r) => folded.has(r.role));
      if (shown.length > 0) content.push(this.accordion(shown, lang, disabled));
      if (hidden.length > 0) {
        const details = h(
          "details",
          { class: "pd-fold", "data-testid": "optional-not-found", open: this.foldOpen },
          h(
            "summary",
            { class: "pd-fold-summary pd-muted" },
            paneText(lang, "optionalNotFound", { count: hidden.length }),
          ),
          this.accordion(hidden, lang, disabled),
        );
        details.addEventListener("toggle", () => (this.foldOpen = details.open));
        content.push(details);
      }
    }
    this.body.replaceChildren(...content);
  }

  private accordion(roles: readonly RoleChoice[], lang: Lang, disabled: boolean): HTMLElement {
    const accordion = h("fluent-accordion", { "expand-mode": "multi", class: "pd-roles" });
    for (const role of roles) accordion.append(this.roleItem(role, lang, disabled));
    return accordion;
  }

  private roleItem(role: RoleChoice, lang: Lang, disabled: boolean): HTMLElement {
    const expanded = this.expanded.get(role.role) ?? (role.selected.length === 0 && !role.optional);
    const item = h(
      "fluent-accordion-item",
      { expanded, "data-role": role.role, class: "pd-role" },
      h("span", { slot: "heading", class: "pd-role-heading" }, ...headingParts(role, lang)),
    );
    const list = h("div", { class: "pd-sheet-list", role: "group", "aria-label": role.label });
    for (const sheet of role.sheets) {
      const box = h("fluent-checkbox", {
        slot: "input",
        checked: sheet.checked,
        disabled,
        "data-sheet": sheet.name,
      });
      box.addEventListener("change", () => this.handlers.onToggle(role.role, sheet.name, box.checked));
      list.append(
        h(
          "fluent-field",
          { "label-position": "after", class: "pd-sheet" },
          h("label", { slot: "label" }, sheet.name),
          box,
        ),
      );
    }
    const reset = h(
      "fluent-button",
      { size: "small", appearance: "transparent", class: "pd-reset", disabled, hidden: !role.chosenByUser },
      paneText(lang, "roleBackToAutomatic"),
    );
    reset.addEventListener("click", () => this.handlers.onReset(role.role));
    item.append(list, h("p", { class: "pd-muted pd-hint" }, paneText(lang, "roleSearchesWhenEmpty")), reset);
    return item;
  }

  private patch(roles: readonly RoleChoice[], lang: Lang): void {
    for (const role of roles) {
      const item = [...this.body.querySelectorAll<HTMLElement>("fluent-accordion-item")].find(
        (el) => el.dataset["role"] === role.role,
      );
      if (!item) continue;
      const parts = roleHeadingParts(role, lang);
      for (const part of ["name", "count", "how"] as const) {
        const span = item.querySelector(`.pd-role-${part}`);
        if (span && span.textContent !== parts[part]) span.textContent = parts[part];
      }
      item.querySelector(".pd-reset")?.toggleAttribute("hidden", !role.chosenByUser);
      for (const box of item.querySelectorAll<Checkbox>("fluent-checkbox")) {
        const sheet = role.sheets.find((s) => s.name === box.dataset["sheet"]);
        if (sheet && box.checked !== sheet.checked) box.checked = sheet.checked;
      }
    }
  }
}

/** A role's heading: its name on a line, then how many sheets are ticked and how they were found, each part unbroken. */
function headingParts(role: RoleChoice, lang: Lang): HTMLElement[] {
  const { name, count, how } = roleHeadingParts(role, lang);
  return [
    h("span", { class: "pd-role-name" }, name),
    h(
      "span",
      { class: "pd-role-status" },
      h("span", { class: "pd-role-count pd-nowrap" }, count),
      "\u00a0· ",
      h("span", { class: "pd-role-how pd-nowrap" }, how),
    ),
  ];
}

function shapeOf(roles: readonly RoleChoice[]): string[][] {
  return roles.map((r) => [r.role, ...r.sheets.map((s) => s.name)]);
}
