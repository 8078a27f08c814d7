/**
 * `npm run bench:bundle`: builds the add-in as `npm run build` does (production mode, into a temporary folder,
 * so dist/ is left alone), prints the initial load (the chunks taskpane.html loads before any run) and every
 * chunk, minified and gzipped, beside the baselines, and writes that into bench/results.md under
 * "## Add-in bundle" (the rest of the file is kept). Exits with 1 when the initial load holds a module only a
 * run needs (see `isRunModule`).
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import webpack from "webpack";
import {
  formatBundleSection,
  isRunModule,
  withBundleSection,
  type BundleSizes,
  type ChunkSize,
} from "./bundleReport";

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

/** Every chunk's .js files, read from `outDir` (bytes as emitted and gzipped), and run modules in the initial load. */
async function bundleSizes(stats: webpack.Stats, outDir: string): Promise<BundleSizes> {
  const json = stats.toJson({
    all: false,
    chunks: true,
    chunkModules: true,
    nestedModules: true,
    // Without this, the modules concatenated into the entry's module are listed only as a count.
    dependentModules: true,
    chunkGroups: true,
    ids: true,
  });
  const groups = Object.entries(json.namedChunkGroups ?? {});
  const chunks: ChunkSize[] = [];
  const runModulesInInitial = new Set<string>();
  for (const chunk of json.chunks ?? []) {
    const files = [...(chunk.files ?? [])].filter((name) => name.endsWith(".js"));
    let minified = 0;
    let gzipped = 0;
    for (const file of files) {
      const bytes = await readFile(join(outDir, file));
      minified += bytes.length;
      gzipped += gzipSync(bytes).length;
    }
    const initial = chunk.initial === true;
    const loadedBy = initial
      ? []
      : groups.filter(([, g]) => (g.chunks ?? []).includes(chunk.id!)).map(([name]) => name);
    chunks.push({ name: chunk.names?.[0] ?? String(chunk.id), initial, loadedBy, files, minified, gzipped });
    if (!initial) continue;
    const visit = (module: webpack.StatsModule): void => {
      const name = module.name?.replace(/ \+ \d+ modules?$/, "");
      if (name !== undefined && isRunModule(name)) runModulesInInitial.add(name);
      for (const inner of module.modules ?? []) visit(inner);
    };
    for (const module of chunk.modules ?? []) visit(module);
  }
  return { chunks, runModulesInInitial: [...runModulesInInitial].sort() };
}

async function main(): Promise<void> {
  const outDir = await mkdtemp(join(tmpdir(), "propdesk-bundle-"));
  try {
    const started = new Date();
    const sizes = await bundleSizes(await buildProduction(outDir), outDir);
    const section = formatBundleSection(sizes, started);
    console.log(section);
    const path = fileURLToPath(new URL("./results.md", import.meta.url));
    const old = await readFile(path, "utf8").catch(() => "");
    await writeFile(path, withBundleSection(old, section));
    console.log(`written to ${path}`);
    if (sizes.runModulesInInitial.length > 0) {
      console.error(
        `the initial load holds modules only a run needs: ${sizes.runModulesInInitial.join(", ")}`,
      );
      process.exitCode = 1;
    }
  } finally {
    await rm(outDir, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
