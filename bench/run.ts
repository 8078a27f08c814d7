import { readFile, writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { BenchUsageError, parseBenchArgs } from "./args";
import { BUNDLE_HEADING } from "./bundleReport";
import { CLI_STARTUP_HEADING } from "./cliStartupReport";
import { registerAllCases } from "./cases/index";
import { registeredCases } from "./harness";
import { formatReport, formatTable } from "./report";
import { sectionOf, withSection } from "./resultsSection";
import { runBench } from "./runner";
import { registeredSectionCases } from "./sectionCases";

const RESULTS = fileURLToPath(new URL("./results.md", import.meta.url));

/**
 * Runs the selected bench cases and writes bench/results.md: the table cases' table (replacing the one there, when
 * any table case ran), then each section case's own section (replacing its earlier one); every other section
 * (`bench:bundle`'s, `bench:cli`'s, section cases not run) is kept. Exits with 1 when a section case missed a target.
 */
async function main(): Promise<void> {
  const args = parseBenchArgs(process.argv.slice(2));
  registerAllCases();
  const all = registeredCases();
  const sections = registeredSectionCases();
  const names = [...all, ...sections].map((c) => c.name);
  const unknown = (args.cases ?? []).filter((name) => !names.includes(name));
  if (unknown.length > 0)
    throw new BenchUsageError(`unknown bench case ${unknown.join(", ")}; known: ${names.join(", ")}`);
  const chosen = (name: string) => args.cases === undefined || args.cases.includes(name);
  const cases = all.filter((c) => chosen(c.name));
  const sizes = args.sizes === undefined ? {} : { sizes: args.sizes };
  if (cases.length > 0) {
    const started = new Date();
    console.log(formatTable([]));
    const rows = await runBench({
      cases,
      ...sizes,
      onRow: (row) => console.log(formatTable([row]).split("\n")[2]),
    });
    const old = await readFile(RESULTS, "utf8").catch(() => "");
    let report = formatReport(rows, cases, started);
    for (const heading of [BUNDLE_HEADING, CLI_STARTUP_HEADING, ...sections.map((c) => c.heading)]) {
      const kept = sectionOf(old, heading);
      if (kept !== null) report = withSection(report, heading, kept);
    }
    await writeFile(RESULTS, report);
    console.log(`\nwritten to ${RESULTS}`);
  }
  for (const sectionCase of sections.filter((c) => chosen(c.name))) {
    const { section, missed } = await sectionCase.run({ ...sizes, log: (line) => console.log(line) });
    console.log(`\n${section}`);
    const old = await readFile(RESULTS, "utf8").catch(() => "");
    await writeFile(RESULTS, withSection(old, sectionCase.heading, section));
    console.log(`written to ${RESULTS}`);
    for (const target of missed) console.error(`${sectionCase.name}: target not met: ${target}`);
    if (missed.length > 0) process.exitCode = 1;
  }
}

main().catch((err: unknown) => {
  if (err instanceof BenchUsageError) console.error(`bench: ${err.message}`);
  else console.error(err instanceof Error ? (err.stack ?? err.message) : err);
  process.exitCode = 1;
});
