import { execFile } from "node:child_process";
import { resolve } from "node:path";

/** What one run of the command line gave. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const BIN = resolve(import.meta.dirname, "../../cli/bin.mjs");

/** Runs `propdesk <args>` as a user would (a separate Node process), never throwing on a non-zero exit. */
export function runCli(args: string[], cwd?: string): Promise<CliRun> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
