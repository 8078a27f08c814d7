import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, delimiter, join } from "node:path";
import { pathToFileURL } from "node:url";
import { readXlsxFile } from "../../cli/xlsx/readBook";
import type { CellValue } from "../../core/table/sheetData";

/** Places LibreOffice is looked for after the PATH. */
const KNOWN_LOCATIONS = ["/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice"];

/** How long one conversion may take before LibreOffice is killed. */
const TIMEOUT_MS = 120_000;

/** A user profile that makes Calc recalculate every formula when it loads a file, OOXML or ODF. */
const REGISTRY_MODIFICATIONS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The path of LibreOffice's `soffice` (or `libreoffice`) executable, or null when it is not installed. */
export function findSoffice(): string | null {
  const dirs = (process.env["PATH"] ?? "").split(delimiter).filter((d) => d !== "");
  for (const dir of dirs) {
    for (const name of ["soffice", "libreoffice"]) {
      const candidate = join(dir, name);
      if (existsSync(candidate)) return candidate;
    }
  }
  return KNOWN_LOCATIONS.find((p) => existsSync(p)) ?? null;
}

/**
 * Opens an `.xlsx` in headless LibreOffice, which recalculates every formula, and returns each sheet's
 * values from A1 as LibreOffice computed them (formula cells as their result, dates as serial numbers).
 */
export async function recalculateXlsx(inputPath: string): Promise<Map<string, CellValue[][]>> {
  const soffice = findSoffice();
  if (soffice === null) throw new Error("recalculateXlsx: LibreOffice (soffice) is not installed");
  const work = await mkdtemp(join(tmpdir(), "propdesk-lo-"));
  try {
    const inDir = join(work, "in");
    const outDir = join(work, "out");
    const profile = join(work, "profile");
    await Promise.all([mkdir(inDir), mkdir(outDir), mkdir(join(profile, "user"), { recursive: true })]);
    await writeFile(join(profile, "user", "registrymodifications.xcu"), REGISTRY_MODIFICATIONS);
    const input = join(inDir, basename(inputPath).replace(/\.[^.]*$/, "") + ".xlsx");
    await copyFile(inputPath, input);
    const args = [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      "--headless",
      "--norestore",
      "--nolockcheck",
      "--convert-to",
      "xlsx",
      "--outdir",
      outDir,
      input,
    ];
    const run = await runProcess(soffice, args, TIMEOUT_MS);
    const produced = (await readdir(outDir)).filter((f) => f.endsWith(".xlsx"));
    const output = produced[0];
    if (run.code !== 0 || output === undefined) {
      throw new Error(
        `recalculateXlsx: LibreOffice did not convert ${inputPath} ` +
          `(${describeFailure(run)}).\n` +
          `stderr: ${run.stderr.trim() || "(empty)"}\nstdout: ${run.stdout.trim() || "(empty)"}`,
      );
    }
    return await readGrids(join(outDir, output));
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** What a finished child process left behind. */
interface ProcessRun {
  code: number | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

/** Says in a few words why a LibreOffice run produced no workbook. */
function describeFailure(run: ProcessRun): string {
  if (run.timedOut) return `timed out after ${TIMEOUT_MS / 1000} s`;
  if (run.code !== 0) return `exit code ${String(run.code)}`;
  return "exit code 0 but no output file";
}

/** Runs a program in its own process group and kills the whole group if it outlives the timeout. */
function runProcess(command: string, args: string[], timeoutMs: number): Promise<ProcessRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    let timedOut = false;
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => {
      timedOut = true;
      if (child.pid !== undefined) {
        try {
          process.kill(-child.pid, "SIGKILL");
        } catch {
          child.kill("SIGKILL");
        }
      }
    }, timeoutMs);
    child.on("error", (err) => {
      clearTimeout(timer);
      reject(new Error(`recalculateXlsx: could not start ${command}: ${err.message}`));
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr, timedOut });
    });
  });
}

/** Reads every sheet of a workbook into a grid of plain cell values starting at A1, through the CLI's own reader. */
async function readGrids(path: string): Promise<Map<string, CellValue[][]>> {
  const { book } = await readXlsxFile(path);
  const grids = new Map<string, CellValue[][]>();
  for (const sheet of book.sheets) {
    const width = sheet.origin.column - 1 + Math.max(0, ...sheet.values.map((r) => r.length));
    const grid: CellValue[][] = Array.from({ length: sheet.origin.row - 1 + sheet.values.length }, () =>
      Array<CellValue>(width).fill(null),
    );
    sheet.values.forEach((row, r) =>
      row.forEach((value, c) => {
        grid[sheet.origin.row - 1 + r]![sheet.origin.column - 1 + c] = value;
      }),
    );
    grids.set(sheet.name, grid);
  }
  return grids;
}
