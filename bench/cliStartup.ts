/**
 * `npm run bench:cli`: how long the command line takes to start, show help and refuse a bad command line, through
 * the bundle (`node cli/bin.mjs`, what `propdesk` runs) and through tsx (`node cli/run-ts.mjs cli/propdesk.ts`) in
 * the same run, each a fresh process. Prints the section and writes it into bench/results.md under
 * "## CLI start-up" (the rest of the file is kept). Exits with 1 when `propdesk --help` misses the target.
 */
import { spawnSync } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { ensureCliBundle } from "../cli/bundle/ensureCliBundle.mjs";
import { median } from "./measure";
import {
  CLI_STARTUP_HEADING,
  STARTUP_COMMANDS,
  STARTUP_TARGET_MS,
  formatStartupSection,
  type StartupRow,
} from "./cliStartupReport";
import { withSection } from "./resultsSection";

const root = resolve(import.meta.dirname, "..");

/** Timed runs per command and way; two more run first, untimed, so the file cache is warm. */
const RUNS = 15;

/** Node's arguments that run the command line as `propdesk` does: through the bundle. */
const BUNDLE = ["cli/bin.mjs"];
/** Node's arguments that run the same sources through tsx, as cli/bin.mjs did before the bundle. */
const TSX_PATH = ["cli/run-ts.mjs", "cli/propdesk.ts"];

/** Runs `node <args>` once from the repository and returns its wall time in ms; throws on an unexpected exit code. */
function timeRun(args: readonly string[], exitCode: number): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, args, { cwd: root, encoding: "utf8" });
  const elapsed = performance.now() - start;
  if (run.status !== exitCode)
    throw new Error(`node ${args.join(" ")} exited with ${run.status}, not ${exitCode}: ${run.stderr}`);
  return elapsed;
}

/**
 * The median wall times of several `node <args>` over {@link RUNS} rounds, each round running each once (so load
 * that comes and goes weighs on all alike), after two untimed rounds.
 */
function medianRuns(ways: readonly (readonly string[])[], exitCode: number): number[] {
  for (let i = 0; i < 2; i++) for (const args of ways) timeRun(args, exitCode);
  const samples = ways.map((): number[] => []);
  for (let i = 0; i < RUNS; i++) ways.forEach((args, way) => samples[way]?.push(timeRun(args, exitCode)));
  return samples.map(median);
}

async function main(): Promise<void> {
  await ensureCliBundle();
  const started = new Date();
  const [nodeMs = 0] = medianRuns([["-e", "0"]], 0);
  const rows: StartupRow[] = STARTUP_COMMANDS.map((command) => {
    const [bundleMs = 0, tsxMs = 0] = medianRuns(
      [
        [...BUNDLE, ...command.args],
        [...TSX_PATH, ...command.args],
      ],
      command.exitCode,
    );
    return { command, bundleMs, tsxMs };
  });
  const section = formatStartupSection({ rows, nodeMs, runs: RUNS }, started);
  console.log(section);
  const path = fileURLToPath(new URL("./results.md", import.meta.url));
  const old = await readFile(path, "utf8").catch(() => "");
  await writeFile(path, withSection(old, CLI_STARTUP_HEADING, section));
  console.log(`written to ${path}`);
  const help = rows.find((row) => row.command.args.join(" ") === "--help");
  if (help !== undefined && help.bundleMs >= STARTUP_TARGET_MS) {
    console.error(
      `propdesk --help took ${Math.round(help.bundleMs)} ms, over the ${STARTUP_TARGET_MS} ms target`,
    );
    process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
