/** Flags and what they do as help prints them, the descriptions in one column. */
export function optionLines(rows: readonly [flags: string, what: string][], indent: string): string[] {
  const width = 28;
  return rows.map(([flags, what]) => {
    const shown = displayWidth(flags);
    return shown < width - 1
      ? `${indent}${flags}${" ".repeat(width - shown)}${what}`
      : `${indent}${flags}  ${what}`;
  });
}

/** The columns a text takes in a terminal: two for each CJK or full-width character (`文件夹` is 6), one for others. */
function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    const wide =
      (code >= 0x1100 && code <= 0x115f) ||
      (code >= 0x2e80 && code <= 0xa4cf) ||
      (code >= 0xac00 && code <= 0xd7a3) ||
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0xfe30 && code <= 0xfe4f) ||
      (code >= 0xff00 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) ||
      (code >= 0x20000 && code <= 0x3fffd);
    width += wide ? 2 : 1;
  }
  return width;
}
