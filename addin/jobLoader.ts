import type { JobDeclaration, JobDefinition } from "../core/light";
import type { runJob } from "./runJob";

/** A job ready to run in the add-in: its full definition and the add-in's run (read, compute, write). */
export interface LoadedJob {
  job: JobDefinition;
  runJob: typeof runJob;
}

/** Loads what running a job needs; the pane calls it ahead of a run and again when the run starts. */
export type JobLoader = (job: JobDeclaration) => Promise<LoadedJob>;

/** The code a job needs could not be loaded (the network is down, the add-in's server is gone); Run tries again. */
export class CodeLoadError extends Error {
  override name = "CodeLoadError";

  constructor(
    readonly jobId: string,
    cause: unknown,
  ) {
    super(`PropDesk could not load the code to run ${jobId}`, { cause });
  }
}

/**
 * Loads a job's code over the network as the bundle split it: first the `run` chunk (the core's pipeline, the
 * add-in's run and the issues sheet), then the job's own chunk (its rules, readers and sheets), which builds on
 * it; the browser keeps what it loaded, so a second call costs nothing. A failure becomes a
 * {@link CodeLoadError}; calling again retries.
 */
export function loadJobCode(declaration: JobDeclaration): Promise<LoadedJob> {
  return import(/* webpackChunkName: "run" */ "./runtime")
    .then(async (runtime) => ({ job: await runtime.loadJob(declaration.id), runJob: runtime.runJob }))
    .catch((error: unknown) => {
      throw new CodeLoadError(declaration.id, error);
    });
}
