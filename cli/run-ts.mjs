#!/usr/bin/env node
import { pathToFileURL } from "node:url";
import { resolve } from "node:path";
import { tsImport } from "tsx/esm/api";

const [file, ...rest] = process.argv.slice(2);
if (!file) {
  console.error("usage: node cli/run-ts.mjs <file.ts> [args...]");
  process.exit(2);
}
process.argv = [process.argv[0], file, ...rest];
await tsImport(pathToFileURL(resolve(file)).href, import.meta.url);
