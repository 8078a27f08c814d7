import type { AnyBenchCase } from "./harness";
import { measure, peakRssMiB, runsFor } from "./measure";
import type { Timing } from "./measure";

/** One measured line: a case at one size, the core and the baseline timed on the same data. */
export interface BenchRow {
  caseName: string;
  size: number;
  core: Timing;
  baselineLabel: string;
  baseline: Timing;
  /** The process's peak RSS once this line was measured, in MiB (includes native memory such as DuckDB's). */
  peakRssMiB: number;
  /** The case's own figures for this size, if it reports any. */
  figures?: string;
}

/** What to run: which cases, and optionally sizes that replace every case's defaults. */
export interface RunOptions {
  cases: readonly AnyBenchCase[];
  sizes?: readonly number[];
  /** Called as soon as a line is measured, to show progress. */
  onRow?: (row: BenchRow) => void;
}

/**
 * Runs every case at every size: makes the data, prepares the baseline, runs both once untimed and
 * checks they agree, then times each (warm-up, then the median of several runs).
 */
export async function runBench(options: RunOptions): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const benchCase of options.cases) {
    for (const size of options.sizes ?? benchCase.sizes) {
      const row = await runOne(benchCase, size);
      rows.push(row);
      options.onRow?.(row);
    }
  }
  return rows;
}

/** Measures one case at one size. */
async function runOne(benchCase: AnyBenchCase, size: number): Promise<BenchRow> {
  const data = benchCase.make(size);
  const { baseline } = benchCase;
  await baseline.setup?.(data);
  try {
    const coreResult = await benchCase.runCore(data);
    const baselineResult = await baseline.run(data);
    benchCase.check?.(coreResult, baselineResult);
    const runs = runsFor(size);
    const core = await measure(() => benchCase.runCore(data), runs);
    const base = await measure(() => baseline.run(data), runs);
    const figures = benchCase.figures?.(coreResult);
    return {
      caseName: benchCase.name,
      size,
      core,
      baselineLabel: baseline.label,
      baseline: base,
      peakRssMiB: peakRssMiB(),
      ...(figures === undefined ? {} : { figures }),
    };
  } finally {
    await baseline.teardown?.(data);
  }
}
