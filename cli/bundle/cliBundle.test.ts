import { execFile } from "node:child_process";
import { mkdir, mkdtemp, rm, stat, utimes, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import type { Metafile } from "esbuild";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCliBundle, type CliBuild } from "./buildCliBundle.mjs";
import {
  BUILD_RECORD_FILE,
  ENTRY_FILE,
  REPOSITORY_ROOT,
  isCliBundleCurrent,
  readBuildRecord,
  type BuildRecord,
} from "./cliBundle.mjs";
import { ensureCliBundle } from "./ensureCliBundle.mjs";

/** Modules only running a command needs: help and usage errors must not load them. */
function isCommandModule(input: string): boolean {
  return (
    /^core\/jobs\/(finance\/)?[^/]+\/job\.ts$/.test(input) ||
    /^core\/(index|runtime)\.ts$/.test(input) ||
    /^core\/jobs\/(registry|pipeline)\.ts$/.test(input) ||
    input.startsWith("core/demo/") ||
    /^cli\/(xlsx|demo)\//.test(input) ||
    input === "cli/commands/companyPlan.ts" ||
    input === "cli/runJobCommand.ts" ||
    input === "cli/writeJobOutput.ts" ||
    input === "cli/handinPdf.ts" ||
    input === "cli/soffice.ts" ||
    input === "cli/outputLines.ts" ||
    input === "cli/pdfLines.ts"
  );
}

/** The sources and packages the entry loads before it runs anything: its own and its static imports', all the way down. */
function loadedAtStart(metafile: Metafile): { sources: Set<string>; packages: Set<string> } {
  const outputs = metafile.outputs;
  const entry = Object.keys(outputs).find((path) => outputs[path]?.entryPoint === "cli/propdesk.ts");
  if (entry === undefined) throw new Error("the build has no output for cli/propdesk.ts");
  const sources = new Set<string>();
  const packages = new Set<string>();
  const seen = new Set<string>();
  const pending = [entry];
  for (let path = pending.pop(); path !== undefined; path = pending.pop()) {
    if (seen.has(path)) continue;
    seen.add(path);
    const output = outputs[path];
    if (output === undefined) throw new Error(`the build has no output ${path}`);
    for (const input of Object.keys(output.inputs)) sources.add(input);
    for (const { path: imported, kind, external } of output.imports) {
      if (kind !== "import-statement") continue;
      if (external) packages.add(imported);
      else pending.push(imported);
    }
  }
  return { sources, packages };
}

let dir: string;
let build: CliBuild;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-cli-bundle-"));
  build = await buildCliBundle({ outDir: join(dir, "built") });
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the command line's bundle", () => {
  it("starts without the jobs' code, the xlsx layer, the demo or ExcelJS; they load when a command runs", () => {
    const atStart = loadedAtStart(build.metafile);
    expect(atStart.sources).toContain("cli/main.ts");
    expect(atStart.sources).toContain("core/jobs/declarations.ts");
    expect([...atStart.sources].filter(isCommandModule)).toEqual([]);
    expect([...atStart.packages].filter((name) => !name.startsWith("node:"))).toEqual([]);

    const everywhere = Object.values(build.metafile.outputs);
    const allSources = new Set(everywhere.flatMap((output) => Object.keys(output.inputs)));
    const lazy = [
      "core/jobs/purchase-plan/job.ts",
      "cli/runJobCommand.ts",
      "cli/demo/runDemo.ts",
      "cli/commands/companyPlan.ts",
    ];
    for (const source of lazy) expect(allSources).toContain(source);
    // The commands read and write .xlsx packages themselves: ExcelJS is in no chunk at all.
    const lazyImports = everywhere.flatMap((output) => output.imports);
    expect(lazyImports).not.toContainEqual(expect.objectContaining({ path: "exceljs" }));
  });

  it("records what it wrote and every source it read, the build script among them", () => {
    const record = readBuildRecord(build.outDir);
    expect(record?.outputs.at(-1)).toBe(ENTRY_FILE);
    expect(record?.outputs).toEqual(expect.arrayContaining(build.outputs));
    expect(Object.keys(record?.sources ?? {})).toEqual(
      expect.arrayContaining([
        "cli/propdesk.ts",
        "cli/main.ts",
        "core/light.ts",
        "cli/bundle/buildCliBundle.mjs",
      ]),
    );
  });

  it("is current until a source it names changes or is gone, or a file it wrote is gone", async () => {
    const outDir = join(dir, "recorded");
    await mkdir(join(outDir, "chunks"), { recursive: true });
    await writeFile(join(outDir, ENTRY_FILE), "");
    await writeFile(join(outDir, "chunks/a.mjs"), "");
    const source = join(dir, "source.ts");
    await writeFile(source, "export {};\n");
    const named = relative(REPOSITORY_ROOT, source);
    const record = async (sources: Record<string, number>) =>
      writeFile(
        join(outDir, BUILD_RECORD_FILE),
        JSON.stringify({ outputs: ["chunks/a.mjs", ENTRY_FILE], sources } satisfies BuildRecord),
      );
    const { mtimeMs } = await stat(source);
    await record({ [named]: mtimeMs });
    expect(isCliBundleCurrent(outDir)).toBe(true);

    await utimes(source, new Date(2026, 0, 1), new Date(2026, 0, 1));
    expect(isCliBundleCurrent(outDir)).toBe(false);
    await record({ [named]: (await stat(source)).mtimeMs });
    expect(isCliBundleCurrent(outDir)).toBe(true);

    await record({ [named]: (await stat(source)).mtimeMs, [`${named}.gone`]: 1 });
    expect(isCliBundleCurrent(outDir)).toBe(false);
    await record({ [named]: -1 });
    expect(isCliBundleCurrent(outDir)).toBe(false);

    await record({ [named]: (await stat(source)).mtimeMs });
    await rm(join(outDir, "chunks/a.mjs"));
    expect(isCliBundleCurrent(outDir)).toBe(false);
  });

  it("is built when missing, then runs on its own: --help from a folder with no node_modules near it", async () => {
    const entry = await ensureCliBundle(join(dir, "ensured"));
    expect(readBuildRecord(join(dir, "ensured"))?.outputs).toContain(ENTRY_FILE);
    const run = await new Promise<{ code: number; stdout: string }>((done) =>
      execFile(
        process.execPath,
        [entry, "--help", "--today", "2026-12-04", "--lang", "en"],
        (error, stdout) =>
          done({ code: typeof error?.code === "number" ? error.code : error ? 1 : 0, stdout }),
      ),
    );
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("propdesk <job> <workbook.xlsx> [options]");
    expect(run.stdout).toContain("purchase-plan");
  });
});
