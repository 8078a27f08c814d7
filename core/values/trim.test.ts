import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { isBlankText, isTrimSpace, trimText } from "./trim";

describe("isTrimSpace", () => {
  it("agrees with String.prototype.trim on every UTF-16 code unit", () => {
    const disagree: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isTrimSpace(code) !== (String.fromCharCode(code).trim() === "")) disagree.push(code);
    }
    expect(disagree).toEqual([]);
  });
});

/** Texts with white space of every kind at either end, inside, or nowhere. */
const textArb = fc
  .array(
    fc.constantFrom(
      "a",
      "3-1-502",
      "物业费",
      " ",
      "\t",
      "\n",
      "\u3000",
      "\u00a0",
      "\ufeff",
      "\u2029",
      "\u200b",
      "",
    ),
  )
  .map((parts) => parts.join(""));

describe("trimText", () => {
  it("is String.prototype.trim", () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: "binary" })), (text) => {
        expect(trimText(text)).toBe(text.trim());
      }),
    );
  });
});

describe("isBlankText", () => {
  it("is true exactly when trimming leaves nothing", () => {
    fc.assert(
      fc.property(fc.oneof(textArb, fc.string({ unit: "binary" })), (text) => {
        expect(isBlankText(text)).toBe(text.trim() === "");
      }),
    );
  });

  it.each([
    ["", true],
    [" \t\u3000", true],
    ["\u200b", false],
    [" x ", false],
  ])("%j -> %s", (text, blank) => {
    expect(isBlankText(text)).toBe(blank);
  });
});
