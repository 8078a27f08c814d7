/** The add-in bundle's sizes as a section of bench/results.md (`npm run bench:bundle`), beside the baselines. */

/** JavaScript files as the browser loads them: bytes as emitted (minified) and gzipped. */
export interface Size {
  /** The .js files (source maps left out). */
  files: string[];
  minified: number;
  gzipped: number;
}

/** One chunk of the build: its name (webpack's id for a chunk split out by webpack), its files and sizes. */
export interface ChunkSize extends Size {
  name: string;
  /** Loaded by the page before any run (an entry chunk), or only when a job runs (`import()`). */
  initial: boolean;
  /** For a chunk loaded on demand: the `import()`s (chunk groups) that load it, e.g. `job-collection`. */
  loadedBy: string[];
}

/** A build measured: every chunk, and the modules of the initial load that must wait for a run. */
export interface BundleSizes {
  chunks: ChunkSize[];
  /** Modules of the initial load that belong to running a job ({@link isRunModule}); none is the aim. */
  runModulesInInitial: string[];
}

/** A baseline: what the page loaded before any run, all of it (nothing was split then). */
export interface Baseline {
  label: string;
  size: Size;
}

/**
 * The add-in before issue 14 (commit c18910a, `npm run build`): the shared runtime's page loaded taskpane.js
 * and commands.js, each with the whole core. Gzipped as `bench:bundle` gzips (Node's zlib, default level).
 */
export const BUNDLE_BASELINE: Baseline = {
  label: "c18910a (before issue 14): taskpane.js + commands.js, each with the whole core",
  size: { files: ["taskpane.js", "commands.js"], minified: 893_642, gzipped: 282_342 },
};

/** The first step of issue 14 (commit 4a26307): one bundle for the pane and the ribbon, the core loaded once. */
export const BUNDLE_ONE_CORE: Baseline = {
  label: "4a26307: one taskpane.js for pane and ribbon, the whole core once",
  size: { files: ["taskpane.js"], minified: 528_263, gzipped: 159_662 },
};

/** The gzipped initial load aimed for: at most half the baseline's. */
export const BUNDLE_TARGET_GZIPPED = Math.floor(BUNDLE_BASELINE.size.gzipped / 2);

/** The heading of the bundle section; `npm run bench` keeps the section when it rewrites the file. */
export const BUNDLE_HEADING = "## Add-in bundle";

/**
 * Modules that only running a job needs, which the initial load must not hold: each job's `job.ts` (its
 * rules, readers and sheets come with it), the registry's full `JOBS`, the pipeline, the core's full and
 * runtime entries, the add-in's run, and the demo workbooks. Paths as webpack names them (`./core/...`).
 */
export function isRunModule(name: string): boolean {
  const path = name.replace(/^\.\//, "").replace(/ \+ \d+ modules?$/, "");
  return (
    /^core\/jobs\/(finance\/)?[^/]+\/job\.ts$/.test(path) ||
    /^core\/jobs\/(registry|pipeline)\.ts$/.test(path) ||
    /^core\/(index|runtime)\.ts$/.test(path) ||
    path.startsWith("core/demo/") ||
    path === "addin/runJob.ts"
  );
}

/** The bundle section: the initial load and every chunk in total against the baselines, then each chunk. */
export function formatBundleSection(now: BundleSizes, when: Date): string {
  const initialChunks = now.chunks.filter((c) => c.initial);
  const runChunks = now.chunks.filter((c) => !c.initial).sort((a, b) => a.name.localeCompare(b.name));
  const initial = sum(initialChunks);
  const total = sum(now.chunks);
  const base = BUNDLE_BASELINE.size.gzipped;
  const share = (n: number) => `${((n / base) * 100).toFixed(1)}%`;
  const met = initial.gzipped <= BUNDLE_TARGET_GZIPPED;
  const row = (what: string, size: Size, files: string) =>
    line([what, bytes(size.minified), bytes(size.gzipped), share(size.gzipped), files]);
  return [
    BUNDLE_HEADING,
    "",
    `- Date: ${when.toISOString()}; \`npm run bench:bundle\` (production build, as \`npm run build\`)`,
    "- **Initial load**: the JavaScript taskpane.html loads before any run (the pane and the ribbon's functions).",
    "  **Total**: every chunk; the rest loads when a job runs (the pane starts on the selected job's after its",
    "  first paint). The target is about the initial load.",
    "",
    line(["what", "minified", "gzipped", "of baseline (gzipped)", "files"]),
    line(["---", "---:", "---:", "---:", "---"]),
    row(
      `**initial load** (${initialChunks.length} file${initialChunks.length === 1 ? "" : "s"})`,
      initial,
      initialChunks.flatMap((c) => c.files).join(", "),
    ),
    row(`total, every chunk (${now.chunks.length} files)`, total, "initial + the chunks below"),
    row(`baseline ${BUNDLE_BASELINE.label}`, BUNDLE_BASELINE.size, BUNDLE_BASELINE.size.files.join(", ")),
    row(`last commit ${BUNDLE_ONE_CORE.label}`, BUNDLE_ONE_CORE.size, BUNDLE_ONE_CORE.size.files.join(", ")),
    "",
    `Initial load gzipped: ${share(initial.gzipped)} of the baseline; target at most ${bytes(BUNDLE_TARGET_GZIPPED)} (half): ${met ? "met" : "not met"}.`,
    now.runModulesInInitial.length === 0
      ? "Modules only a run needs (jobs' job.ts, the pipeline, JOBS, core/index.ts, addin/runJob.ts, demos) in the initial load: none."
      : `**Modules only a run needs in the initial load**: ${now.runModulesInInitial.join(", ")}.`,
    "",
    "Chunks loaded when a job runs (`job-<id>`: that job's rules, readers and sheets; `run`: the core's pipeline and",
    "the add-in's run; numbered chunks: code webpack split out because several of them share it):",
    "",
    line(["chunk", "minified", "gzipped", "loaded by"]),
    line(["---", "---:", "---:", "---"]),
    ...runChunks.map((c) =>
      line([
        c.name,
        bytes(c.minified),
        bytes(c.gzipped),
        c.loadedBy.length === 0 ? "-" : c.loadedBy.join(", "),
      ]),
    ),
    "",
    "Bytes of the emitted .js files (source maps left out); gzipped with Node's zlib at its default level, as a",
    "web server would send them.",
    "",
  ].join("\n");
}

/** The bundle section of a results file (from its heading to the next `## ` heading or the end), or null. */
export function bundleSectionOf(markdown: string): string | null {
  const start = markdown.indexOf(`\n${BUNDLE_HEADING}\n`);
  if (start < 0) return markdown.startsWith(`${BUNDLE_HEADING}\n`) ? sectionFrom(markdown, 0) : null;
  return sectionFrom(markdown, start + 1);
}

/** The results file with its bundle section replaced by `section`, or with `section` added at the end. */
export function withBundleSection(markdown: string, section: string): string {
  const old = bundleSectionOf(markdown);
  const body = `${section.replace(/\n*$/, "")}\n`;
  if (old !== null) return markdown.replace(old, () => (old.endsWith("\n\n") ? `${body}\n` : body));
  const trimmed = markdown.replace(/\n*$/, "");
  return trimmed === "" ? body : `${trimmed}\n\n${body}`;
}

function sectionFrom(markdown: string, start: number): string {
  const next = markdown.indexOf("\n## ", start + BUNDLE_HEADING.length);
  return markdown.slice(start, next < 0 ? markdown.length : next + 1);
}

function sum(sizes: readonly Size[]): Size {
  return {
    files: sizes.flatMap((s) => s.files),
    minified: sizes.reduce((n, s) => n + s.minified, 0),
    gzipped: sizes.reduce((n, s) => n + s.gzipped, 0),
  };
}

/** Bytes with thousands separators and KiB beside them. */
function bytes(n: number): string {
  return `${n.toLocaleString("en-US")} (${(n / 1024).toFixed(1)} KiB)`;
}

function line(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}
