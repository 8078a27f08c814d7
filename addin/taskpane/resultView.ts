import {
  formatIssue,
  type BarChart,
  type JobDeclaration,
  type JobDefinition,
  type Lang,
} from "../../core/light";
import type { JobRun } from "../runJob";
import { paneText } from "../i18n/paneText";
import { errorMessage } from "./errorMessage";
import { groupIssues, type IssueGroup } from "./issueGroups";

/** How a run went, for the colour of its message bar. */
export type Tone = "success" | "warning" | "error";

/** A sheet the run wrote: its name (click to go there) and whether it replaced PropDesk's earlier one. */
export interface WrittenEntry {
  name: string;
  note: string;
}

/** Everything the pane shows after a run, as text: a headline, the sheets written, key figures, issues. */
export interface ResultView {
  tone: Tone;
  headline: string;
  details: string[];
  written: WrittenEntry[];
  figures: string[];
  /** Small charts the job declares for its result. */
  charts: BarChart[];
  groups: IssueGroup[];
}

/** The pane's result for a finished run of a job (its full definition, for the summary and charts), in a language. */
export function resultView(job: JobDefinition, run: JobRun, lang: Lang): ResultView {
  const base = { job: job.title[lang], period: run.period };
  if (run.unusable) {
    const missing = run.issues.filter((i) => i.code === "no_input_sheet");
    return {
      tone: "error",
      headline: paneText(lang, "resultUnusable", base),
      details: [...missing.map((i) => formatIssue(i, lang)), paneText(lang, "resultUnusableHint")],
      written: [],
      figures: [],
      charts: [],
      groups: groupIssues(
        run.issues.filter((i) => i.code !== "no_input_sheet"),
        lang,
      ),
    };
  }
  const errors = run.issues.filter((i) => i.severity === "error").length;
  const warnings = run.issues.length - errors;
  const issuesSheet = run.written.find((w) => w.key.endsWith("/issues"))?.name ?? null;
  return {
    tone: errors > 0 || warnings > 0 ? "warning" : "success",
    headline:
      run.issues.length === 0
        ? paneText(lang, "resultNoIssues", base)
        : paneText(lang, "resultWithIssues", { ...base, errors, warnings }),
    details: [],
    written: run.written.map((w) => ({
      name: w.name,
      note: paneText(lang, w.replaced ? "writtenReplaced" : "writtenNew"),
    })),
    figures: job.summarize(run.result.report, lang),
    charts: job.charts?.(run.result.report, lang) ?? [],
    groups: groupIssues(run.issues, lang, issuesSheet),
  };
}

/** The pane's result for a run that failed with an error (nothing or not everything was written). */
export function failureView(job: JobDeclaration, error: unknown, lang: Lang): ResultView {
  return {
    tone: "error",
    headline: paneText(lang, "runFailed", { job: job.title[lang] }),
    details: [errorMessage(error, lang)],
    written: [],
    figures: [],
    charts: [],
    groups: [],
  };
}
