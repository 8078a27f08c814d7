/** One element found in an XML text: where it starts and ends, its start tag and its whole text. */
export interface XmlElement {
  start: number;
  end: number;
  /** The start tag, `<sheet name="a" .../>` or `<definedName name="x">`. */
  tag: string;
  /** The element from its start tag to its end tag (or the empty-element tag). */
  text: string;
  /** What lies between its start and end tags ("" for an empty-element tag). */
  inner: string;
}

/** A start tag's attributes, quoted values allowed to hold `>`: a regular expression's source. */
export const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

/** `name` with the element's namespace prefix, as it appears in tags: `x:sheet` or `sheet`. */
export function qualified(prefix: string, name: string): string {
  return prefix === "" ? name : `${prefix}:${name}`;
}

/**
 * Every `<prefix:name>` element of a text in document order (at most `most`), not nested in one another (the parts
 * this package edits never nest an element in one of the same name). One forward scan, so linear in the text
 * whatever it holds: a start tag ends at the first `>` outside quoted values (`/>` ends an empty element), an
 * element at the first `</prefix:name>` after its start tag; a start tag that never ends stops the scan, and one
 * whose element never closes is passed over.
 */
export function elementsOf(xml: string, name: string, prefix = "", most = Infinity): XmlElement[] {
  const tagName = qualified(prefix, name);
  const open = `<${tagName}`;
  const closes = new CloseTags(xml, `</${tagName}`);
  const elements: XmlElement[] = [];
  let from = 0;
  while (elements.length < most) {
    const start = xml.indexOf(open, from);
    if (start === -1) break;
    const after = xml[start + open.length] ?? "";
    if (after !== "/" && after !== ">" && !/\s/.test(after)) {
      from = start + 1;
      continue;
    }
    const tagEnd = startTagEnd(xml, start + open.length);
    if (tagEnd === -1) break;
    const tag = xml.slice(start, tagEnd);
    if (tag.endsWith("/>")) {
      elements.push({ start, end: tagEnd, tag, text: tag, inner: "" });
      from = tagEnd;
      continue;
    }
    const close = closes.after(tagEnd);
    if (close === null) {
      from = tagEnd;
      continue;
    }
    const text = xml.slice(start, close.end);
    elements.push({ start, end: close.end, tag, text, inner: xml.slice(tagEnd, close.start) });
    from = close.end;
  }
  return elements;
}

/** Where a start tag ends (just past its `>`), scanning from inside it and over quoted values; -1 when it never ends. */
function startTagEnd(xml: string, from: number): number {
  for (let i = from; i < xml.length; i++) {
    const ch = xml[i];
    if (ch === ">") return i + 1;
    if (ch === '"' || ch === "'") {
      const quoteEnd = xml.indexOf(ch, i + 1);
      if (quoteEnd === -1) return -1;
      i = quoteEnd;
    }
  }
  return -1;
}

/** The end tags `</prefix:name>` of a text (white space allowed before `>`), found forward, the last one found kept. */
class CloseTags {
  private searchedFrom = -1;
  private found: { start: number; end: number } | null = null;

  constructor(
    private readonly xml: string,
    private readonly close: string,
  ) {}

  /** The first end tag at or after `from`; calls come with `from` never decreasing, so the text is searched once. */
  after(from: number): { start: number; end: number } | null {
    const known = this.searchedFrom >= 0 && from >= this.searchedFrom;
    if (known && (this.found === null || this.found.start >= from)) return this.found;
    this.searchedFrom = from;
    this.found = null;
    const { xml, close } = this;
    for (let at = xml.indexOf(close, from); at !== -1; at = xml.indexOf(close, at + 1)) {
      let end = at + close.length;
      while (end < xml.length && /\s/.test(xml[end] ?? "")) end++;
      if (xml[end] === ">") {
        this.found = { start: at, end: end + 1 };
        break;
      }
    }
    return this.found;
  }
}

/** The first `<prefix:name>` element, or undefined. */
export function elementOf(xml: string, name: string, prefix = ""): XmlElement | undefined {
  return elementsOf(xml, name, prefix, 1)[0];
}

/** The raw (still escaped) value of an attribute of a start tag, or undefined when the tag has none. */
export function attributeOf(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  return m === null ? undefined : (m[1] ?? m[2]);
}

/** A start tag with an attribute set to a raw (already escaped) value: replaced where it is, else added last. */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${escapeRegExp(name)}\\s*=\\s*)(?:"[^"]*"|'[^']*')`);
  if (pattern.test(tag)) return tag.replace(pattern, (_, lead: string) => `${lead}"${value}"`);
  const close = tag.endsWith("/>") ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}="${value}"${tag.slice(close)}`;
}

/** A start tag without an attribute (unchanged when it has none). */
export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${escapeRegExp(name)}\\s*=\\s*(?:"[^"]*"|'[^']*')`), "");
}

/** The prefix a text declares for a namespace (`""` for the default namespace), or undefined when it declares none. */
export function prefixOf(xml: string, namespaces: readonly string[]): string | undefined {
  for (const m of xml.matchAll(/\sxmlns(?::([\w.-]+))?\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (namespaces.includes(m[2] ?? m[3] ?? "")) return m[1] ?? "";
  }
  return undefined;
}

/** The namespace prefix of a document's root element (`""` when it has none). */
export function rootPrefixOf(xml: string): string {
  const m = /<(?![?!])(?:([\w.-]+):)?[\w.-]+/.exec(xml);
  return m?.[1] ?? "";
}

/** A text with the part from `start` to `end` replaced. */
export function splice(text: string, start: number, end: number, replacement: string): string {
  return text.slice(0, start) + replacement + text.slice(end);
}

/** A text without the given elements (found in it by {@link elementsOf}, so none overlaps another), in one pass. */
export function withoutElements(xml: string, elements: readonly XmlElement[]): string {
  if (elements.length === 0) return xml;
  const pieces: string[] = [];
  let at = 0;
  for (const element of [...elements].sort((a, b) => a.start - b.start)) {
    pieces.push(xml.slice(at, element.start));
    at = element.end;
  }
  pieces.push(xml.slice(at));
  return pieces.join("");
}

/**
 * A text with `children` added at the end of the first `<prefix:name>` element (an empty-element tag is opened
 * up). Unchanged when `children` is empty; throws when there is no such element.
 */
export function appendChildren(xml: string, name: string, prefix: string, children: string): string {
  if (children === "") return xml;
  const element = elementOf(xml, name, prefix);
  if (element === undefined) throw new Error(`No <${qualified(prefix, name)}> to add to`);
  if (element.tag.endsWith("/>")) {
    const open = `${element.tag.slice(0, -2)}>`;
    return splice(xml, element.start, element.end, `${open}${children}</${qualified(prefix, name)}>`);
  }
  const close = element.text.lastIndexOf("</");
  return splice(xml, element.start + close, element.start + close, children);
}

/** A text matching itself in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
