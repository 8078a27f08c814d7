import { statSync } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { cpus, loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { getHeapStatistics } from "node:v8";
import { ensureCliBundle } from "../../cli/bundle/ensureCliBundle.mjs";
import { MAX_ROW } from "../../cli/xlsx/read/cellReference";
import { PEAK_RSS_SOURCE, runNodeChild, type ChildRun } from "../childRun";
import {
  CLI_END_TO_END_HEADING,
  formatEndToEndSection,
  missedTargets,
  type PathOutcome,
  type EndToEndRow,
  type EndToEndTargets,
  type PathFigures,
} from "../cliEndToEndReport";
import {
  BENCH_WORKBOOK_DIR,
  ledgerWorkbook,
  requestWorkbook,
  type BenchWorkbook,
} from "../data/benchWorkbooks";
import { median } from "../measure";
import type { SectionCase } from "../sectionCases";

const root = resolve(import.meta.dirname, "../..");

/** Node's arguments for the command line as `propdesk` runs it: the bundle, through cli/bin.mjs. */
const FRESH = ["cli/bin.mjs"];
/** Node's arguments for the command line's path before issue 17. */
const BASELINE = ["cli/run-ts.mjs", "bench/excelJsPath.ts"];

/** Each job's options: fixed dates, so every run computes the same. */
const JOB_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  "purchase-plan": ["--month", "2027-01", "--today", "2026-12-01"],
  collection: ["--from", "2026-01", "--to", "2026-11", "--as-of", "2026-11-30", "--today", "2026-12-01"],
};

/** The ExcelJS path is killed after this long (it is then reported as not finishing). */
const BASELINE_TIMEOUT_MS = 180_000;

/** Department sheets of the request workbooks, as the 100,000-row workbook has them. */
const DEPARTMENTS = 10;
/** Request rows of a full sheet: rows 4 to 1,048,576 (a title, a label and the header above). */
const FULL_SHEET_ROWS = MAX_ROW - 3;
/** Units of the fee ledger: 1,010 x 3 fee types x 66 months = 199,980 charges, with 163,621 payments. */
const LEDGER_UNITS = 1_010;

/** The targets of issue 17 for 100,000 request rows, and for a full sheet. */
const TARGETS_100K: EndToEndTargets = { wallMs: 8_000, peakRssMiB: 1024, speedup: 10 };
const TARGETS_FULL_SHEET: EndToEndTargets = { peakRssMiB: 2048 };

/** One input: its workbook (made on first use), the job run on it, how often, and what becomes of the baseline. */
interface Input {
  workbook: () => Promise<BenchWorkbook>;
  job: string;
  /** Timed runs of the new path (after one untimed). */
  runs: number;
  targets: EndToEndTargets;
  /** Why the ExcelJS path is not run on it, when it is not. */
  baselineNotRun?: string;
}

/** A request workbook of `rows` rows in 10 department sheets, with the targets when it is the 100,000-row one. */
function requestInput(rows: number): Input {
  return {
    workbook: () => requestWorkbook(rows, DEPARTMENTS),
    job: "purchase-plan",
    runs: 5,
    targets: rows === 100_000 ? TARGETS_100K : {},
  };
}

/** What runs without `--sizes`: 20,000 and 100,000 request rows, the fee ledger, and a full sheet of requests. */
function defaultInputs(): Input[] {
  return [
    requestInput(20_000),
    requestInput(100_000),
    { workbook: () => ledgerWorkbook(LEDGER_UNITS), job: "collection", runs: 5, targets: {} },
    {
      workbook: async () => {
        const workbook = await requestWorkbook(FULL_SHEET_ROWS, 1);
        return {
          ...workbook,
          what: `full sheet: ${workbook.what} (rows to ${MAX_ROW.toLocaleString("en-US")})`,
        };
      },
      job: "purchase-plan",
      runs: 3,
      targets: TARGETS_FULL_SHEET,
      baselineNotRun:
        "the ExcelJS path runs out of memory from 300,000 request rows on (4.3 GiB after 73 s, measured once by hand)",
    },
  ];
}

/**
 * The command line end to end - read the .xlsx, run the job, write the output copy - each run a child process
 * (wall time, peak RSS), beside the command line's ExcelJS path before issue 17 in the same run. `--sizes`
 * gives request-row counts to run instead of the default inputs.
 */
export const cliEndToEnd: SectionCase = {
  name: "cliEndToEnd",
  heading: CLI_END_TO_END_HEADING,
  async run({ sizes, log }) {
    const started = new Date();
    const [loadAtStart = 0] = loadavg();
    const inputs = sizes === undefined ? defaultInputs() : sizes.map(requestInput);
    const outDir = await mkdtemp(join(tmpdir(), "propdesk-bench-out-"));
    try {
      const rows: EndToEndRow[] = [];
      for (const input of inputs) {
        const row = await measureInput(input, join(outDir, "out.xlsx"), log);
        rows.push(row);
        log(progressLine(row));
      }
      const section = formatEndToEndSection(
        rows,
        {
          freshCommand: `node ${FRESH.join(" ")} <job> <file> -o <out> [options]`,
          baselineCommand: `node ${BASELINE.join(" ")} <job> <file> -o <out> [options]`,
          rssSource: PEAK_RSS_SOURCE,
          workbookDir: BENCH_WORKBOOK_DIR,
          jobOptions: Object.fromEntries(
            Object.entries(JOB_OPTIONS).filter(([job]) => inputs.some((input) => input.job === job)),
          ),
          baselineTimeoutMs: BASELINE_TIMEOUT_MS,
          heapLimitMiB: getHeapStatistics().heap_size_limit / 2 ** 20,
          load: { start: loadAtStart, end: loadavg()[0] ?? 0, cpus: cpus().length },
        },
        started,
      );
      return { section, missed: rows.flatMap(missedTargets) };
    } finally {
      await rm(outDir, { recursive: true, force: true });
    }
  },
};

/** Measures one input: the new path `runs` times after one untimed run, then the ExcelJS path once. */
async function measureInput(input: Input, out: string, log: (line: string) => void): Promise<EndToEndRow> {
  log(`cliEndToEnd: preparing ${input.job} input (generated once, then cached in ${BENCH_WORKBOOK_DIR})`);
  const workbook = await input.workbook();
  const args = [input.job, workbook.path, "-o", out, ...(JOB_OPTIONS[input.job] ?? [])];
  const first = await freshRun(args, out);
  let fresh: PathOutcome = { kind: "failed", reason: `${exitText(first)}: ${lastLine(first.stderr)}` };
  if (succeeded(first)) {
    const samples: ChildRun[] = [];
    for (let i = 0; i < input.runs; i++) {
      const run = await freshRun(args, out);
      if (!succeeded(run))
        throw new Error(
          `node ${FRESH.join(" ")} ${args.join(" ")} failed (${exitText(run)}):\n${run.stderr}`,
        );
      samples.push(run);
    }
    const figures: PathFigures = {
      runs: samples.length,
      medianMs: median(samples.map((run) => run.wallMs)),
      peakRssMiB: Math.max(...samples.map((run) => run.peakRssMiB ?? Number.NaN)),
    };
    fresh = { kind: "measured", figures };
  }
  let baseline: PathOutcome;
  let sameSummary: boolean | null = null;
  if (input.baselineNotRun !== undefined) baseline = { kind: "not run", reason: input.baselineNotRun };
  else {
    const run = await baselineRun(args, out);
    baseline = baselineOutcome(run);
    if (baseline.kind === "measured" && fresh.kind === "measured")
      sameSummary = sameSummaryLines(run.stdout, first.stdout);
  }
  return {
    what: workbook.what,
    job: input.job,
    fileBytes: statSync(workbook.path).size,
    fresh,
    baseline,
    sameSummary,
    targets: input.targets,
  };
}

/**
 * One run of the command line through the bundle, the output deleted first. The bundle is brought up to date
 * untimed before the run; a run during which it was rebuilt (its sources changed meanwhile) is run again.
 */
async function freshRun(args: readonly string[], out: string): Promise<ChildRun> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const entry = await ensureCliBundle();
    const built = statSync(entry).mtimeMs;
    await rm(out, { force: true });
    const run = await runNodeChild([...FRESH, ...args], { cwd: root });
    if (statSync(entry).mtimeMs === built) return run;
  }
  throw new Error("the command line's bundle was rebuilt during each of 3 runs (its sources keep changing)");
}

/** One run of the ExcelJS path, the output deleted first, killed after {@link BASELINE_TIMEOUT_MS}. */
async function baselineRun(args: readonly string[], out: string): Promise<ChildRun> {
  await rm(out, { force: true });
  return runNodeChild([...BASELINE, ...args], { cwd: root, timeoutMs: BASELINE_TIMEOUT_MS });
}

/** True when a child exited with 0 and its peak RSS is known. */
function succeeded(run: ChildRun): boolean {
  return run.exitCode === 0 && run.peakRssMiB !== null;
}

/** The last non-empty line a child wrote to stderr (the command line's one-line refusal), cut to 160 characters. */
function lastLine(stderr: string): string {
  const lines = stderr.split("\n").filter((line) => line.trim() !== "");
  return (lines[lines.length - 1] ?? "").trim().slice(0, 160);
}

/** The ExcelJS path's figures, or why it did not finish. */
function baselineOutcome(run: ChildRun): PathOutcome {
  const after = `after ${(run.wallMs / 1000).toFixed(0)} s`;
  if (run.timedOut) return { kind: "failed", reason: `did not finish, killed ${after}` };
  if (/heap out of memory|Reached heap limit/i.test(run.stderr)) {
    const peak =
      run.peakRssMiB === null ? "" : ` at ${Math.round(run.peakRssMiB).toLocaleString("en-US")} MiB`;
    return { kind: "failed", reason: `out of memory ${after}${peak}` };
  }
  if (!succeeded(run) || run.peakRssMiB === null)
    return { kind: "failed", reason: `${exitText(run)} ${after}: ${lastLine(run.stderr)}` };
  return { kind: "measured", figures: { runs: 1, medianMs: run.wallMs, peakRssMiB: run.peakRssMiB } };
}

/** True when the ExcelJS path printed summary lines and the command line's output starts with the same lines. */
function sameSummaryLines(baselineStdout: string, freshStdout: string): boolean {
  const expected = baselineStdout.split("\n").filter((line) => line.trim() !== "");
  const got = freshStdout.split("\n").slice(0, expected.length);
  return expected.length > 0 && expected.every((line, i) => line === got[i]);
}

/** How a child ended, in a few words. */
function exitText(run: ChildRun): string {
  return run.signal !== null ? `killed by ${run.signal}` : `exit ${run.exitCode}`;
}

/** One input's figures on one line, as the bench goes. */
function progressLine(row: EndToEndRow): string {
  const path = (outcome: PathOutcome) =>
    outcome.kind === "measured"
      ? `${(outcome.figures.medianMs / 1000).toFixed(2)} s, ` +
        `${Math.round(outcome.figures.peakRssMiB).toLocaleString("en-US")} MiB (runs: ${outcome.figures.runs})`
      : `${outcome.kind}: ${outcome.reason}`;
  return `cliEndToEnd: ${row.what} (${row.job}): new ${path(row.fresh)}; ExcelJS ${path(row.baseline)}`;
}
