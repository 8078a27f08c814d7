/** Sections of bench/results.md that a bench script writes under its own `## ` heading and the others keep. */

/** The section under `heading` (from the heading to the next `## ` heading or the end), or null when absent. */
export function sectionOf(markdown: string, heading: string): string | null {
  const start = headingAt(markdown, heading);
  if (start < 0) return null;
  const next = markdown.indexOf("\n## ", start + heading.length);
  return markdown.slice(start, next < 0 ? markdown.length : next + 1);
}

/** The results with the section under `heading` replaced by `section`, or with `section` added at the end. */
export function withSection(markdown: string, heading: string, section: string): string {
  const old = sectionOf(markdown, heading);
  const body = `${section.replace(/\n*$/, "")}\n`;
  if (old !== null) return markdown.replace(old, () => (old.endsWith("\n\n") ? `${body}\n` : body));
  const trimmed = markdown.replace(/\n*$/, "");
  return trimmed === "" ? body : `${trimmed}\n\n${body}`;
}

/** Where the line `heading` starts in the results, or -1. */
function headingAt(markdown: string, heading: string): number {
  if (markdown.startsWith(`${heading}\n`)) return 0;
  const found = markdown.indexOf(`\n${heading}\n`);
  return found < 0 ? -1 : found + 1;
}
