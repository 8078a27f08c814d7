import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";

/** One run of a Node child process: its wall time, its peak memory, and how it ended. */
export interface ChildRun {
  /** From spawning to exit, as the parent saw it, in milliseconds. */
  wallMs: number;
  /** The child's peak resident set size in MiB, or null when it could not be had (the child was killed). */
  peakRssMiB: number | null;
  /** Exit code, or null when a signal ended it. */
  exitCode: number | null;
  signal: NodeJS.Signals | null;
  /** True when the child was killed for running past its time limit. */
  timedOut: boolean;
  stdout: string;
  stderr: string;
}

/** How a child is run. */
export interface ChildOptions {
  cwd: string;
  /** Killed (its whole process group) after this many milliseconds. */
  timeoutMs?: number;
}

/** GNU time, which reports a command's peak RSS (`%M`, in KiB) from the kernel's accounting. */
const GNU_TIME = "/usr/bin/time";

/** How the peak RSS is measured on this machine, in a few words. */
export const PEAK_RSS_SOURCE = existsSync(GNU_TIME)
  ? "`/usr/bin/time -f %M` (the kernel's maxrss of the node process)"
  : "`process.resourceUsage().maxRSS` at the child's exit, reported by an `--import`ed hook";

/** The hook used without GNU time: writes the process's peak RSS in KiB to the file named in the environment. */
const RSS_HOOK =
  "data:text/javascript," +
  encodeURIComponent(
    'import{writeFileSync}from"node:fs";' +
      'process.on("exit",()=>writeFileSync(process.env.PROPDESK_BENCH_RSS_FILE,String(process.resourceUsage().maxRSS)));',
  );

/** Runs `node <args>` as a child process of its own and measures it: wall time from the parent, peak RSS of the child. */
export async function runNodeChild(args: readonly string[], options: ChildOptions): Promise<ChildRun> {
  const dir = await mkdtemp(join(tmpdir(), "propdesk-bench-rss-"));
  const rssFile = join(dir, "maxrss");
  try {
    const [command, commandArgs] = existsSync(GNU_TIME)
      ? [GNU_TIME, ["-f", "%M", "-o", rssFile, process.execPath, ...args]]
      : [process.execPath, [`--import=${RSS_HOOK}`, ...args]];
    const start = performance.now();
    const child = spawn(command, commandArgs, {
      cwd: options.cwd,
      env: { ...process.env, PROPDESK_BENCH_RSS_FILE: rssFile },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (text: string) => (stdout += text));
    child.stderr.setEncoding("utf8").on("data", (text: string) => (stderr += text));
    let timedOut = false;
    const timer =
      options.timeoutMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
          }, options.timeoutMs);
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done, fail) => {
      child.on("error", fail);
      child.on("close", (exitCode, exitSignal) => done([exitCode, exitSignal]));
    });
    const wallMs = performance.now() - start;
    clearTimeout(timer);
    const report = await readFile(rssFile, "utf8").catch(() => "");
    const kib = lastNumber(report);
    return {
      wallMs,
      peakRssMiB: kib === null ? null : kib / 1024,
      ...exitOf(code, signal, report),
      timedOut,
      stdout,
      stderr,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * How the node process ended. GNU time exits with the command's code, and with 128 + n when signal n killed
 * it, writing "Command terminated by signal n" into its report; the signal is given back as the node process's.
 */
function exitOf(
  code: number | null,
  signal: NodeJS.Signals | null,
  report: string,
): Pick<ChildRun, "exitCode" | "signal"> {
  const killed = /Command terminated by signal (\d+)/.exec(report);
  if (killed === null) return { exitCode: code, signal };
  const n = Number(killed[1]);
  const name = Object.entries(constants.signals).find(([, number]) => number === n)?.[0];
  return { exitCode: null, signal: (name as NodeJS.Signals | undefined) ?? null };
}

/** The last whole number on its own line of `text` (GNU time's `%M` follows any notes of its own), or null. */
function lastNumber(text: string): number | null {
  const lines = text.trim().split("\n");
  const last = lines[lines.length - 1]?.trim() ?? "";
  return /^\d+$/.test(last) ? Number(last) : null;
}
