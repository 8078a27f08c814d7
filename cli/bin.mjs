#!/usr/bin/env node
import { tsImport } from "tsx/esm/api";

const { main } = await tsImport("./main.ts", import.meta.url);
process.exitCode = await main(process.argv.slice(2));
