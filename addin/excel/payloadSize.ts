/** Bytes of a string in UTF-8, as it travels to Excel on the web (a Chinese character is 3). */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/** Bytes a JSON value adds to a request: its JSON text in UTF-8. @example jsonPayloadBytes([["采购", 1]]) === 14 */
export function jsonPayloadBytes(value: unknown): number {
  return utf8Length(JSON.stringify(value) ?? "");
}
