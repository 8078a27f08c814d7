import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { MergedArea } from "../../core/index";
import { blocksOf } from "./readBlocks";

const area = (top: number, left: number, bottom = top, right = left): MergedArea => ({
  top,
  left,
  bottom,
  right,
});
const cells = (a: MergedArea) => (a.bottom - a.top + 1) * (a.right - a.left + 1);

describe("blocksOf", () => {
  it.each<[string, MergedArea[], MergedArea[]]>([
    ["nothing", [], []],
    ["one area", [area(2, 2, 9, 5)], [area(2, 2, 9, 5)]],
    [
      "rows of a table split by blanks, joined",
      [area(1, 1, 1, 12), area(2, 1, 2, 3), area(2, 5, 2, 12)],
      [area(1, 1, 2, 12)],
    ],
    [
      "a table and a stray cell far out on the same rows, apart",
      [area(1, 1, 100, 12), area(5, 16_384)],
      [area(1, 1, 100, 12), area(5, 16_384)],
    ],
    [
      "a table and a stray cell far below, apart",
      [area(1, 1, 40, 12), area(1_048_576, 16_384)],
      [area(1, 1, 40, 12), area(1_048_576, 16_384)],
    ],
    ["a checkerboard, one block", [area(1, 1), area(1, 3), area(2, 2), area(2, 4)], [area(1, 1, 2, 4)]],
  ])("%s", (_what, areas, blocks) => {
    expect(blocksOf(areas)).toEqual(blocks);
  });

  it("covers every area and reads at most twice the cells they hold", () => {
    const arb = fc
      .tuple(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 1, max: 60 }), fc.nat(4), fc.nat(6))
      .map(([top, left, height, width]) => area(top, left, top + height, left + width));
    fc.assert(
      fc.property(fc.array(arb, { maxLength: 40 }), (areas) => {
        // getSpecialCells gives areas that do not overlap: keep the first of any overlapping ones
        const apart = areas.filter(
          (a, i) =>
            !areas
              .slice(0, i)
              .some((b) => a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom),
        );
        const blocks = blocksOf(apart);
        for (const a of apart)
          expect(
            blocks.some(
              (b) => b.top <= a.top && b.left <= a.left && b.bottom >= a.bottom && b.right >= a.right,
            ),
          ).toBe(true);
        const read = blocks.reduce((sum, b) => sum + cells(b), 0);
        expect(read).toBeLessThanOrEqual(2 * apart.reduce((sum, a) => sum + cells(a), 0));
      }),
    );
  });
});
