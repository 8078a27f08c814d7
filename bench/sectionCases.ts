/** What a section case measured: its section of bench/results.md, and the targets it missed. */
export interface SectionResult {
  /** Markdown from its heading on. */
  section: string;
  /** One line per target not met; empty when every target was. */
  missed: string[];
}

/** What a section case is asked to run. */
export interface SectionRunOptions {
  /** Sizes from `--sizes`, which the case reads its own way; its defaults when absent. */
  sizes?: readonly number[];
  /** Shows progress as lines are measured. */
  log: (line: string) => void;
}

/**
 * A bench case that measures in its own way (child processes, say) rather than through the runner's timed
 * loop, and writes its own section of bench/results.md under `heading`: `npm run bench -- --case <name>`
 * refreshes that section alone and keeps the rest of the file.
 */
export interface SectionCase {
  name: string;
  /** The section's `## ` heading line. */
  heading: string;
  run(options: SectionRunOptions): Promise<SectionResult>;
}

const sectionCases: SectionCase[] = [];

/** Adds a section case to the registry; names must be unique. */
export function registerSectionCase(sectionCase: SectionCase): void {
  if (sectionCases.some((c) => c.name === sectionCase.name))
    throw new Error(`bench case "${sectionCase.name}" is registered twice`);
  sectionCases.push(sectionCase);
}

/** The registered section cases, in registration order. */
export function registeredSectionCases(): readonly SectionCase[] {
  return sectionCases;
}
