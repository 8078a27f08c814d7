/** The add-in bundle's sizes as a section of bench/results.md (`npm run bench:bundle`), beside the baseline. */

/** One webpack entry's JavaScript as the browser loads it: bytes as emitted (minified) and gzipped. */
export interface EntrySize {
  entry: string;
  /** The entry's .js files (source maps left out). */
  files: string[];
  minified: number;
  gzipped: number;
}

/**
 * The add-in before issue 14 (commit c18910a, `npm run build`): the shared runtime's page loaded taskpane.js
 * and commands.js, each with the whole core. Gzipped as `bench:bundle` gzips (Node's zlib, default level).
 */
export const BUNDLE_BASELINE: { label: string; entries: readonly EntrySize[] } = {
  label: "c18910a: taskpane.js + commands.js",
  entries: [
    { entry: "taskpane", files: ["taskpane.js"], minified: 561_746, gzipped: 173_081 },
    { entry: "commands", files: ["commands.js"], minified: 331_896, gzipped: 109_261 },
  ],
};

/** The gzipped total aimed for: at most half the baseline's. */
export const BUNDLE_TARGET_GZIPPED = Math.floor(total(BUNDLE_BASELINE.entries).gzipped / 2);

/** The heading of the bundle section; `npm run bench` keeps the section when it rewrites the file. */
export const BUNDLE_HEADING = "## Add-in bundle";

/** The bundle section: per entry and in total, minified and gzipped, before and now, and the target. */
export function formatBundleSection(now: readonly EntrySize[], when: Date): string {
  const before = BUNDLE_BASELINE.entries;
  const names = [...new Set([...before.map((e) => e.entry), ...now.map((e) => e.entry)])];
  const row = (entry: string, b: EntrySize | undefined, n: EntrySize | undefined): string =>
    line([
      entry,
      b ? bytes(b.minified) : "-",
      b ? bytes(b.gzipped) : "-",
      n ? bytes(n.minified) : "-",
      n ? bytes(n.gzipped) : "-",
      n ? n.files.join(", ") : "(none)",
    ]);
  const nowTotal = total(now);
  const beforeTotal = total(before);
  const share = (nowTotal.gzipped / beforeTotal.gzipped) * 100;
  const met = nowTotal.gzipped <= BUNDLE_TARGET_GZIPPED;
  return [
    BUNDLE_HEADING,
    "",
    `- Date: ${when.toISOString()}; \`npm run bench:bundle\` (production build, as \`npm run build\`)`,
    `- Baseline: ${BUNDLE_BASELINE.label}, both loaded by taskpane.html`,
    "",
    line(["entry", "baseline minified", "baseline gzipped", "now minified", "now gzipped", "now files"]),
    line(["---", "---:", "---:", "---:", "---:", "---"]),
    ...names.map((name) =>
      row(
        name,
        before.find((e) => e.entry === name),
        now.find((e) => e.entry === name),
      ),
    ),
    line([
      "**total**",
      bytes(beforeTotal.minified),
      bytes(beforeTotal.gzipped),
      bytes(nowTotal.minified),
      bytes(nowTotal.gzipped),
      "",
    ]),
    "",
    `Gzipped now: ${share.toFixed(1)}% of the baseline; target at most ${bytes(BUNDLE_TARGET_GZIPPED)} (half): ${met ? "met" : "not met"}.`,
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

function total(entries: readonly EntrySize[]): { minified: number; gzipped: number } {
  return {
    minified: entries.reduce((sum, e) => sum + e.minified, 0),
    gzipped: entries.reduce((sum, e) => sum + e.gzipped, 0),
  };
}

/** Bytes with thousands separators and KiB beside them. */
function bytes(n: number): string {
  return `${n.toLocaleString("en-US")} (${(n / 1024).toFixed(1)} KiB)`;
}

function line(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}
