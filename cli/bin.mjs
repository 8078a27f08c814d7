#!/usr/bin/env node
// The `propdesk` command: runs the bundled command line (dist-cli/propdesk.mjs), building it first when it is
// missing or older than its sources. Stack traces point into the TypeScript sources through the source maps.
import { pathToFileURL } from "node:url";
import { ensureCliBundle } from "./bundle/ensureCliBundle.mjs";

process.setSourceMapsEnabled(true);
let entry;
try {
  entry = await ensureCliBundle();
} catch (error) {
  process.stderr.write(`propdesk: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
await import(pathToFileURL(entry).href);
