import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { naturalCompare } from "./naturalOrder";

describe("naturalCompare", () => {
  it("compares digit runs by value", () => {
    expect(["3-1-1001", "3-1-502", "10-1-101", "3-2-101", "3-1-0502"].sort(naturalCompare)).toEqual([
      "3-1-0502",
      "3-1-502",
      "3-1-1001",
      "3-2-101",
      "10-1-101",
    ]);
    expect(["R10", "R9", "R100", "Q5"].sort(naturalCompare)).toEqual(["Q5", "R9", "R10", "R100"]);
  });

  it("is a total order: antisymmetric, zero only for equal texts, transitive", () => {
    const text = fc.stringMatching(/^[0-9A-C-]{0,6}$/);
    fc.assert(
      fc.property(text, text, text, (a, b, c) => {
        expect(Math.sign(naturalCompare(a, b)) + Math.sign(naturalCompare(b, a))).toBe(0);
        expect(naturalCompare(a, b) === 0).toBe(a === b);
        if (naturalCompare(a, b) <= 0 && naturalCompare(b, c) <= 0)
          expect(naturalCompare(a, c)).toBeLessThanOrEqual(0);
      }),
    );
  });
});
