import type { Checkbox } from "@fluentui/web-components";
import type { Lang } from "../../../core/light";
import { paneText } from "../../i18n/paneText";
import { roleHeading, type InputsView } from "../formView";
import type { RoleChoice } from "../inputChoices";
import { h } from "./dom";

/** What the input sheets section reports back to the controller. */
export interface InputsHandlers {
  onToggle(role: string, sheet: string, checked: boolean): void;
  onReset(role: string): void;
  onRefresh(): void;
}

/** The input sheets of the selected job, a collapsible checkbox list per role, patched in place on ticks so focus stays put. */
export class InputsSection {
  /** The section's root element. */
  readonly element: HTMLElement;
  private readonly body: HTMLElement;
  private readonly expanded = new Map<string, boolean>();
  private shape = "";
  private readonly handlers: InputsHandlers;

  constructor(handlers: InputsHandlers) {
    this.handlers = handlers;
    this.body = h("div", { class: "pd-inputs-body" });
    this.element = h("section", { class: "pd-section pd-inputs" }, this.body);
  }

  /** Shows the inputs as the form has them; `disabled` while a run is under way. */
  update(view: InputsView, lang: Lang, disabled: boolean): void {
    const shape = JSON.stringify([
      lang,
      disabled,
      view.status,
      view.status === "ready" ? shapeOf(view.roles) : view.text,
    ]);
    if (shape === this.shape && view.status === "ready") {
      this.patch(view.roles, lang);
      return;
    }
    this.shape = shape;
    this.rebuild(view, lang, disabled);
  }

  private rebuild(view: InputsView, lang: Lang, disabled: boolean): void {
    for (const item of this.body.querySelectorAll<HTMLElement>("fluent-accordion-item")) {
      const role = item.dataset["role"];
      if (role !== undefined) this.expanded.set(role, item.hasAttribute("expanded"));
    }
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
      const accordion = h("fluent-accordion", { "expand-mode": "multi", class: "pd-roles" });
      for (const role of view.roles) accordion.append(this.roleItem(role, lang, disabled));
      content.push(accordion);
    }
    this.body.replaceChildren(...content);
  }

  private roleItem(role: RoleChoice, lang: Lang, disabled: boolean): HTMLElement {
    const expanded = this.expanded.get(role.role) ?? (role.selected.length === 0 && !role.optional);
    const item = h(
      "fluent-accordion-item",
      { expanded, "data-role": role.role, class: "pd-role" },
      h("span", { slot: "heading", class: "pd-role-heading" }, roleHeading(role, lang)),
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
      const heading = item.querySelector(".pd-role-heading");
      if (heading) heading.textContent = roleHeading(role, lang);
      item.querySelector(".pd-reset")?.toggleAttribute("hidden", !role.chosenByUser);
      for (const box of item.querySelectorAll<Checkbox>("fluent-checkbox")) {
        const sheet = role.sheets.find((s) => s.name === box.dataset["sheet"]);
        if (sheet && box.checked !== sheet.checked) box.checked = sheet.checked;
      }
    }
  }
}

function shapeOf(roles: readonly RoleChoice[]): string[][] {
  return roles.map((r) => [r.role, ...r.sheets.map((s) => s.name)]);
}
