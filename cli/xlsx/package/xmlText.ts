/**
 * Characters XML 1.0 cannot hold (C0 controls but tab, line feed and carriage return; U+FFFE, U+FFFF; lone
 * surrogates), and `_xHHHH_` sequences, which SpreadsheetML reads as escapes and so must be escaped themselves.
 */
const NEEDS_OOXML_ESCAPE =
  // eslint-disable-next-line no-control-regex -- these are the characters XML cannot hold
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

/** Any character {@link xmlText} may change: most cell text has none, and is returned as it is. */
// eslint-disable-next-line no-control-regex -- the characters XML cannot hold are among them
const MAY_NEED_ESCAPE = /[&<>\u0000-\u0008\u000B-\u001F_\uD800-\uDFFF\uFFFE\uFFFF]/;

/** `_xHHHH_`: how SpreadsheetML writes one UTF-16 unit XML cannot hold (or a `_` that starts such a sequence). */
function ooxmlEscape(unit: string): string {
  return `_x${unit.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`;
}

/**
 * Text as the content of a SpreadsheetML element (`<t>`, `<f>`): `&`, `<`, `>` as entities, a carriage return as
 * a character reference (a parser would read it as a line feed), characters XML cannot hold and literal
 * `_xHHHH_` sequences as `_xHHHH_` escapes, as Excel writes them.
 * @example xmlText("a<b") === "a&lt;b"; xmlText("\u0001") === "_x0001_"
 */
export function xmlText(text: string): string {
  if (!MAY_NEED_ESCAPE.test(text)) return text;
  return text
    .replace(/[&<>\r]/g, (ch) => (ch === "&" ? "&amp;" : ch === "<" ? "&lt;" : ch === ">" ? "&gt;" : "&#13;"))
    .replace(NEEDS_OOXML_ESCAPE, ooxmlEscape);
}

/** Text as an attribute value in double quotes: also `"` and the white space an attribute would otherwise fold. */
export function xmlAttribute(text: string): string {
  return xmlText(text).replace(/["\t\n]/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

/** The text of XML character data or an attribute: entities and SpreadsheetML's `_xHHHH_` escapes decoded. */
export function decodeXmlText(text: string): string {
  return text
    .replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, entity: string) => {
      if (entity === "lt") return "<";
      if (entity === "gt") return ">";
      if (entity === "quot") return '"';
      if (entity === "apos") return "'";
      if (entity === "amp") return "&";
      const code = entity.startsWith("#x") ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
      return String.fromCodePoint(code);
    })
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
