import { join, relative } from "node:path";
import { CLI_BUNDLE_DIR, ENTRY_FILE, isCliBundleCurrent } from "./cliBundle.mjs";

/** How long a build may take before the command line says on stderr that it is building. */
const NOTICE_AFTER_MS = 500;

/**
 * The path of the bundle's entry in `dir` (dist-cli/ unless given), built first when it is missing or older than
 * its sources (a fresh clone, a developer editing). esbuild is loaded only then; the build says so on stderr when
 * it takes longer than half a second.
 * @param {string} [dir]
 * @returns {Promise<string>}
 */
export async function ensureCliBundle(dir = CLI_BUNDLE_DIR) {
  const entry = join(dir, ENTRY_FILE);
  if (isCliBundleCurrent(dir)) return entry;
  const near = relative(process.cwd(), dir);
  const shown = near === "" || near.startsWith("..") ? dir : near;
  const notice = setTimeout(
    () => process.stderr.write(`propdesk: building the command line from its sources into ${shown} …\n`),
    NOTICE_AFTER_MS,
  );
  try {
    const { buildCliBundle } = await import("./buildCliBundle.mjs").catch((error) => {
      const reason = `its builder cannot load (${error.message})`;
      throw new Error(
        `the command line is not built and ${reason}; run \`npm ci\` and \`npm run build:cli\``,
      );
    });
    await buildCliBundle({ outDir: dir });
  } finally {
    clearTimeout(notice);
  }
  return entry;
}
