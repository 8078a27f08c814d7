import { spawn } from "node:child_process";
import { resolve } from "node:path";
import { PREVIEW_URL_LINE } from "../../scripts/preview-server";

/** A running `npm run preview` (scripts/preview-server.ts) in its own Node process. */
export interface PreviewServer {
  /** The preview page's URL as the server printed it, e.g. `http://localhost:41234/preview.html`. */
  url: string;
  /** Everything the server printed so far. */
  output(): string;
  /** Sends SIGTERM and resolves to the exit code (0 when it shut down cleanly). */
  stop(): Promise<number | string | null>;
}

const ROOT = resolve(import.meta.dirname, "../..");

/** Starts the preview server as a user would (`node cli/run-ts.mjs scripts/preview-server.ts ...args`), resolving once it prints its URL. */
export async function startPreviewServer(args: string[], timeoutMs = 90_000): Promise<PreviewServer> {
  const child = spawn(process.execPath, ["cli/run-ts.mjs", "scripts/preview-server.ts", ...args], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const exited = new Promise<number | string | null>((done) =>
    child.once("exit", (code, signal) => done(code ?? signal)),
  );
  child.stdout.setEncoding("utf8");
  child.stderr.setEncoding("utf8");
  child.stderr.on("data", (chunk: string) => (output += chunk));
  const url = await new Promise<string>((done, fail) => {
    const timer = setTimeout(() => {
      child.kill("SIGTERM");
      fail(new Error(`the preview server printed no URL within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    child.stdout.on("data", (chunk: string) => {
      output += chunk;
      const match = PREVIEW_URL_LINE.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    });
    void exited.then((code) => {
      clearTimeout(timer);
      fail(new Error(`the preview server exited (${String(code)}) before printing its URL:\n${output}`));
    });
  });
  return {
    url,
    output: () => output,
    stop: () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
