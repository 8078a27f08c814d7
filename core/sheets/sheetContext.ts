/**
 * What every sheet of a run prints in its page header and title lines beside its own content: the project the
 * workbook is of, when it names one. Set by the pipeline around a job's run (like the run's exact sums), read by
 * the form builder; outside a run there is none.
 */
export interface SheetContext {
  project: string | null;
}

let current: SheetContext | null = null;

/** Runs `run` with `context` as the sheets' context. */
export function withSheetContext<T>(context: SheetContext, run: () => T): T {
  const outer = current;
  current = context;
  try {
    return run();
  } finally {
    current = outer;
  }
}

/** The project of the run under way, or null. */
export function contextProject(): string | null {
  return current?.project ?? null;
}
