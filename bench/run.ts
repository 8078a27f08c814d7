import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { BenchUsageError, parseBenchArgs } from "./args";
import { bundleSectionOf, withBundleSection } from "./bundleReport";
import { CLI_STARTUP_HEADING } from "./cliStartupReport";
import { registerAllCases } from "./cases/index";
import { registeredCases } from "./harness";
import { formatReport, formatTable } from "./report";
import { sectionOf, withSection } from "./resultsSection";
import { runBench } from "./runner";

/** Runs the selected bench cases, prints the table and writes it to bench/results.md (keeping `bench:bundle`'s and `bench:cli`'s sections). */
async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  registerAllCases();
  const all = registeredCases();
  const unknown = (args.cases ?? []).filter((name) => !all.some((c) => c.name === name));
  if (unknown.length > 0) {
    throw new BenchUsageError(
      `unknown bench case ${unknown.join(", ")}; known: ${all.map((c) => c.name).join(", ")}`,
    );
  }
  const cases = args.cases === undefined ? all : all.filter((c) => args.cases?.includes(c.name));
  const started = new Date();
  console.log(formatTable([]));
  const rows = await runBench({
    cases,
    ...(args.sizes === undefined ? {} : { sizes: args.sizes }),
    onRow: (row) => console.log(formatTable([row]).split("\n")[2]),
  });
  const path = fileURLToPath(new URL("./results.md", import.meta.url));
  const old = await readFile(path, "utf8").catch(() => "");
  const bundle = bundleSectionOf(old);
  const startup = sectionOf(old, CLI_STARTUP_HEADING);
  let report = formatReport(rows, cases, started);
  if (bundle !== null) report = withBundleSection(report, bundle);
  if (startup !== null) report = withSection(report, CLI_STARTUP_HEADING, startup);
  await writeFile(path, report);
  console.log(`\nwritten to ${path}`);
}

main().catch((err: unknown) => {
  if (err instanceof BenchUsageError) console.error(`bench: ${err.message}`);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
