import { expect } from "vitest";
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import type { CellValue } from "../../core/table/sheetData";
import { fileHash } from "./fileHash";
import { runCli } from "./runCli";

/** How a sheet was read, as `--json` prints it beside the issues. */
export interface JsonReading {
  sheet: string;
  table: string;
  role: string;
  headerRows: number[];
  columns: { column: string; key: string; field: string }[];
  counts: {
    read: number;
    rejected: number;
    skipped: { blank: number; header: number; total: number; section: number; notes: number };
  };
}

/** A report as `--json` prints it: the job's fields plus the issues with their messages, and the readings. */
export type JsonReport<R> = R & { issues: { code: string; message: string }[]; readings: JsonReading[] };

/** A golden fixture copied into a temporary folder, so a run can never touch the checked-in file. */
export interface FixtureCopy {
  dir: string;
  input: string;
  /** The copy's hash before any run, to prove the input is never modified. */
  inputHash: string;
  /** A path in the folder for an output workbook. */
  out(name: string): string;
  remove(): Promise<void>;
}

/** Copies a fixture workbook into a fresh temporary folder. */
export async function copyFixture(fixture: string, prefix: string): Promise<FixtureCopy> {
  const dir = await mkdtemp(join(tmpdir(), `propdesk-${prefix}-`));
  const input = join(dir, basename(fixture));
  await copyFile(fixture, input);
  return {
    dir,
    input,
    inputHash: await fileHash(input),
    out: (name) => join(dir, name),
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** Runs `propdesk <job> <args> --json` as a user would; the run must succeed without a stack trace. */
export async function jsonReport<R>(job: string, args: string[]): Promise<JsonReport<R>> {
  const run = await runCli([job, ...args, "--json"]);
  expect(run.stderr).not.toMatch(/at .*\.ts:\d+/);
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as JsonReport<R>;
}

/**
 * The report equals the hand-checked one; issues are compared without their messages, which must be there. The
 * readings (how each sheet was read) are not part of the hand-checked files: each sheet read is listed once.
 */
export function expectGoldenReport(
  report: { issues: { message: string }[]; readings?: JsonReading[] },
  expected: { issues: unknown[] },
): void {
  const { issues, readings, ...rest } = report;
  expect(readings).toBeDefined();
  const read = (readings ?? []).map((r) => `${r.sheet}/${r.role}`);
  expect(new Set(read).size).toBe(read.length);
  const { issues: expectedIssues, ...expectedRest } = expected;
  expect(rest).toEqual(expectedRest);
  expect(issues.map(({ message: _m, ...i }) => i)).toEqual(expectedIssues);
  for (const i of issues) expect(i.message.length).toBeGreaterThan(5);
}

/** Whole fen of a yuan figure, so money is compared exactly. */
export const fen = (yuan: string | number | null | undefined): number => Math.round(Number(yuan) * 100);

/** The rows of a (recalculated) grid whose first cell is `label`. */
export function rowsLabelled(grid: CellValue[][], label: string): CellValue[][] {
  return grid.filter((row) => row[0] === label);
}
