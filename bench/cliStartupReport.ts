/** The command line's start-up times as a section of bench/results.md (`npm run bench:cli`), beside the tsx path. */

/** The heading of the start-up section; `npm run bench` and `bench:bundle` keep the section when they rewrite. */
export const CLI_STARTUP_HEADING = "## CLI start-up";

/** The time `propdesk --help` must start and finish within (issue 17). */
export const STARTUP_TARGET_MS = 300;

/** A command whose start-up is measured: the arguments after `propdesk`, and the exit code it must give. */
export interface StartupCommand {
  args: readonly string[];
  exitCode: number;
  /** What it shows, in a few words. */
  what: string;
}

/** The commands measured: nothing but start-up, help and a usage error (no workbook is read). */
export const STARTUP_COMMANDS: readonly StartupCommand[] = [
  { args: ["--help"], exitCode: 0, what: "every job and its options" },
  { args: ["purchase-plan", "--help"], exitCode: 0, what: "one job's help" },
  { args: ["purchase-plan"], exitCode: 2, what: "a usage error: no workbook" },
];

/**
 * Before issue 17 (commit 3e6d4b6): cli/bin.mjs compiled cli/main.ts with tsx and loaded every job and ExcelJS
 * before reading its arguments. Means of 5 runs with hyperfine on the 2-core bench machine, by `args.join(" ")`.
 */
export const BEFORE_BUNDLING: { label: string; ms: Readonly<Record<string, number>> } = {
  label: "3e6d4b6 (before issue 17)",
  ms: { "--help": 654, "purchase-plan --help": 653, "purchase-plan": 647 },
};

/** One command timed both ways: through the bundle (what `propdesk` runs) and through tsx. */
export interface StartupRow {
  command: StartupCommand;
  bundleMs: number;
  tsxMs: number;
}

/** What one run of the bench measured. */
export interface StartupTimes {
  rows: StartupRow[];
  /** Node starting and doing nothing (`node -e 0`): the floor under every command. */
  nodeMs: number;
  runs: number;
}

/** The start-up section: each command's median wall time through the bundle and through tsx, and the target. */
export function formatStartupSection(times: StartupTimes, when: Date): string {
  const rows = times.rows.map(({ command, bundleMs, tsxMs }) => {
    const name = command.args.join(" ");
    const before = BEFORE_BUNDLING.ms[name];
    const met = bundleMs < STARTUP_TARGET_MS ? "met" : "**not met**";
    return line([
      `\`propdesk ${name}\`: ${command.what}`,
      ms(bundleMs),
      ms(tsxMs),
      `${(tsxMs / bundleMs).toFixed(1)}×`,
      before === undefined ? "" : ms(before),
      `under ${STARTUP_TARGET_MS} ms: ${met}`,
    ]);
  });
  return [
    CLI_STARTUP_HEADING,
    "",
    `- Date: ${when.toISOString()}; \`npm run bench:cli\`; Node ${process.version}; each time is the median wall time of`,
    `  ${times.runs} runs of a fresh process spawned from Node (after 2 untimed), the bundle and tsx taking turns.`,
    "- **bundle**: `node cli/bin.mjs` (what `propdesk` runs): checks dist-cli/ is current, runs dist-cli/propdesk.mjs.",
    "- **tsx path**: `node cli/run-ts.mjs cli/propdesk.ts`: the same sources compiled by tsx as the process starts.",
    `- Node alone (\`node -e 0\`): ${ms(times.nodeMs)} ms.`,
    `- ${BEFORE_BUNDLING.label}: cli/bin.mjs then (tsx; every job and ExcelJS loaded first), measured once with`,
    "  hyperfine on this machine, not in this run.",
    "",
    line(["command", "bundle ms", "tsx path ms", "tsx / bundle", `${BEFORE_BUNDLING.label} ms`, "target"]),
    line(["---", "---:", "---:", "---:", "---:", "---"]),
    ...rows,
    "",
  ].join("\n");
}

/** One Markdown table line. */
function line(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/** Whole milliseconds. */
function ms(value: number): string {
  return Math.round(value).toLocaleString("en-US");
}
