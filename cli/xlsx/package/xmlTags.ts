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

/** A start tag's attributes, quoted values allowed to hold `>`. */
const ATTRIBUTES = `(?:[^>"']|"[^"]*"|'[^']*')*?`;

/** `name` with the element's namespace prefix, as it appears in tags: `x:sheet` or `sheet`. */
export function qualified(prefix: string, name: string): string {
  return prefix === "" ? name : `${prefix}:${name}`;
}

/**
 * Every `<prefix:name>` element of a text in document order, not nested in one another (the parts this
 * package edits never nest an element in one of the same name).
 */
export function elementsOf(xml: string, name: string, prefix = ""): XmlElement[] {
  const tagName = escapeRegExp(qualified(prefix, name));
  const pattern = new RegExp(
    `(<${tagName}(?=[\\s/>])${ATTRIBUTES}/?>)(?:(?<=/>)|([\\s\\S]*?)</${tagName}\\s*>)`,
    "g",
  );
  return [...xml.matchAll(pattern)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    tag: m[1] ?? "",
    text: m[0],
    inner: m[2] ?? "",
  }));
}

/** The first `<prefix:name>` element, or undefined. */
export function elementOf(xml: string, name: string, prefix = ""): XmlElement | undefined {
  return elementsOf(xml, name, prefix)[0];
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

/** A text without the given elements (found in it by {@link elementsOf}). */
export function withoutElements(xml: string, elements: readonly XmlElement[]): string {
  let out = xml;
  for (const element of [...elements].sort((a, b) => b.start - a.start))
    out = splice(out, element.start, element.end, "");
  return out;
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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
