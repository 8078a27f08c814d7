import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { XmlError } from "./xmlError";
import { XmlScanner } from "./xmlScanner";
import { xmlText } from "./xmlText";

const ELEMENTS = ["row", "c", "v", "t"];
const ATTRIBUTES = ["r", "t", "formatCode"];

/** Every event the scanner reports, as readable strings, for the input fed in the given chunks. */
function events(chunks: readonly Uint8Array[]): string[] {
  const out: string[] = [];
  const scanner = new XmlScanner(ELEMENTS, ATTRIBUTES, {
    open(tag) {
      const known = tag.names.slice(0, tag.count).filter((name) => name !== -1);
      const attributes = known.map((name) => ` ${ATTRIBUTES[name] ?? ""}=${tag.value(name) ?? ""}`);
      out.push(`<${ELEMENTS[tag.element] ?? "?"}${tag.selfClosing ? "/" : ""}${attributes.join("")}>`);
    },
    close(element) {
      out.push(`</${ELEMENTS[element] ?? "?"}>`);
    },
    text(bytes, start, end, cdata) {
      out.push(cdata ? `cdata:${bytes.toString("utf8", start, end)}` : `text:${xmlText(bytes, start, end)}`);
    },
  });
  for (const chunk of chunks) scanner.push(chunk);
  scanner.end();
  return out;
}

function split(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const points = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let at = 0;
  for (const point of [...points, bytes.length]) {
    chunks.push(bytes.subarray(at, point));
    at = point;
  }
  return chunks;
}

const SAMPLE =
  '<?xml version="1.0" encoding="UTF-8"?>\n<!-- a comment with <c> in it -->' +
  '<x:worksheet xmlns:x="urn:main" xmlns:r="urn:r"><x:row r="1">' +
  '<x:c r=\'A1\' t="s"><x:v>12</x:v></x:c><x:c r="B1" t="inlineStr"><is><t xml:space="preserve"> 阳光 &amp; 花园 </t></is></x:c>' +
  '<numFmt formatCode="[&gt;=100]0;[Red]&quot;x&quot;" other=">"/><c r="C1"><v><![CDATA[<not a tag>]]></v></c>' +
  "<?pi inside?></x:row></x:worksheet>\n";

describe("XmlScanner", () => {
  it("reports elements by their local name, attributes decoded, text and CDATA, comments and PIs skipped", () => {
    expect(events([Buffer.from(SAMPLE)])).toEqual([
      "<?>",
      "<row r=1>",
      "<c r=A1 t=s>",
      "<v>",
      "text:12",
      "</v>",
      "</c>",
      "<c r=B1 t=inlineStr>",
      "<?>",
      "<t>",
      "text: 阳光 & 花园 ",
      "</t>",
      "</?>",
      "</c>",
      '<?/ formatCode=[>=100]0;[Red]"x">',
      "</?>",
      "<c r=C1>",
      "<v>",
      "cdata:<not a tag>",
      "</v>",
      "</c>",
      "</row>",
      "</?>",
    ]);
  });

  it("reports the same events however the bytes are cut into chunks", () => {
    const bytes = Buffer.from(SAMPLE);
    const whole = events([bytes]);
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 12 }), (cuts) => {
        expect(events(split(bytes, cuts))).toEqual(whole);
      }),
    );
  });

  it("reports the same events byte by byte", () => {
    const bytes = Buffer.from(SAMPLE);
    expect(events(Array.from(bytes, (_, i) => bytes.subarray(i, i + 1)))).toEqual(events([bytes]));
  });

  it.each([
    ["an end tag that closes another element", "<row><c></row></c>"],
    ["an end tag with nothing open", "<row></row></c>"],
    ["input that ends inside a tag", '<row><c r="A1'],
    ["input that ends before its elements close", "<row><c>"],
    ["no element at all", "  \n"],
    ["a second root element", "<row/><row/>"],
    ["a DOCTYPE", '<!DOCTYPE x [<!ENTITY a "b">]><row/>'],
    ["an attribute without quotes", "<row r=1/>"],
    ["an attribute without a value", "<row r/>"],
  ])("throws XmlError on %s", (_, xml) => {
    expect(() => events([Buffer.from(xml)])).toThrow(XmlError);
  });

  it.each([
    [
      "an internal entity (billion laughs)",
      '<!DOCTYPE row [<!ENTITY a "ha"><!ENTITY b "&a;&a;">]><row><v>&b;</v></row>',
    ],
    ["an external entity", '<!DOCTYPE row [<!ENTITY x SYSTEM "file:///etc/passwd">]><row><v>&x;</v></row>'],
    ["an external DTD", '<!DOCTYPE row SYSTEM "http://example.com/x.dtd"><row/>'],
  ])("refuses %s at its DOCTYPE, expanding and fetching nothing", (_, xml) => {
    const seen: string[] = [];
    const scanner = new XmlScanner(ELEMENTS, ATTRIBUTES, {
      open: () => seen.push("open"),
      close: () => seen.push("close"),
      text: () => seen.push("text"),
    });
    expect(() => scanner.push(Buffer.from(xml))).toThrow(/DOCTYPE/);
    expect(seen).toEqual([]);
  });

  it("scans a long token fed in small chunks in linear time, and refuses one past its limit however it is cut", () => {
    const text = Buffer.from(`<row><v>${"x".repeat(15 * 1024 * 1024)}</v></row>`);
    const chunks = (bytes: Buffer, size: number): Buffer[] =>
      Array.from({ length: Math.ceil(bytes.length / size) }, (_, i) =>
        bytes.subarray(i * size, (i + 1) * size),
      );
    const started = performance.now();
    let length = 0;
    const scanner = new XmlScanner(ELEMENTS, [], {
      open() {},
      close() {},
      text(_, start, end) {
        length += end - start;
      },
    });
    for (const chunk of chunks(text, 1024)) scanner.push(chunk);
    scanner.end();
    expect(length).toBe(15 * 1024 * 1024);
    expect(performance.now() - started).toBeLessThan(2000);
    const tooLong = Buffer.from(`<row><c r="${"x".repeat(17 * 1024 * 1024)}"/></row>`);
    for (const size of [1024, 1024 * 1024, tooLong.length])
      expect(() => events(chunks(tooLong, size))).toThrow(/too long/);
  });
});
