import { mkdirSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as esbuild from "esbuild";
import {
  BUILD_RECORD_FILE,
  CLI_BUNDLE_DIR,
  ENTRY_FILE,
  REPOSITORY_ROOT,
  readBuildRecord,
} from "./cliBundle.mjs";

/**
 * Builds the command line into plain JavaScript with esbuild: `<outDir>/propdesk.mjs` (ESM, Node 20, source maps)
 * and the chunks it imports, split so that what a command needs loads only when it runs (each `import()` in
 * cli/ and core/ starts a chunk). Run as a script (`npm run build:cli`) it builds dist-cli/ afresh.
 *
 * Several processes may build at once (tests spawning the command line while a source changes), so every file is
 * written whole under a temporary name and renamed into place, chunks first (their names carry a hash of their
 * content), then the entry, then the build record; chunks that neither this build nor the one before uses are
 * deleted once they are old enough that no process started on an older entry can still be loading them.
 */

/**
 * Packages imported from node_modules when a command runs, not bundled: ExcelJS is large CommonJS (bundled, the
 * build takes four times as long) and on its way out (issue 17). The rest (decimal.js, chinese-days) is bundled.
 */
const UNBUNDLED_PACKAGES = ["exceljs"];

/** The bundle's chunks, under its folder. */
const CHUNKS_DIR = "chunks";

/** A chunk neither of the last two builds uses is deleted only once it is this old. */
const KEEP_UNUSED_CHUNK_MS = 60_000;

/** A source modified this soon before the build started may not be in it (file times are coarse): marked changed. */
const MODIFIED_DURING_BUILD_MS = 100;

/** This script, relative to the repository: changing the build's options makes the bundle stale. */
const BUILD_SCRIPT = relative(REPOSITORY_ROOT, fileURLToPath(import.meta.url));

/**
 * Builds the command line into `outDir` (dist-cli/ unless given) and records what it was built from.
 * @param {{ outDir?: string }} [options]
 * @returns {Promise<import("./buildCliBundle.d.mts").CliBuild>}
 */
export async function buildCliBundle({ outDir = CLI_BUNDLE_DIR } = {}) {
  const started = Date.now();
  const result = await esbuild.build({
    absWorkingDir: REPOSITORY_ROOT,
    entryPoints: { propdesk: "cli/propdesk.ts" },
    bundle: true,
    splitting: true,
    format: "esm",
    platform: "node",
    target: "node20",
    sourcemap: true,
    outdir: outDir,
    entryNames: "[name]",
    chunkNames: `${CHUNKS_DIR}/[name]-[hash]`,
    outExtension: { ".js": ".mjs" },
    external: UNBUNDLED_PACKAGES,
    metafile: true,
    write: false,
    logLevel: "silent",
  });
  const entry = join(outDir, ENTRY_FILE);
  const writtenLast = (/** @type {string} */ path) => (path === entry ? 2 : path === `${entry}.map` ? 1 : 0);
  const files = [...result.outputFiles].sort((a, b) => writtenLast(a.path) - writtenLast(b.path));
  for (const file of files) writeWhole(file.path, file.contents);
  const outputs = files.map((file) => relative(outDir, file.path).split("\\").join("/"));
  const previous = readBuildRecord(outDir);
  /** @type {Record<string, number>} */
  const sources = {};
  for (const source of [...Object.keys(result.metafile.inputs), BUILD_SCRIPT]) {
    const { mtimeMs } = statSync(join(REPOSITORY_ROOT, source));
    sources[source] = mtimeMs < started - MODIFIED_DURING_BUILD_MS ? mtimeMs : -1;
  }
  writeWhole(join(outDir, BUILD_RECORD_FILE), `${JSON.stringify({ outputs, sources }, null, 1)}\n`);
  deleteUnusedChunks(outDir, new Set([...outputs, ...(previous?.outputs ?? [])]));
  return { outDir, entry, outputs, metafile: result.metafile, ms: Date.now() - started };
}

/**
 * Writes a file under a temporary name and renames it into place, so no reader sees it half written.
 * @param {string} path
 * @param {Uint8Array | string} contents
 */
function writeWhole(path, contents) {
  mkdirSync(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, contents);
  renameSync(temporary, path);
}

/**
 * Deletes the files of `<outDir>/chunks` that are not `kept` and were written long enough ago.
 * @param {string} outDir
 * @param {Set<string>} kept the outputs to keep, relative to `outDir`
 */
function deleteUnusedChunks(outDir, kept) {
  const dir = join(outDir, CHUNKS_DIR);
  const now = Date.now();
  const names = statSync(dir, { throwIfNoEntry: false }) === undefined ? [] : readdirSync(dir);
  for (const name of names) {
    if (kept.has(`${CHUNKS_DIR}/${name}`)) continue;
    const path = join(dir, name);
    const stat = statSync(path, { throwIfNoEntry: false });
    if (stat !== undefined && now - stat.mtimeMs > KEEP_UNUSED_CHUNK_MS) rmSync(path, { force: true });
  }
}

// `npm run build:cli`: a clean build of dist-cli/.
if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  rmSync(CLI_BUNDLE_DIR, { recursive: true, force: true });
  const build = await buildCliBundle();
  const entry = relative(process.cwd(), build.entry);
  console.log(`built ${entry} and ${build.outputs.length - 1} more files in ${build.ms} ms`);
}
