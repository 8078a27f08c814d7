import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { resolve } from "node:path";
import { ensureCliBundle } from "../../cli/bundle/ensureCliBundle.mjs";
import type { CliRun } from "./runCli";

/** A run of the command line with what it cost: its wall time and, where `/usr/bin/time` is there, its peak memory. */
export interface MeasuredCliRun extends CliRun {
  seconds: number;
  /** Peak resident memory of the process in bytes, or null when it could not be measured. */
  peakBytes: number | null;
}

const BIN = resolve(import.meta.dirname, "../../cli/bin.mjs");
const TIME = "/usr/bin/time";
/** The line `/usr/bin/time` appends to stderr: the peak resident set in kilobytes, a marker before it. */
const MARK = "propdesk-measured-peak-kb:";

/**
 * Runs `propdesk <args>` as a user would (cli/bin.mjs in its own Node process, as `runCli` does) under
 * `/usr/bin/time`, so its peak memory is the process's own; stderr comes back without the measurement line.
 */
export async function measuredCliRun(args: string[], cwd?: string): Promise<MeasuredCliRun> {
  await ensureCliBundle();
  const measured = existsSync(TIME);
  const [command, commandArgs] = measured
    ? [TIME, ["-f", `${MARK}%M`, process.execPath, BIN, ...args]]
    : [process.execPath, [BIN, ...args]];
  const started = performance.now();
  return new Promise((done) => {
    execFile(command, commandArgs, { cwd, maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const seconds = (performance.now() - started) / 1000;
      const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
      const at = stderr.lastIndexOf(MARK);
      const peakBytes = at === -1 ? null : Number(stderr.slice(at + MARK.length).trim()) * 1024;
      const ownStderr =
        at === -1 ? stderr : stderr.slice(0, at).replace(/Command exited with non-zero status \d+\n$/, "");
      done({ code, stdout, stderr: ownStderr, seconds, peakBytes });
    });
  });
}
