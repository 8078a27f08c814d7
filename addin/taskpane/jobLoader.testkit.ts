import { JOBS, type JobDeclaration, type JobDefinition } from "../../core/index";
import { CodeLoadError, type JobLoader, type LoadedJob } from "../jobLoader";
import { runJob } from "../runJob";

/** A {@link JobLoader} over definitions in memory that records each load; `offline` makes loads fail as the network would. */
export interface FakeLoader extends JobLoader {
  /** The job ids asked for, one per load. */
  readonly loads: string[];
  /** While true, loads fail with a {@link CodeLoadError}. */
  offline: boolean;
  /** While set, loads wait for this promise first (to see what the pane shows meanwhile). */
  gate: Promise<void> | null;
}

/** A loader that hands out `jobs` (the registry's by default) with the add-in's own run, as the bundle's chunks would. */
export function fakeLoader(jobs: readonly JobDefinition[] = JOBS): FakeLoader {
  const loads: string[] = [];
  const loader = (async (declared: JobDeclaration): Promise<LoadedJob> => {
    loads.push(declared.id);
    if (loader.gate) await loader.gate;
    if (loader.offline) throw new CodeLoadError(declared.id, new Error("Loading chunk job failed."));
    const job = jobs.find((j) => j.id === declared.id);
    if (!job) throw new CodeLoadError(declared.id, new RangeError(`no job ${declared.id}`));
    return { job, runJob };
  }) as FakeLoader;
  Object.assign(loader, { loads, offline: false, gate: null });
  return loader;
}
