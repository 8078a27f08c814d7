/** How long one piece of work took over several runs, and the memory it left in use. */
export interface Timing {
  /** Median wall time of the timed runs, in milliseconds. */
  medianMs: number;
  /** How many timed runs the median is taken over (after the untimed warm-up). */
  runs: number;
  /** Largest V8 heap in use right after a run, in MiB (garbage included). */
  heapUsedMiB: number;
}

const MIB = 1024 * 1024;

/** How many timed runs to take at a size: many for small inputs, few for large ones. */
export function runsFor(size: number): number {
  if (size <= 10_000) return 21;
  if (size <= 200_000) return 7;
  return 3;
}

/** Collects garbage first when Node runs with `--expose-gc`, so runs start from a similar heap. */
function collectGarbage(): void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc !== undefined) gc();
}

/** Untimed warm-up goes on until this much time is spent (at least one run), so small sizes are measured JIT-compiled. */
const WARM_UP_MS = 200;

/** Warms `work` up untimed, then times it `runs` times (awaiting it when it returns a promise) and returns the median. */
export async function measure(work: () => unknown, runs: number): Promise<Timing> {
  const warmUpStart = performance.now();
  do {
    await work();
  } while (performance.now() - warmUpStart < WARM_UP_MS);
  const samples: number[] = [];
  let heapUsed = 0;
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    await work();
    samples.push(performance.now() - start);
    heapUsed = Math.max(heapUsed, process.memoryUsage().heapUsed);
  }
  return { medianMs: median(samples), runs, heapUsedMiB: heapUsed / MIB };
}

/** The middle value of a list of numbers (the mean of the two middle ones for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error("median of no values");
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[mid - 1] ?? upper) + upper) / 2;
}

/** The process's peak resident set size so far, in MiB. */
export function peakRssMiB(): number {
  return (process.resourceUsage().maxRSS * 1024) / MIB;
}
