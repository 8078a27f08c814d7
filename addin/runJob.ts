import { runJob as runCoreJob, type JobRun as CoreJobRun } from "../core/runtime";
import type { Issue, JobDefinition, JobParams, WrittenSheet } from "../core/light";
import type { AddinHost } from "./excel/addinHost";

/** The steps a run goes through, for a progress indicator. */
export type RunStep = "reading" | "computing" | "writing" | "done";

/** A finished run: the job's result, the sheets written (none when the workbook could not be used) and the period. */
export interface JobRun {
  result: CoreJobRun;
  written: WrittenSheet[];
  period: string;
  /** True when the workbook holds no input for the job (nothing was written). */
  unusable: boolean;
  issues: Issue[];
}

/**
 * Runs a job inside the workbook: reads every input in one round trip, runs the pure core, writes the
 * job's sheets and its issues sheet. Shared by the task pane and the ribbon buttons. Part of the code the pane
 * loads when a job runs (`jobLoader.ts`), with the core's pipeline.
 */
export async function runJob(
  host: AddinHost,
  job: JobDefinition,
  params: JobParams,
  onStep: (step: RunStep) => void = () => undefined,
): Promise<JobRun> {
  onStep("reading");
  const book = await host.read({ ownSheetContents: job.readsOwnSheets === true });
  onStep("computing");
  const result = runCoreJob(job, book, params);
  const { period, unusable, issues } = result;
  if (unusable) {
    onStep("done");
    return { result, written: [], period, unusable, issues };
  }
  onStep("writing");
  const written = await host.write(result.sheets);
  onStep("done");
  return { result, written, period, unusable, issues };
}
