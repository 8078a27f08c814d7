import type { BookData, IsoDate, JobDefinition, Lang } from "../../core/light";
import type { JobRun, RunStep } from "../runJob";
import type { ChosenSheets } from "./inputChoices";

/** The workbook as last read for finding input sheets. */
export type BookState =
  | { status: "idle" }
  | { status: "loading" }
  | { status: "ready"; book: BookData }
  | { status: "failed"; error: unknown };

/** The current or last run of a job. */
export type RunState =
  | { phase: "idle" }
  | { phase: "running"; jobId: string; step: RunStep }
  /** A finished run, with the job's full definition (its summary and charts of the report). */
  | { phase: "done"; jobId: string; job: JobDefinition; run: JobRun }
  | { phase: "failed"; jobId: string; error: unknown };

/** A failed click on a sheet or issue: where the person wanted to go and why it did not work. */
export interface Notice {
  location: string;
  error: unknown;
}

/** Everything the task pane shows, as immutable data; the view renders the parts that changed. */
export interface PaneState {
  readonly lang: Lang;
  readonly today: IsoDate;
  readonly jobId: string;
  /** The period as typed for the selected job. */
  readonly periodText: string;
  /** The selected job's optional date (the count date) as typed; blank keeps the job's default. */
  readonly optionText: string;
  readonly book: BookState;
  /** The sheets a person chose, by job id. */
  readonly chosen: Readonly<Record<string, ChosenSheets>>;
  readonly run: RunState;
  readonly notice: Notice | null;
}
