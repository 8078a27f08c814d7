import { XmlError } from "./xmlError";

const AMP = 0x26;
const ENTITY = /&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g;
const NAMED: Readonly<Record<string, string>> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * Text or an attribute value as XML means it: UTF-8 decoded, the five named entities and character references
 * replaced. Throws `XmlError` on an entity XML does not define.
 * @example xmlText(Buffer.from("a &amp; b"), 0, 9) === "a & b"
 */
export function xmlText(bytes: Buffer, start: number, end: number): string {
  const text = bytes.toString("utf8", start, end);
  return hasAmpersand(bytes, start, end) ? decodeEntities(text) : text;
}

/** True when `&` is among the bytes from `start` to `end` (looked for there only, not to the chunk's end). */
function hasAmpersand(bytes: Buffer, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (bytes[i] === AMP) return true;
  return false;
}

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith("#")) {
      const code = body[1] === "x" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!(code >= 0 && code <= 0x10ffff))
        throw new XmlError(`a character reference out of range: ${whole}`);
      return String.fromCodePoint(code);
    }
    const named = NAMED[body];
    if (named === undefined) throw new XmlError(`an entity XML does not define: ${whole}`);
    return named;
  });
}

const ESCAPE = /_x([0-9A-Fa-f]{4})_/g;

/**
 * A SpreadsheetML string with its `_xHHHH_` escapes (characters XML cannot hold, e.g. `_x000D_` for a carriage
 * return) decoded, as Excel shows it. `_x005F_` is the escaped underscore, so `_x005F_x0041_` stays `_x0041_`.
 * @example unescapeOoxml("a_x000D_b") === "a\rb"
 */
export function unescapeOoxml(text: string): string {
  return text.includes("_x")
    ? text.replace(ESCAPE, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : text;
}
