import type { Checkbox, RadioGroup, TextInput } from "@fluentui/web-components";

/** The Fluent elements whose properties the pane reads, by tag. */
export interface FluentTagMap {
  "fluent-checkbox": Checkbox;
  "fluent-radio-group": RadioGroup;
  "fluent-text-input": TextInput;
}

/** Attributes for {@link h}: a string sets the attribute, true sets it empty, false or undefined leaves it out. */
export type Attrs = Record<string, string | boolean | undefined>;

/** A child for {@link h}: an element, or text (always a text node, never parsed as markup). */
export type Child = Node | string | null;

/** Makes an element with attributes and children; text children become text nodes. @example h("li", { class: "pd-figure" }, "合计 120.00") */
export function h<K extends keyof FluentTagMap>(tag: K, attrs?: Attrs, ...children: Child[]): FluentTagMap[K];
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs,
  ...children: Child[]
): HTMLElementTagNameMap[K];
export function h(tag: string, attrs?: Attrs, ...children: Child[]): HTMLElement;
export function h(tag: string, attrs: Attrs = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) element.setAttribute(name, "");
    else if (typeof value === "string") element.setAttribute(name, value);
  }
  for (const child of children) {
    if (child !== null) element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** Sets or removes a boolean attribute. */
export function flag(element: Element, name: string, on: boolean): void {
  element.toggleAttribute(name, on);
}
