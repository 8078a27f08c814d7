import { readdirSync, readFileSync } from "node:fs";
import { resolve, dirname } from "node:path";
import { homedir } from "node:os";
import { fileURLToPath, pathToFileURL } from "node:url";
import { tsImport } from "tsx/esm/api";
import { checkBaseUrl, substituteBaseUrl } from "./scripts/manifestBase.mjs";

const root = dirname(fileURLToPath(import.meta.url));

/** Production base URL for the copied manifest; checked here so a bad value fails before bundling. */
const baseUrl =
  process.env.PROPDESK_BASE_URL === undefined ? undefined : checkBaseUrl(process.env.PROPDESK_BASE_URL);

/**
 * Copies manifest.xml and assets/ into dist/. When PROPDESK_BASE_URL is set (production hosting), the copied
 * manifest has https://localhost:3000/ replaced by it; the manifest in the repository is never changed.
 */
class AddinFilesPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const name = "PropDeskAddinFiles";
    const { Compilation, sources } = compiler.webpack;
    const stage = Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tap({ name, stage }, () => {
        const emit = (file, contents) => compilation.emitAsset(file, new sources.RawSource(contents));
        const manifestPath = resolve(root, "manifest.xml");
        const assetsDir = resolve(root, "assets");
        compilation.fileDependencies.add(manifestPath);
        compilation.contextDependencies.add(assetsDir);
        const manifest = readFileSync(manifestPath, "utf8");
        emit("manifest.xml", baseUrl === undefined ? manifest : substituteBaseUrl(manifest, baseUrl));
        for (const file of readdirSync(assetsDir, { withFileTypes: true })) {
          if (file.isFile()) emit(`assets/${file.name}`, readFileSync(resolve(assetsDir, file.name)));
        }
      });
    });
  }
}

/**
 * Writes the worksheet functions' metadata (functions.json and one file per manifest locale) into dist/ from their
 * declaration table (core/functions/declarations.ts), through addin/functions/metadataFiles.ts.
 */
class FunctionsMetadataPlugin {
  /** @param {import("webpack").Compiler} compiler */
  apply(compiler) {
    const name = "PropDeskFunctionsMetadata";
    const { Compilation, sources } = compiler.webpack;
    const stage = Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL;
    const metadataFiles = resolve(root, "addin/functions/metadataFiles.ts");
    const sourcesOf = [
      "core/functions/declarations.ts",
      "core/functions/functionIds.ts",
      "addin/functions/metadata.ts",
      "addin/functions/metadataFiles.ts",
    ];
    compiler.hooks.thisCompilation.tap(name, (compilation) => {
      compilation.hooks.processAssets.tapPromise({ name, stage }, async () => {
        for (const file of sourcesOf) compilation.fileDependencies.add(resolve(root, file));
        const { functionsMetadataFiles } = await tsImport(pathToFileURL(metadataFiles).href, import.meta.url);
        for (const { file, text } of functionsMetadataFiles())
          compilation.emitAsset(file, new sources.RawSource(text));
      });
    });
  }
}

/** HTTPS options for the dev server from office-addin-dev-certs (installs a trusted localhost certificate once). */
async function devCertificates() {
  const certs = await import("office-addin-dev-certs");
  try {
    const { ca, key, cert } = await certs.getHttpsServerOptions();
    return { ca, key, cert };
  } catch (error) {
    const dir = resolve(homedir(), ".office-addin-dev-certs");
    console.warn(
      `PropDesk dev server: could not install the development CA (${error.message.split("\n")[0]}).`,
    );
    console.warn(
      `Serving with the certificate in ${dir}; trust ca.crt there by hand if the browser refuses it.`,
    );
    const read = (file) => readFileSync(resolve(dir, file));
    return { ca: read("ca.crt"), key: read("localhost.key"), cert: read("localhost.crt") };
  }
}

/**
 * Builds the add-in; core is bundled in, office.js comes from Microsoft's CDN. One entry, `taskpane`, for the
 * shared runtime's page (manifest.xml): it renders the pane and registers the ribbon's functions, so the core
 * is loaded once. The entry holds the light core (the jobs' declarations); what running a job needs is split
 * into chunks the pane loads with `import()` (addin/jobLoader.ts): `run`, and one `job-<id>` per job.
 */
export default async (env, argv) => ({
  mode: argv.mode ?? "development",
  devtool: argv.mode === "production" ? "source-map" : "eval-source-map",
  entry: {
    taskpane: "./addin/taskpane/taskpane.ts",
    // The browser preview (`npm run preview`: simulated workbook beside the pane); never in a production build.
    ...(argv.mode === "production" ? {} : { preview: "./addin/preview/preview.ts" }),
  },
  output: {
    path: resolve(root, "dist"),
    filename: "[name].js",
    // Chunks loaded when a job runs (jobLoader.ts): content-hashed in production, so a page never mixes an
    // old chunk from a cache with a new taskpane.js.
    chunkFilename: argv.mode === "production" ? "[name].[contenthash:8].js" : "[name].js",
    // Where those chunks are fetched from: the add-in's base URL in production (the pages and chunks are
    // served from it, as the manifest says), else the page's own folder (the dev server, the preview, a
    // production build without PROPDESK_BASE_URL).
    publicPath: argv.mode === "production" && baseUrl !== undefined ? baseUrl : "",
    clean: true,
  },
  resolve: {
    extensions: [".ts", ".js", ".json"],
    fallback: { fs: false, path: false },
  },
  module: {
    rules: [
      {
        test: /\.ts$/,
        exclude: /node_modules/,
        use: { loader: "ts-loader", options: { transpileOnly: true, compilerOptions: { noEmit: false } } },
      },
      { test: /\.html$/, type: "asset/resource", generator: { filename: "[name][ext]" } },
    ],
  },
  plugins: [new AddinFilesPlugin(), new FunctionsMetadataPlugin()],
  devServer: {
    port: 3000,
    headers: { "Access-Control-Allow-Origin": "*" },
    server: { type: "https", options: env.WEBPACK_SERVE ? await devCertificates() : {} },
    static: false,
  },
  performance: { maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
});
