import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { textHash } from "./textHash";

describe("textHash", () => {
  it("is FNV-1a over UTF-16 code units, kept to 30 bits", () => {
    // FNV-1a of "" is the offset basis 0x811c9dc5; & 0x3fffffff gives 0x011c9dc5.
    expect(textHash("")).toBe(0x011c9dc5);
    // "a" (0x61): (0x811c9dc5 ^ 0x61) * 0x01000193 mod 2^32 = 0xe40c292c (the published FNV-1a of "a");
    // & 0x3fffffff gives 0x240c292c.
    expect(textHash("a")).toBe(0x240c292c);
  });

  it("gives a non-negative integer below 2^30 for any text, the same for the same text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (text) => {
        const hash = textHash(text);
        expect(Number.isInteger(hash) && hash >= 0 && hash < 2 ** 30).toBe(true);
        expect(textHash(text.slice())).toBe(hash);
      }),
    );
  });

  it("tells apart the receipt numbers of a large ledger almost always", () => {
    const hashes = new Set<number>();
    for (let i = 1; i <= 100_000; i++) hashes.add(textHash(`R${i}`));
    expect(hashes.size).toBeGreaterThan(99_980);
  });
});
