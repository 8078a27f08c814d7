import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOB_DECLARATIONS } from "../core/light";
import { HOSTILE_CASES, type HostileCase } from "./fixtures/hostile/hostileCases";
import { HOSTILE_TODAY } from "./fixtures/hostile/baseWorkbook";
import { readBookFile } from "../cli/xlsx/readBook";
import { inProcessCli } from "./helpers/inProcessCli";
import { measuredCliRun } from "./helpers/measuredCliRun";
import { formulasFromInput, inputPackage, lostInCopy, type InputPackage } from "./helpers/outputCopyChecks";

/** Issue 18's budget for every command on every file. */
const MAX_SECONDS = 20;
const MAX_BYTES = 1024 ** 3;
/** Text of the corpus that must never become a formula. */
const HOSTILE_TEXT = /HOSTILE|cmd\||calc/i;
const CORPUS = resolve(import.meta.dirname, "fixtures/hostile");
const COMMANDS = [...JOB_DECLARATIONS.map((job) => job.id), "company-plan"];

/** Garbage collection on demand, so one case's garbage does not count against the next case's memory. */
function collectGarbage(): void {
  setFlagsFromString("--expose-gc");
  (runInNewContext("gc") as () => void)();
}

function peakBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}

/** The case's file: the one kept in the corpus folder, else made now (the large ones are not kept). */
async function corpusFile(hostile: HostileCase, dir: string): Promise<string> {
  const kept = join(CORPUS, hostile.file);
  if (existsSync(kept)) return kept;
  const made = join(dir, hostile.file);
  await writeFile(made, await hostile.make());
  return made;
}

function commandArgs(command: string, input: string, out: string): string[] {
  return command === "company-plan"
    ? [command, input, "--month", "2027-01", "-o", out]
    : [command, input, "--today", HOSTILE_TODAY, "-o", out];
}

describe("the hostile corpus (issue 18): every command on every file", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-hostile-"));
    await mkdir(join(dir, "out"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each(HOSTILE_CASES.map((c) => [c.file, c] as const))(
    "%s: exit 0, or 2 with one line; in time and memory; input untouched, kept whole in the copy, no formula from its text",
    async (file, hostile) => {
      const input = await corpusFile(hostile, dir);
      const before = await readFile(input);
      let read: Promise<InputPackage> | undefined;
      collectGarbage();
      for (const command of COMMANDS) {
        const out = join(dir, "out", `${file}.${command}.xlsx`);
        const run = await inProcessCli(commandArgs(command, input, out));
        const what = `${command} on ${file}`;
        expect(run.crash, what).toBeNull();
        expect([0, 2], what).toContain(run.code);
        expect(run.milliseconds / 1000, what).toBeLessThan(MAX_SECONDS);
        expect(peakBytes(), what).toBeLessThan(MAX_BYTES);
        if (run.code === 2) {
          expect(run.stderr.trimEnd().split("\n"), what).toHaveLength(1);
          expect(run.stderr, what).toMatch(/^propdesk: /);
          if (hostile.mentions !== undefined) expect(run.stderr, what).toMatch(hostile.mentions);
        }
        if (hostile.expect === "refuse") expect(run.code, what).toBe(2);
        if (run.code === 0 && command !== "company-plan") {
          const output = await readFile(out);
          read ??= inputPackage(before);
          expect(await lostInCopy(await read, output), what).toEqual([]);
          expect(formulasFromInput(await read, output, HOSTILE_TEXT), what).toEqual([]);
        }
      }
      expect(sha256(await readFile(input)), `${file} after every command`).toBe(sha256(before));
    },
  );
});

describe("a user's copy of PropDesk's sheet (issue 18)", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-hostile-copy-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("is read as the user's sheet and never overwritten: the job writes its own sheet beside it", async () => {
    const input = join(CORPUS, "copied-propdesk-sheet.xlsx");
    const copy = "采购计划 2027-01 (2)";
    const book = await readBookFile(input);
    expect(book.sheets.find((s) => s.name === copy)?.ownerKey).toBeUndefined();
    const out = join(dir, "out.xlsx");
    const run = await inProcessCli(commandArgs("purchase-plan", input, out));
    expect(run.code).toBe(0);
    const before = await inputPackage(await readFile(input));
    const output = await readFile(out);
    expect(await lostInCopy(before, output)).toEqual([]);
    const written = await readBookFile(out);
    expect(written.sheets.find((s) => s.name === copy)?.ownerKey).toBeUndefined();
    expect(written.sheets.find((s) => s.name === "采购计划 2027-01")?.ownerKey).toBe(
      "purchase-plan/plan/2027-01",
    );
  });
});

describe("the hostile corpus through the command line's own process", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-hostile-spawned-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it.each([
    ["zip-bomb-lying.xlsx", 2],
    ["many-cells.xlsx", 2],
    ["stray-value-xfd1048576.xlsx", 2],
    ["renamed-xls.xlsx", 2],
    ["merges-overlapping.xlsx", 0],
    ["copied-propdesk-sheet.xlsx", 0],
  ] as const)(
    "%s: exit %i, one stderr line for a refusal, no stack trace, in time and under 1 GB",
    async (file, code) => {
      const hostile = HOSTILE_CASES.find((c) => c.file === file);
      if (hostile === undefined) throw new Error(`no case ${file}`);
      const input = await corpusFile(hostile, dir);
      const run = await measuredCliRun(commandArgs("purchase-plan", input, join(dir, `${file}.out.xlsx`)));
      expect(run.code).toBe(code);
      expect(run.stderr).not.toMatch(/\n\s+at /);
      if (code === 2) expect(run.stderr.trimEnd().split("\n")).toHaveLength(1);
      expect(run.seconds).toBeLessThan(MAX_SECONDS);
      if (run.peakBytes !== null) expect(run.peakBytes).toBeLessThan(MAX_BYTES);
    },
  );
});
