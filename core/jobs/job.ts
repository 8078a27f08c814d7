import type { Issue } from "../issues";
import type { BarChart } from "./chart";
import type { Label, Lang } from "../i18n/label";
import type { SheetSpec } from "../sheets/sheetSpec";
import { issuesSheet, type IssuesSheetOptions } from "../sheets/issuesSheet";
import type { TableSpec } from "../table/declaration";
import type { BookData } from "../table/sheetData";
import type { PlacedSheets } from "../table/placedSheets";
import type { SheetReading } from "../table/readings";
import type { IsoDate, YearMonth } from "../values/isoDate";

/** What a host hands a job besides the workbook. `today` comes from the host: the core never reads a clock. */
export interface JobParams {
  today: IsoDate;
  lang: Lang;
  month?: YearMonth;
  /** A range of months (jobs that take one, e.g. collection year to date); `month` is the one-month case. */
  from?: YearMonth;
  to?: YearMonth;
  asOf?: IsoDate;
  /** The stock-count date (inventory); jobs that take one default it from the month. */
  countDate?: IsoDate;
  /** Sheets a person chose for an input role (role -> sheet names), overriding the search by headers. */
  inputSheets?: Readonly<Record<string, readonly string[]>>;
}

/** What a job gives back: its report (plain data, money as decimal strings), the sheets to write, the issues. */
export interface JobResult<R> {
  report: R;
  sheets: SheetSpec[];
  issues: Issue[];
}

/**
 * A date a person may give besides the period (the inventory's count date): hosts offer a field for it, and a
 * blank field leaves the job to its own default.
 */
export interface JobDateOption {
  /** The parameter it sets. */
  param: "countDate";
  label: Label;
  /** What the job does when the field is left blank, in a few words. */
  whenBlank: Label;
}

/** Which period parameters a job takes. */
export type PeriodKind = "month" | "as-of";

/**
 * A job declared as data: id, title, the inputs it reads (so hosts can build forms and find sheets), its period.
 * Light: a host shows the form and ticks the sheets a run will read from this alone, before it loads the job's
 * rules and sheets ({@link JobDefinition}). Each job's `declaration.ts` exports it.
 */
export interface JobDeclaration {
  id: string;
  title: Label;
  description: Label;
  inputs: readonly TableSpec[];
  period: PeriodKind;
  /** A date besides the period a person may give; it must fall inside the month of a monthly job. */
  dateOption?: JobDateOption;
  /** The default period for a given day, e.g. next month for the purchase plan. */
  defaultPeriod(today: IsoDate): string;
  /** How the job's reader sees a workbook before it places the sheets (attendance grids get day headers); hosts show the same. */
  prepareBook?(book: BookData): BookData;
  /** The job reads its own earlier output (clerk-typed columns to carry over), so hosts must read those sheets' cells. */
  readsOwnSheets?: boolean;
  /**
   * The job's short name after the period in its issues sheet's name (`问题清单 2026-11 收缴率`), so the jobs of one
   * period keep theirs apart; every job of the registry has one (the job's title stands in for one without).
   */
  issuesTag?: Label;
}

/**
 * A job as it runs: its declaration and a pure, deterministic run, with the lines and charts a host shows of
 * its report. Each job's `job.ts` exports it; hosts that load code over a network load it when the job runs.
 */
export interface JobDefinition<R = unknown> extends JobDeclaration {
  /**
   * Runs the job on its inputs, placed by the registry (hosts call `runJob`, never this): pure and deterministic.
   * The issues are the job's own (reading the rows, its rules); the registry adds those of placing the sheets.
   */
  run(inputs: PlacedSheets, params: JobParams): JobResult<R>;
  /** Short lines for a person: what was made, the main figures. */
  summarize(report: R, lang: Lang): string[];
  /** Small charts of the result for the task pane (rates against targets, ageing buckets). */
  charts?(report: R, lang: Lang): BarChart[];
}

/** True when the issues say the workbook cannot be used for the job at all (no input sheet found). */
export function isUnusable(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.code === "no_input_sheet" && i.severity === "error");
}

/** The issues sheet of a job's run for a period, in the reader's language, with how each sheet was read. */
export function jobIssuesSheet(
  job: JobDeclaration,
  issues: readonly Issue[],
  period: string,
  lang: Lang,
  readings: readonly SheetReading[] = [],
): SheetSpec {
  const options: IssuesSheetOptions = {
    key: `${job.id}/${period}`,
    period,
    jobTitle: job.title[lang],
    lang,
    readings,
  };
  if (job.issuesTag !== undefined) options.tag = job.issuesTag[lang];
  return issuesSheet(issues, options);
}
