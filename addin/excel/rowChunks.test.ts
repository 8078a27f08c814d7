import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ExcelCellValue } from "./excelSubset";
import { jsonPayloadBytes } from "./payloadSize";
import { planChunks } from "./rowChunks";

const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  fc.boolean(),
);
const grid = fc
  .integer({ min: 1, max: 6 })
  .chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 60 }));

describe("planChunks", () => {
  it("keeps every row, in order, and each sync's cell data within the budget unless one row alone exceeds it", () => {
    fc.assert(
      fc.property(fc.array(grid, { maxLength: 4 }), fc.integer({ min: 20, max: 2_000 }), (grids, budget) => {
        const syncs = planChunks(grids, budget);
        const rebuilt: ExcelCellValue[][][] = grids.map(() => []);
        for (const chunks of syncs) {
          expect(chunks.length).toBeGreaterThan(0);
          const bytes = chunks.reduce((sum, c) => sum + jsonPayloadBytes(c.rows), 0);
          const single = chunks.length === 1 && chunks[0]?.rows.length === 1;
          if (!single) expect(bytes).toBeLessThanOrEqual(budget);
          for (const chunk of chunks) {
            expect(chunk.firstRow).toBe((rebuilt[chunk.sheet]?.length ?? 0) + 1);
            rebuilt[chunk.sheet]?.push(...chunk.rows);
          }
        }
        expect(rebuilt).toEqual(grids);
      }),
    );
  });

  it("counts UTF-8 bytes: Chinese text takes three bytes a character", () => {
    expect(jsonPayloadBytes([["采购", 1]])).toBe(14);
    expect(planChunks([[["采购计划"], ["采购计划"]]], 20)).toHaveLength(2);
  });
});
