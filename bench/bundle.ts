/**
 * `npm run bench:bundle`: builds the add-in as `npm run build` does (production mode, into a temporary folder,
 * so dist/ is left alone), prints each entry's JavaScript minified and gzipped beside the baseline figures,
 * and writes that table into bench/results.md under "## Add-in bundle" (the rest of the file is kept).
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import { formatBundleSection, withBundleSection, type EntrySize } from "./bundleReport";

const root = resolve(import.meta.dirname, "..");

/** Builds the add-in in production mode into `outDir` and returns webpack's stats. */
async function buildProduction(outDir: string): Promise<webpack.Stats> {
  type MakeConfig = (env: object, argv: { mode: string }) => Promise<webpack.Configuration>;
  const { default: makeConfig } = (await import(pathToFileURL(join(root, "webpack.config.js")).href)) as {
    default: MakeConfig;
  };
  const config = await makeConfig({}, { mode: "production" });
  config.output = { ...config.output, path: outDir };
  const compiler = webpack(config);
  const stats = await new Promise<webpack.Stats | undefined>((done, fail) =>
    compiler.run((error, result) => (error ? fail(error) : done(result))),
  );
  await new Promise<void>((done) => compiler.close(() => done()));
  if (!stats) throw new Error("webpack gave no stats");
  if (stats.hasErrors()) throw new Error(`webpack failed:\n${stats.toString("errors-only")}`);
  return stats;
}

/** Each entry's .js files, read from `outDir`: bytes as emitted and gzipped. */
async function entrySizes(stats: webpack.Stats, outDir: string): Promise<EntrySize[]> {
  const { entrypoints = {} } = stats.toJson({ all: false, entrypoints: true });
  const sizes: EntrySize[] = [];
  for (const [entry, point] of Object.entries(entrypoints)) {
    const files = (point.assets ?? []).map((a) => a.name).filter((name) => name.endsWith(".js"));
    let minified = 0;
    let gzipped = 0;
    for (const file of files) {
      const bytes = await readFile(join(outDir, file));
      minified += bytes.length;
      gzipped += gzipSync(bytes).length;
    }
    sizes.push({ entry, files, minified, gzipped });
  }
  return sizes;
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), "propdesk-bundle-"));
  try {
    const started = new Date();
    const sizes = await entrySizes(await buildProduction(outDir), outDir);
    const section = formatBundleSection(sizes, started);
    console.log(section);
    const path = fileURLToPath(new URL("./results.md", import.meta.url));
    const old = await readFile(path, "utf8").catch(() => "");
    await writeFile(path, withBundleSection(old, section));
    console.log(`written to ${path}`);
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
