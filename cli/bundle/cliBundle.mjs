import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Where the command line's bundle lives and whether it is current. Plain JavaScript: cli/bin.mjs reads this
 * before anything is compiled. The bundle is current when its build record names every source it was built
 * from (cli/, core/, the packages bundled in, the build script) with the modification time each still has.
 */

/** The repository's root folder. */
export const REPOSITORY_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** The folder `npm run build:cli` writes the bundle to (gitignored): the entry, `chunks/` and the build record. */
export const CLI_BUNDLE_DIR = join(REPOSITORY_ROOT, "dist-cli");

/** The bundle's entry file in a bundle folder; running it runs the command line on the process's arguments. */
export const ENTRY_FILE = "propdesk.mjs";

/** The build record's file in a bundle folder: the outputs written and each source's modification time. */
export const BUILD_RECORD_FILE = "build.json";

/**
 * The build record of the bundle in `dir`, or undefined when there is none (or it cannot be read).
 * @param {string} dir
 * @returns {import("./cliBundle.d.mts").BuildRecord | undefined}
 */
export function readBuildRecord(dir) {
  try {
    return JSON.parse(readFileSync(join(dir, BUILD_RECORD_FILE), "utf8"));
  } catch {
    return undefined;
  }
}

/**
 * True when the bundle in `dir` is whole and was built from the sources as they are now: every file it wrote is
 * there, and every source it names still has the modification time it had when it was read (a source changed,
 * deleted or written during the build makes it stale).
 * @param {string} [dir]
 * @returns {boolean}
 */
export function isCliBundleCurrent(dir = CLI_BUNDLE_DIR) {
  const record = readBuildRecord(dir);
  if (record === undefined) return false;
  for (const output of record.outputs)
    if (statSync(join(dir, output), { throwIfNoEntry: false }) === undefined) return false;
  for (const [source, mtimeMs] of Object.entries(record.sources)) {
    const stat = statSync(join(REPOSITORY_ROOT, source), { throwIfNoEntry: false });
    if (stat?.mtimeMs !== mtimeMs) return false;
  }
  return true;
}
