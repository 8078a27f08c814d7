import { cpus } from "node:os";
import type { AnyBenchCase } from "./harness";
import type { BenchRow } from "./runner";

const HEADER = [
  "case",
  "rows",
  "runs",
  "core ms",
  "core rows/s",
  "baseline",
  "baseline ms",
  "baseline rows/s",
  "speed core/baseline",
  "peak RSS MiB",
  "heap used MiB",
  "figures",
];

/** The results as a Markdown table, one line per case and size. */
export function formatTable(rows: readonly BenchRow[]): string {
  const lines = [
    tableLine(HEADER),
    tableLine(HEADER.map((_, i) => (i < 3 || i === 5 || i === HEADER.length - 1 ? "---" : "---:"))),
  ];
  for (const row of rows) {
    lines.push(
      tableLine([
        row.caseName,
        whole(row.size),
        String(row.core.runs),
        millis(row.core.medianMs),
        whole(perSecond(row.size, row.core.medianMs)),
        row.baselineLabel,
        millis(row.baseline.medianMs),
        whole(perSecond(row.size, row.baseline.medianMs)),
        `${(row.baseline.medianMs / row.core.medianMs).toFixed(2)}×`,
        row.peakRssMiB.toFixed(0),
        row.core.heapUsedMiB.toFixed(0),
        row.figures ?? "",
      ]),
    );
  }
  return lines.join("\n");
}

/** The whole `bench/results.md`: when and where it ran, what each case does, and the table. */
export function formatReport(rows: readonly BenchRow[], cases: readonly AnyBenchCase[], when: Date): string {
  const cpuList = cpus();
  const cpu = `${cpuList[0]?.model.trim() ?? "unknown"} × ${cpuList.length}`;
  return [
    "# PropDesk benchmarks",
    "",
    `- Date: ${when.toISOString()}`,
    `- Node: ${process.version} (${process.platform} ${process.arch})`,
    `- CPU: ${cpu}`,
    "",
    ...cases.map((c) => `- **${c.name}**: ${c.description}`),
    "",
    formatTable(rows),
    "",
    "Times are medians of the timed runs after an untimed warm-up (at least one run and 200 ms). Speed core/baseline is the baseline's",
    "time divided by the core's: above 1 the core is faster. Peak RSS is the whole process's so far (native",
    "memory included); heap used is the largest V8 heap right after a core run, garbage included.",
    "",
  ].join("\n");
}

/** One Markdown table line. */
function tableLine(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** Rows per second for a size done in a number of milliseconds. */
function perSecond(size: number, ms: number): number {
  return ms > 0 ? (size * 1000) / ms : Number.POSITIVE_INFINITY;
}

/** A whole number with thousands separators. */
function whole(n: number): string {
  return Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "∞";
}

/** Milliseconds with three significant digits below 100 and whole numbers above. */
function millis(ms: number): string {
  return ms >= 100 ? Math.round(ms).toLocaleString("en-US") : ms.toPrecision(3);
}
