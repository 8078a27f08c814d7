import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { ensureCliBundle } from "../../cli/bundle/ensureCliBundle.mjs";

/** What one run of the command line gave. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

const BIN = resolve(import.meta.dirname, "../../cli/bin.mjs");

/**
 * Runs `propdesk <args>` as a user would (cli/bin.mjs, which runs the bundle, in a separate Node process), never
 * throwing on a non-zero exit. The bundle is brought up to date here first, so a run never builds it and its stderr
 * is the command's own. `env` replaces the process's environment variables of those names (`PATH`, say).
 */
export async function runCli(
  args: string[],
  cwd?: string,
  env: Record<string, string> = {},
): Promise<CliRun> {
  await ensureCliBundle();
  return new Promise((done) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd, env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        const code = error && typeof error.code === "number" ? error.code : error ? 1 : 0;
        done({ code, stdout, stderr });
      },
    );
  });
}
