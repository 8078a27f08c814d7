import { XmlError } from "./xmlError";
import { xmlText } from "./xmlText";

/** What an `XmlScanner` reports: elements by their index in its name list (-1 for others), and raw text. */
export interface XmlHandler {
  /** An element opened; `tag` is valid only during the call. A self-closing element is followed by its `close`. */
  open(tag: XmlTag): void;
  /** An element closed. */
  close(element: number): void;
  /** Text inside the root element, undecoded (`cdata`: a CDATA section, so no entities to decode). */
  text(bytes: Buffer, start: number, end: number, cdata: boolean): void;
}

/** Longest single tag or text run accepted, however the input is cut: far beyond any cell's 32,767 characters. */
const MAX_TOKEN = 16 * 1024 * 1024;

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUESTION = 0x3f;
const BANG = 0x21;
const EQUALS = 0x3d;
const COLON = 0x3a;
const DQUOTE = 0x22;
const SQUOTE = 0x27;

/** An element as opened: its name's index and its attributes, read straight from the bytes. */
export class XmlTag {
  /** Index of the element's local name in the scanner's element list, or -1. */
  element = -1;
  /** True for `<x/>`. */
  selfClosing = false;
  /** The bytes the attribute offsets point into. */
  bytes: Buffer = Buffer.alloc(0);
  /** Number of attributes. */
  count = 0;
  /** Per attribute: index of its local name in the scanner's attribute list, or -1. */
  names: number[] = [];
  /** Per attribute: where its (undecoded) value starts in `bytes`. */
  starts: number[] = [];
  /** Per attribute: where its value ends. */
  ends: number[] = [];
  /** Per name of the scanner's attribute list: its position among this tag's attributes, or -1. */
  positions: Int32Array;

  constructor(attributeNames: number) {
    this.positions = new Int32Array(attributeNames).fill(-1);
  }

  /** The position of an attribute among this tag's, or -1 when the tag has none of that name. */
  find(attribute: number): number {
    return this.positions[attribute] ?? -1;
  }

  /** An attribute's decoded value, or null when the tag has none of that name. */
  value(attribute: number): string | null {
    const i = this.find(attribute);
    return i === -1 ? null : xmlText(this.bytes, this.starts[i] ?? 0, this.ends[i] ?? 0);
  }
}

/**
 * A streaming tokenizer for the small part of XML that SpreadsheetML uses: elements (namespace prefixes
 * dropped), attributes, text, CDATA, comments and processing instructions; a DOCTYPE is refused (OOXML has
 * none). Bytes are fed in chunks of any size; names are matched as bytes, so no string is made for markup. It
 * checks that elements nest and close, and throws `XmlError` on anything malformed.
 */
export class XmlScanner {
  private readonly elements: NameTable;
  private readonly attributes: NameTable;
  private readonly tag: XmlTag;
  private pending: Buffer | null = null;
  /** Chunks that came while a token was incomplete, held until they are as long as it, then scanned with it. */
  private waiting: Buffer[] = [];
  private waitingBytes = 0;
  private stack: Int32Array = new Int32Array(64);
  private depth = 0;
  private sawRoot = false;

  constructor(
    elements: readonly string[],
    attributes: readonly string[],
    private readonly handler: XmlHandler,
  ) {
    this.elements = nameTable(elements);
    this.attributes = nameTable(attributes);
    this.tag = new XmlTag(attributes.length);
  }

  /**
   * Scans the next chunk; an incomplete token at its end waits for more. While one waits, chunks are gathered until
   * they are as long as it (or all held passes `MAX_TOKEN`) and only then scanned with it, so a long token is
   * rescanned a bounded number of times over (linear time, however small the chunks). A token still incomplete
   * past `MAX_TOKEN` is refused.
   */
  push(chunk: Uint8Array): void {
    if (this.pending === null) {
      this.feed(asBuffer(chunk));
      return;
    }
    this.waiting.push(asBuffer(chunk));
    this.waitingBytes += chunk.length;
    const held = this.pending.length + this.waitingBytes;
    if (this.waitingBytes >= this.pending.length || held > MAX_TOKEN) this.feedWaiting();
  }

  /** Ends the input: throws `XmlError` when it stopped inside a tag or an element, or held no element at all. */
  end(): void {
    if (this.waiting.length > 0) this.feedWaiting();
    const rest = this.pending;
    if (rest !== null && rest.some((byte) => byte > 0x20)) throw new XmlError("it ends inside a tag");
    if (this.depth > 0) throw new XmlError("it ends before its elements close");
    if (!this.sawRoot) throw new XmlError("it holds no element");
  }

  private feedWaiting(): void {
    const bytes = Buffer.concat([this.pending ?? Buffer.alloc(0), ...this.waiting]);
    this.waiting = [];
    this.waitingBytes = 0;
    this.feed(bytes);
  }

  private feed(bytes: Buffer): void {
    this.pending = null;
    const rest = this.scan(bytes);
    if (rest < bytes.length) {
      if (bytes.length - rest > MAX_TOKEN) throw tooLong();
      this.pending = bytes.subarray(rest);
    }
  }

  /** Scans whole tokens; returns where the first incomplete one starts. */
  private scan(bytes: Buffer): number {
    let pos = 0;
    const length = bytes.length;
    while (pos < length) {
      const found = bytes.indexOf(LT, pos);
      const lt = found === -1 ? length : found;
      if (lt - pos > MAX_TOKEN && this.depth > 0) throw tooLong();
      if (lt === length) return this.depth > 0 ? pos : length;
      if (lt > pos && this.depth > 0) this.handler.text(bytes, pos, lt, false);
      if (lt + 1 >= length) return lt;
      const next = bytes[lt + 1];
      let after: number;
      if (next === SLASH) after = this.closeTag(bytes, lt);
      else if (next === QUESTION) after = skipPast(bytes, lt + 2, "?>");
      else if (next === BANG) after = this.declaration(bytes, lt);
      else after = this.openTag(bytes, lt);
      if (after < 0) return lt;
      if (after - lt > MAX_TOKEN) throw tooLong();
      pos = after;
    }
    return length;
  }

  /** `<!-- -->` or `<![CDATA[ ]]>`; -1 when incomplete. */
  private declaration(bytes: Buffer, lt: number): number {
    if (lt + 4 > bytes.length) return -1;
    if (bytes[lt + 2] === 0x2d && bytes[lt + 3] === 0x2d) return skipPast(bytes, lt + 4, "-->");
    if (lt + 9 > bytes.length) return -1;
    if (bytes.toString("latin1", lt, lt + 9) === "<![CDATA[") {
      const end = bytes.indexOf("]]>", lt + 9, "latin1");
      if (end === -1) return -1;
      if (this.depth === 0) throw new XmlError("text outside the root element");
      this.handler.text(bytes, lt + 9, end, true);
      return end + 3;
    }
    throw new XmlError("a DOCTYPE or unknown declaration");
  }

  private closeTag(bytes: Buffer, lt: number): number {
    let gt = lt + 2;
    while (gt < bytes.length && bytes[gt] !== GT) gt++;
    if (gt === bytes.length) return -1;
    let end = gt;
    while (end > lt + 2 && isSpace(bytes[end - 1] ?? 0)) end--;
    const start = lt + 2;
    if (end === start) throw new XmlError("a closing tag without a name");
    const hash = nameHash(bytes, start, end);
    if (this.depth === 0 || this.stack[this.depth - 1] !== hash)
      throw new XmlError(`</${bytes.toString("utf8", start, end)}> closes no open element of that name`);
    this.depth--;
    this.handler.close(this.match(this.elements, bytes, start, end));
    return gt + 1;
  }

  private openTag(bytes: Buffer, lt: number): number {
    const length = bytes.length;
    const start = lt + 1;
    let p = start;
    while (p < length && !isNameEnd(bytes[p] ?? 0)) p++;
    if (p >= length) return -1;
    if (p === start) throw new XmlError("a tag without a name");
    const nameEnd = p;
    const tag = this.tag;
    for (let i = 0; i < tag.count; i++) {
      const name = tag.names[i] ?? -1;
      if (name !== -1) tag.positions[name] = -1;
    }
    tag.count = 0;
    tag.selfClosing = false;
    for (;;) {
      while (p < length && isSpace(bytes[p] ?? 0)) p++;
      if (p >= length) return -1;
      const byte = bytes[p];
      if (byte === GT) {
        p++;
        break;
      }
      if (byte === SLASH) {
        if (p + 1 >= length) return -1;
        if (bytes[p + 1] !== GT) throw new XmlError("a stray / in a tag");
        tag.selfClosing = true;
        p += 2;
        break;
      }
      const attrStart = p;
      while (p < length && !isNameEnd(bytes[p] ?? 0) && bytes[p] !== EQUALS) p++;
      const attrEnd = p;
      while (p < length && isSpace(bytes[p] ?? 0)) p++;
      if (p >= length) return -1;
      if (bytes[p] !== EQUALS || attrEnd === attrStart) throw new XmlError("an attribute without a value");
      p++;
      while (p < length && isSpace(bytes[p] ?? 0)) p++;
      if (p >= length) return -1;
      const quote = bytes[p];
      if (quote !== DQUOTE && quote !== SQUOTE) throw new XmlError("an attribute value without quotes");
      let close = p + 1;
      while (close < length && bytes[close] !== quote) close++;
      if (close === length) return -1;
      const i = tag.count++;
      const name = this.match(this.attributes, bytes, attrStart, attrEnd);
      tag.names[i] = name;
      if (name !== -1) tag.positions[name] = i;
      tag.starts[i] = p + 1;
      tag.ends[i] = close;
      p = close + 1;
    }
    if (this.depth === 0 && this.sawRoot) throw new XmlError("a second root element");
    this.sawRoot = true;
    tag.bytes = bytes;
    tag.element = this.match(this.elements, bytes, start, nameEnd);
    if (tag.selfClosing) {
      this.handler.open(tag);
      this.handler.close(tag.element);
    } else {
      if (this.depth === this.stack.length) {
        const grown = new Int32Array(this.stack.length * 2);
        grown.set(this.stack);
        this.stack = grown;
      }
      this.stack[this.depth++] = nameHash(bytes, start, nameEnd);
      this.handler.open(tag);
    }
    return p;
  }

  /** Index of a qualified name's local part in a table, or -1; `xmlns` declarations never match. */
  private match(table: NameTable, bytes: Buffer, start: number, end: number): number {
    let local = start;
    for (let i = end - 1; i >= start; i--) {
      if (bytes[i] === COLON) {
        local = i + 1;
        if (isXmlns(bytes, start, i)) return -1;
        break;
      }
    }
    const length = end - local;
    if (length === 1) return table.single[bytes[local] ?? 0] ?? -1;
    const names = table.names;
    for (let n = 0; n < names.length; n++) {
      const name = names[n];
      if (name === undefined || name.length !== length) continue;
      let i = 0;
      while (i < length && name[i] === bytes[local + i]) i++;
      if (i === length) return n;
    }
    return -1;
  }
}

/** Names to match tags against: one-byte names by a lookup, the others by comparison. */
interface NameTable {
  names: Buffer[];
  /** Index of each one-byte name by its byte; -1 for bytes that are none. */
  single: Int16Array;
}

function nameTable(names: readonly string[]): NameTable {
  const single = new Int16Array(256).fill(-1);
  const bytes = names.map((name) => Buffer.from(name, "utf8"));
  bytes.forEach((name, i) => {
    if (name.length === 1 && single[name[0] ?? 0] === -1) single[name[0] ?? 0] = i;
  });
  return { names: bytes, single };
}

function tooLong(): XmlError {
  return new XmlError(`a tag or text is too long (more than ${MAX_TOKEN / 1024 / 1024} MB)`);
}

function asBuffer(chunk: Uint8Array): Buffer {
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
}

function skipPast(bytes: Buffer, from: number, marker: string): number {
  const at = bytes.indexOf(marker, from, "latin1");
  return at === -1 ? -1 : at + marker.length;
}

/** True when the prefix in `bytes[start, end)` is `xmlns`. */
function isXmlns(bytes: Buffer, start: number, end: number): boolean {
  return (
    end - start === 5 &&
    bytes[start] === 0x78 &&
    bytes[start + 1] === 0x6d &&
    bytes[start + 2] === 0x6c &&
    bytes[start + 3] === 0x6e &&
    bytes[start + 4] === 0x73
  );
}

function isSpace(byte: number): boolean {
  return byte === 0x20 || byte === 0x0a || byte === 0x09 || byte === 0x0d;
}

function isNameEnd(byte: number): boolean {
  return isSpace(byte) || byte === GT || byte === SLASH;
}

/** FNV-1a over a name's bytes: enough to tell an end tag that closes the wrong element. */
function nameHash(bytes: Buffer, start: number, end: number): number {
  let hash = 0x811c9dc5;
  for (let i = start; i < end; i++) hash = Math.imul(hash ^ (bytes[i] ?? 0), 0x01000193);
  return hash | 0;
}
