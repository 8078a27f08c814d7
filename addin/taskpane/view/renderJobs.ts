import type { JobDeclaration, Lang } from "../../../core/light";
import { paneText } from "../../i18n/paneText";
import { h } from "./dom";

/** The list of jobs as a radio group, one radio per declared job, the selected one checked. */
export function renderJobs(
  jobs: readonly JobDeclaration[],
  selected: string,
  lang: Lang,
  disabled: boolean,
  onSelect: (jobId: string) => void,
): HTMLElement {
  const headingId = "pd-jobs-heading";
  const group = h("fluent-radio-group", {
    class: "pd-job-list",
    orientation: "vertical",
    name: "job",
    value: selected,
    disabled,
    "aria-labelledby": headingId,
  });
  for (const job of jobs) {
    group.append(
      h(
        "fluent-field",
        { "label-position": "after", class: "pd-job" },
        h("label", { slot: "label" }, job.title[lang]),
        h("fluent-radio", { slot: "input", value: job.id, checked: job.id === selected, "data-job": job.id }),
      ),
    );
  }
  group.addEventListener("change", () => {
    const value = group.value;
    if (value !== null && value !== selected) onSelect(value);
  });
  return h(
    "section",
    { class: "pd-section" },
    h("h2", { class: "pd-heading", id: headingId }, paneText(lang, "jobsHeading")),
    group,
  );
}
