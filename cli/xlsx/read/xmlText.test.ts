import { describe, expect, it } from "vitest";
import { XmlError } from "./xmlError";
import { unescapeOoxml, xmlText } from "./xmlText";

const text = (xml: string): string => xmlText(Buffer.from(xml), 0, Buffer.byteLength(xml));

describe("xmlText", () => {
  it("decodes UTF-8, the named entities and character references", () => {
    expect(text("物业 &lt;&gt;&amp;&quot;&apos; &#20108;&#x4E00;&#x1F600;")).toBe("物业 <>&\"' 二一😀");
  });

  it("reads only its own range of the buffer", () => {
    expect(xmlText(Buffer.from("&amp;ab&amp;"), 5, 7)).toBe("ab");
  });

  it("throws XmlError on an entity XML does not define, or a reference beyond Unicode", () => {
    expect(() => text("&nbsp;")).toThrow(XmlError);
    expect(() => text("&#x110000;")).toThrow(XmlError);
  });
});

describe("unescapeOoxml", () => {
  it("decodes _xHHHH_ escapes, _x005F_ keeping a literal one", () => {
    expect(unescapeOoxml("a_x000D__x000A_b")).toBe("a\r\nb");
    expect(unescapeOoxml("_x005F_x0041_")).toBe("_x0041_");
    expect(unescapeOoxml("_x12_ and _xZZZZ_")).toBe("_x12_ and _xZZZZ_");
  });
});
