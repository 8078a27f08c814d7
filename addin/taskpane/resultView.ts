/**
 * The pane's result of a finished run. Not in the pane's initial load: with the issues' words (the core's messages
 * in three languages) it comes with a run's code, the chunk `run` (see paneView.ts); a failed run's result is in
 * failureView.ts, which needs none of it.
 */
import {
  readingLines,
  type BarChart,
  type JobDefinition,
  type Lang,
  type SheetReading,
} from "../../core/light";
import { formatIssue } from "../../core/runtime";
import type { JobRun } from "../runJob";
import { paneText } from "../i18n/paneText";
import { groupIssues, type IssueGroup } from "./issueGroups";
import type { IssueTarget } from "./issueTarget";

export { failureView } from "./failureView";

/** How a run went, for the colour of its message bar. */
export type Tone = "success" | "warning" | "error";

/** A sheet the run wrote: its name (click to go there) and whether it replaced PropDesk's earlier one. */
export interface WrittenEntry {
  name: string;
  note: string;
}

/** How one sheet was read, as lines of text: the sheet (click to go to its header), its table and header, columns, counts. */
export interface ReadingEntry {
  sheet: string;
  /** Where a click on the sheet's name goes: its header row, or the sheet. */
  target: IssueTarget;
  header: string;
  columns: string;
  counts: string;
}

/** Everything the pane shows after a run, as text: a headline, the sheets written, key figures, issues, readings. */
export interface ResultView {
  tone: Tone;
  headline: string;
  details: string[];
  written: WrittenEntry[];
  figures: string[];
  /** Small charts the job declares for its result. */
  charts: BarChart[];
  groups: IssueGroup[];
  /** How each input sheet was read (header row, columns, row counts), listed under a collapsed heading. */
  readings: ReadingEntry[];
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
      readings: [],
    };
  }
  const errors = run.issues.filter((i) => i.severity === "error").length;
  const warnings = run.issues.filter((i) => i.severity === "warning").length;
  const issuesSheet = run.written.find((w) => w.key.endsWith("/issues"))?.name ?? null;
  return {
    tone: errors > 0 || warnings > 0 ? "warning" : "success",
    headline:
      errors + warnings === 0
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
    readings: run.result.readings.map((r) => readingEntry(r, lang)),
  };
}

/** A sheet's reading as the pane lists it. */
export function readingEntry(reading: SheetReading, lang: Lang): ReadingEntry {
  const lines = readingLines(reading, lang);
  const row = reading.headerRows[0];
  return {
    sheet: reading.sheet,
    target: row === undefined ? { sheet: reading.sheet } : { sheet: reading.sheet, cell: `A${row}` },
    header: lines.header,
    columns: lines.columnsLine,
    counts: lines.counts,
  };
}
