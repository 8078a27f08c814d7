import { resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const root = dirname(fileURLToPath(import.meta.url));

/** Builds the task pane and ribbon commands; core is bundled in, office.js comes from Microsoft's CDN. */
export default (_env, argv) => ({
  mode: argv.mode ?? "development",
  devtool: argv.mode === "production" ? "source-map" : "eval-source-map",
  entry: {
    taskpane: "./addin/taskpane/taskpane.ts",
  },
  output: {
    path: resolve(root, "dist"),
    filename: "[name].js",
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
  performance: { maxAssetSize: 1_500_000, maxEntrypointSize: 1_500_000 },
});
