/** The reference a case is measured against, timed in the same run on the same data. */
export interface Baseline<D, B = unknown> {
  label: string;
  /** Untimed preparation before the first run (loading data into an engine, say). */
  setup?(data: D): Promise<void>;
  /** The timed work. */
  run(data: D): Promise<B>;
  /** Untimed clean-up after the last run. */
  teardown?(data: D): Promise<void>;
}

/** One benchmark: data made per size, the core's work on it, and a baseline doing the same job. */
export interface BenchCase<D, C = unknown, B = unknown> {
  name: string;
  description: string;
  /** Default sizes in rows; `--sizes` overrides them. */
  sizes: number[];
  make(size: number): D;
  /** The timed work (awaited when it returns a promise). */
  runCore(data: D): C | Promise<C>;
  baseline: Baseline<D, B>;
  /** Throws when the core's result and the baseline's disagree; called once per size before timing. */
  check?(core: C, baseline: B): void;
  /** Figures besides time to print for a size (e.g. syncs and payload bytes), from the untimed run's result. */
  figures?(core: C): string;
}

/** A case whose data and result types are no longer known to the caller. */
export type AnyBenchCase = BenchCase<unknown, unknown, unknown>;

const cases: AnyBenchCase[] = [];

/** Adds a case to the registry; names must be unique. */
export function registerCase<D, C, B>(benchCase: BenchCase<D, C, B>): void {
  if (cases.some((c) => c.name === benchCase.name))
    throw new Error(`bench case "${benchCase.name}" is registered twice`);
  cases.push(benchCase as AnyBenchCase);
}

/** The registered cases, in registration order. */
export function registeredCases(): readonly AnyBenchCase[] {
  return cases;
}
