/**
 * True for a character printed two columns wide (East Asian Wide and Fullwidth: CJK ideographs and punctuation,
 * kana, hangul, fullwidth forms). Checked one code point at a time, no regular expression.
 */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0x303e) ||
    (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/**
 * How many columns of the default font a text takes on screen and on paper: two for each CJK or fullwidth
 * character, one for any other; the widest line of a text that holds line breaks.
 * @example displayWidth("T8 1.2m 18W") === 11; displayWidth("物资名称") === 8
 */
export function displayWidth(text: string): number {
  let widest = 0;
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      code = text.codePointAt(i) ?? code;
      i++;
    }
    if (code === 0x0a) {
      widest = Math.max(widest, width);
      width = 0;
    } else width += code >= 0x1100 && isWide(code) ? 2 : 1;
  }
  return Math.max(widest, width);
}

/**
 * The lines a text takes when wrapped in a column `width` columns wide (at least one): each line break starts a
 * line, and each line takes as many as its width needs.
 * @example wrappedLines("一二三四五", 4) === 3
 */
export function wrappedLines(text: string, width: number): number {
  const usable = Math.max(1, width);
  let lines = 0;
  for (const line of text.split("\n")) lines += Math.max(1, Math.ceil(displayWidth(line) / usable));
  return lines;
}
