import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeXmlText, xmlAttribute, xmlText } from "./xmlText";

/** What XML 1.0 allows in a document (tab, line feed, carriage return and the printable ranges). */
const XML_CHARACTERS = /^[\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]*$/u;

describe("xmlText and xmlAttribute", () => {
  it("escape markup, the characters XML cannot hold and literal _xHHHH_ sequences, as Excel does", () => {
    expect(xmlText("a<b & c>d")).toBe("a&lt;b &amp; c&gt;d");
    expect(xmlText("bell\u0007 and \u0000")).toBe("bell_x0007_ and _x0000_");
    expect(xmlText("_x0041_ stays text")).toBe("_x005F_x0041_ stays text");
    expect(xmlText("\uD83D\uDE00 whole, \uD83D alone")).toBe("\uD83D\uDE00 whole, _xD83D_ alone");
    expect(xmlAttribute(`say "hi"\n\tthere`)).toBe("say &#34;hi&#34;&#10;&#9;there");
  });

  it("give back any text once decoded, using only characters XML holds", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom("_x0041_", "_x", "\uD800", "&", "<"),
            fc.string({ unit: "binary", maxLength: 1 }),
            fc.integer({ min: 0, max: 0xffff }).map((n) => String.fromCharCode(n)),
          ),
        }),
        (text) => {
          for (const escaped of [xmlText(text), xmlAttribute(text)]) {
            expect(escaped).toMatch(XML_CHARACTERS);
            expect(escaped).not.toMatch(/[<"\r]/);
            expect(decodeXmlText(escaped)).toBe(text);
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
