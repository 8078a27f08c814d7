/** Flags and what they do as help prints them, the descriptions in one column. */
export function optionLines(rows: readonly [flags: string, what: string][], indent: string): string[] {
  const width = 28;
  return rows.map(([flags, what]) =>
    flags.length < width - 1 ? `${indent}${flags.padEnd(width)}${what}` : `${indent}${flags}  ${what}`,
  );
}
