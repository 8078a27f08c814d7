import { main } from "../../cli/main";
import type { CliRun } from "./runCli";

/** A run of the command line inside the test's process: what it printed, its exit code, how long it took. */
export interface InProcessRun extends CliRun {
  milliseconds: number;
  /** The exception that escaped `main` (a crash: anything but a clean refusal), if one did. */
  crash: unknown;
}

/**
 * Runs `propdesk <args>` through `main` in this process, stdout and stderr captured (and stderr shown as no
 * terminal, as a pipe or a log is), so many runs cost no process start each. A crash is caught and returned.
 */
export async function inProcessCli(args: string[]): Promise<InProcessRun> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const { stdout: out, stderr: err } = process;
  const writeOut = out.write;
  const writeErr = err.write;
  const terminal = Object.getOwnPropertyDescriptor(err, "isTTY");
  const capture = (into: string[]) =>
    ((chunk: string | Uint8Array) => {
      into.push(typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8"));
      return true;
    }) as typeof out.write;
  out.write = capture(stdout);
  err.write = capture(stderr);
  Object.defineProperty(err, "isTTY", { value: false, configurable: true });
  const started = performance.now();
  let code = 1;
  let crash: unknown = null;
  try {
    code = await main(args);
  } catch (error) {
    crash = error ?? new Error("a crash without an error");
  } finally {
    out.write = writeOut;
    err.write = writeErr;
    if (terminal === undefined) delete (err as { isTTY?: boolean }).isTTY;
    else Object.defineProperty(err, "isTTY", terminal);
  }
  return {
    code,
    stdout: stdout.join(""),
    stderr: stderr.join(""),
    milliseconds: performance.now() - started,
    crash,
  };
}
