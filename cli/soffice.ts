import { spawn } from "node:child_process";
import { accessSync, constants } from "node:fs";
import { mkdir, mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";

/** How long one conversion may take before LibreOffice is stopped. */
const CONVERSION_TIMEOUT_MS = 180_000;

/** LibreOffice's `soffice` as the PATH finds it, or undefined when no folder on the PATH holds it. */
export function sofficeOnPath(path = process.env["PATH"] ?? ""): string | undefined {
  for (const dir of path.split(delimiter)) {
    if (dir === "") continue;
    const candidate = join(dir, process.platform === "win32" ? "soffice.exe" : "soffice");
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      continue;
    }
  }
  return undefined;
}

/** How a conversion ended: the PDF it wrote, or why there is none. */
export type Conversion = { ok: true; pdf: string } | { ok: false; reason: string };

/**
 * Prints a workbook to PDF with headless LibreOffice (`--convert-to pdf`) into `outDir`, with a user profile of its
 * own so it runs beside a LibreOffice already open; the process group is killed after `timeoutMs`.
 */
export async function convertToPdf(
  soffice: string,
  workbook: string,
  outDir: string,
  timeoutMs = CONVERSION_TIMEOUT_MS,
): Promise<Conversion> {
  const profile = await mkdtemp(join(tmpdir(), "propdesk-soffice-"));
  try {
    await mkdir(outDir, { recursive: true });
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "pdf",
      "--outdir",
      outDir,
      workbook,
    ];
    const run = await runProcess(soffice, args, timeoutMs);
    const pdf = (await readdir(outDir)).find((name) => name.toLowerCase().endsWith(".pdf"));
    if (pdf !== undefined && run.code === 0) return { ok: true, pdf: join(outDir, pdf) };
    if (run.timedOut) return { ok: false, reason: `timed out after ${Math.round(timeoutMs / 1000)} s` };
    const said = run.stderr.trim().split("\n").at(-1) ?? "";
    return { ok: false, reason: `exit code ${String(run.code)}${said === "" ? "" : `: ${said}`}` };
  } finally {
    await rm(profile, { recursive: true, force: true });
  }
}

/** Runs a program in its own process group, killing the group if it outlives the timeout. */
function runProcess(
  command: string,
  args: string[],
  timeoutMs: number,
): Promise<{ code: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let timedOut = false;
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, timeoutMs);
    child.on("error", (error) => {
      clearTimeout(timer);
      resolve({ code: null, stderr: error.message, timedOut });
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stderr, timedOut });
    });
  });
}
