import type { Lang } from "../../../core/light";
import { paneText } from "../../i18n/paneText";
import type { IssueGroup } from "../issueGroups";
import type { IssueTarget } from "../issueTarget";
import type { ReadingEntry, ResultView } from "../resultView";
import { h } from "./dom";
import { renderChart } from "./renderChart";

/** Where a click in the result goes: a sheet (by name) or an issue's cell; `location` is how people write it. */
export type GoTo = (target: IssueTarget, location: string) => void;

/**
 * The result of a run: a message bar, the sheets written, the key figures, the issues (errors first) and, folded
 * away, how each input sheet was read.
 */
export function renderResult(view: ResultView, lang: Lang, goTo: GoTo): HTMLElement {
  const section = h(
    "section",
    { class: "pd-section pd-result", "aria-live": "polite", "data-testid": "result" },
    h(
      "fluent-message-bar",
      { intent: view.tone, layout: "multiline", "data-tone": view.tone },
      h(
        "div",
        { class: "pd-bar-text" },
        h("span", { class: "pd-headline" }, view.headline),
        ...view.details.map((detail) => h("span", { class: "pd-detail" }, detail)),
      ),
    ),
  );
  if (view.written.length > 0) {
    const list = h("ul", { class: "pd-list pd-written" });
    for (const sheet of view.written) {
      const button = h(
        "button",
        { type: "button", class: "pd-link", "data-sheet": sheet.name },
        h("span", { class: "pd-sheet-name" }, sheet.name),
        h("span", { class: "pd-muted" }, sheet.note),
      );
      button.addEventListener("click", () => goTo({ sheet: sheet.name }, sheet.name));
      list.append(h("li", {}, button));
    }
    section.append(
      h("h2", { class: "pd-heading" }, paneText(lang, "writtenHeading", { count: view.written.length })),
      list,
    );
  }
  if (view.figures.length > 0) {
    const list = h("ul", { class: "pd-list pd-figures" });
    for (const line of view.figures) list.append(h("li", {}, line));
    section.append(h("h2", { class: "pd-heading" }, paneText(lang, "figuresHeading")), list);
  }
  for (const chart of view.charts) section.append(renderChart(chart, lang));
  for (const group of view.groups) section.append(renderGroup(group, lang, goTo));
  if (view.readings.length > 0) section.append(renderReadings(view.readings, lang, goTo));
  return section;
}

/** 读取情况: a closed disclosure listing each sheet read (click its name to go to its header), columns and counts. */
function renderReadings(readings: readonly ReadingEntry[], lang: Lang, goTo: GoTo): HTMLElement {
  const list = h("ul", { class: "pd-list pd-readings-list" });
  for (const reading of readings) {
    const { cell } = reading.target;
    const location = cell === undefined ? reading.sheet : `${reading.sheet}!${cell}`;
    const button = h(
      "button",
      {
        type: "button",
        class: "pd-link pd-reading-sheet",
        "data-reading": reading.sheet,
        title: paneText(lang, "issueGoTo", { location }),
      },
      h("span", { class: "pd-sheet-name" }, reading.sheet),
      h("span", { class: "pd-muted" }, reading.header),
    );
    button.addEventListener("click", () => goTo(reading.target, location));
    list.append(
      h(
        "li",
        { class: "pd-reading" },
        button,
        h("p", { class: "pd-reading-line" }, reading.columns),
        h("p", { class: "pd-reading-line pd-muted" }, reading.counts),
      ),
    );
  }
  return h(
    "details",
    { class: "pd-readings", "data-testid": "readings" },
    h("summary", { class: "pd-heading" }, paneText(lang, "readingsHeading", { count: readings.length })),
    list,
  );
}

function renderGroup(group: IssueGroup, lang: Lang, goTo: GoTo): HTMLElement {
  const list = h("ul", { class: "pd-list pd-issues" });
  for (const item of group.items) {
    const parts = [
      item.location === "" ? null : h("span", { class: "pd-issue-location" }, item.location),
      h("span", { class: "pd-issue-message" }, item.message),
    ];
    const target = item.target;
    if (target === null) {
      list.append(h("li", { class: "pd-issue", "data-code": item.code }, ...parts));
      continue;
    }
    const button = h(
      "button",
      {
        type: "button",
        class: "pd-issue pd-issue-button",
        "data-code": item.code,
        title: paneText(lang, "issueGoTo", { location: item.location }),
      },
      ...parts,
    );
    button.addEventListener("click", () => goTo(target, item.location));
    list.append(h("li", {}, button));
  }
  return h(
    "section",
    { class: `pd-issue-group pd-${group.severity}`, "data-severity": group.severity },
    h("h2", { class: "pd-heading" }, group.heading),
    h("p", { class: "pd-muted pd-hint" }, group.hint),
    list,
    group.more === null ? null : h("p", { class: "pd-muted pd-more" }, group.more),
  );
}
