import { describe, expect, it } from "vitest";
import type { CellValue } from "../../core/index";
import type { ExcelCellValue } from "./excelSubset";
import { SparseGrid } from "./sparseGrid";

/** A block as `Range.values` gives it, and its number formats (General unless given). */
interface Block {
  top: number;
  left: number;
  values: ExcelCellValue[][];
  formats?: string[][];
}

function gridOf(blocks: Block[]) {
  const sparse = new SparseGrid();
  for (const b of blocks)
    sparse.put(b.top, b.left, b.values, b.formats ?? b.values.map((r) => r.map(() => "General")));
  return sparse.grid();
}

describe("SparseGrid", () => {
  it.each<[string, Block[], { origin: { row: number; column: number }; values: CellValue[][] }]>([
    ["nothing", [], { origin: { row: 1, column: 1 }, values: [] }],
    [
      "only white space far out",
      [{ top: 20_000, left: 16_384, values: [[" "]] }],
      { origin: { row: 1, column: 1 }, values: [] },
    ],
    [
      "a table and a space far out: the space does not widen the grid",
      [
        {
          top: 2,
          left: 2,
          values: [
            ["名称", "数量"],
            ["笔", 2],
          ],
        },
        { top: 20_000, left: 16_384, values: [["\u3000"]] },
      ],
      {
        origin: { row: 2, column: 2 },
        values: [
          ["名称", "数量"],
          ["笔", 2],
        ],
      },
    ],
    [
      "a table, a gap and a value: empty rows between, each row as long as its last cell",
      [
        {
          top: 1,
          left: 1,
          values: [
            ["名称", "数量", "金额"],
            ["笔", "", 4],
          ],
        },
        { top: 5, left: 2, values: [[7]] },
      ],
      {
        origin: { row: 1, column: 1 },
        values: [["名称", "数量", "金额"], ["笔", null, 4], [], [], [null, 7]],
      },
    ],
    [
      "white space inside the grid, kept",
      [
        { top: 1, left: 1, values: [["名称", " "]] },
        { top: 2, left: 1, values: [[1]] },
      ],
      { origin: { row: 1, column: 1 }, values: [["名称", " "], [1]] },
    ],
  ])("%s", (_what, blocks, expected) => {
    const grid = gridOf(blocks);
    expect({ origin: grid.origin, values: grid.values }).toEqual(expected);
    expect(grid.numberFormats.map((r) => r.length)).toEqual(grid.values.map((r) => r.length));
  });

  it("shares one frozen empty row among the empty rows, so a far cell costs no grid", () => {
    const grid = gridOf([
      { top: 1, left: 1, values: [["名称"]] },
      { top: 1_048_576, left: 16_384, values: [[1]], formats: [["0.00"]] },
    ]);
    expect(grid.values).toHaveLength(1_048_576);
    expect(new Set(grid.values.slice(1, -1)).size).toBe(1);
    expect(Object.isFrozen(grid.values[1])).toBe(true);
    expect(grid.values[1_048_575]?.[16_383]).toBe(1);
    expect(grid.numberFormats[1_048_575]?.[16_383]).toBe("0.00");
  });
});
