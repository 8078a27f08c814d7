import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { STYLE_LOOKS, type SheetSpec, type StyleName } from "../../../core/index";
import { lookParts, SheetLooks, STYLE_NAMES } from "./cellLooks";

const range = fc
  .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), fc.nat(4), fc.nat(3))
  .map(([top, left, height, width]) => ({ top, left, bottom: top + height, right: left + width }));
const styleBlock = fc.tuple(range, fc.constantFrom(...STYLE_NAMES)).map(([r, style]) => ({ ...r, style }));
const formatBlock = fc
  .tuple(range, fc.constantFrom("0.00", "#,##0.00", "yyyy-mm-dd", "@"))
  .map(([r, format]) => ({ ...r, format }));

/** The look of one cell the slow way: every block in order, each style replacing the parts it sets. */
function naiveLook(spec: SheetSpec, row: number, column: number, formatId: (code: string) => number) {
  const parts = { font: 0, fill: 0, border: 0, alignment: 0, link: false, format: 0 };
  const covers = (b: { top: number; left: number; bottom: number; right: number }) =>
    b.top <= row && row <= b.bottom && b.left <= column && column <= b.right;
  for (const block of spec.styles.filter(covers)) {
    const look = STYLE_LOOKS[block.style as StyleName];
    const code = STYLE_NAMES.indexOf(block.style) + 1;
    if (look.font) parts.font = code;
    if (look.fill) parts.fill = code;
    if (look.borders) parts.border = code;
    if (look.alignment) parts.alignment = code;
  }
  for (const block of spec.numberFormats.filter(covers)) parts.format = formatId(block.format);
  return parts;
}

describe("SheetLooks", () => {
  it("gives every cell the look its blocks give it, later blocks winning part by part", () => {
    fc.assert(
      fc.property(
        fc.array(styleBlock, { maxLength: 8 }),
        fc.array(formatBlock, { maxLength: 4 }),
        (styles, numberFormats) => {
          const spec: SheetSpec = {
            name: "S",
            key: "k",
            cells: [],
            columns: [],
            styles,
            numberFormats,
            merges: [],
          };
          const ids = new Map<string, number>();
          const formatId = (code: string) => ids.get(code) ?? ids.set(code, 164 + ids.size).get(code) ?? 0;
          const looks = new SheetLooks(spec, formatId);
          for (let row = 1; row <= looks.height; row++) {
            const keys = looks.row(row);
            for (let column = 1; column <= looks.width; column++)
              expect(lookParts(keys[column] ?? 0), `R${row}C${column}`).toEqual(
                naiveLook(spec, row, column, formatId),
              );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("spans the widest and deepest of cells, blocks and columns", () => {
    const spec: SheetSpec = {
      name: "S",
      key: "k",
      cells: [["a", "b", "c"]],
      columns: [{ width: 1 }, { width: 1 }, { width: 1 }, { width: 1 }],
      styles: [{ style: "body", top: 2, left: 1, bottom: 5, right: 2 }],
      numberFormats: [],
      merges: [],
    };
    const looks = new SheetLooks(spec, () => 0);
    expect([looks.width, looks.height]).toEqual([4, 5]);
  });
});
