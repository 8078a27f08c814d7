import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { RUN_SUM_LIMIT, takeFigures, withExactSums } from "./exactSums";

describe("takeFigures", () => {
  it("takes every figure outside a run", () => {
    expect(takeFigures(1e300, -1e300)).toBe(true);
    expect(takeFigures(RUN_SUM_LIMIT * 4, 0)).toBe(true);
  });

  it.each<[string, [number, number][], boolean[]]>([
    ["figures up to the limit, money and quantities apart", [[RUN_SUM_LIMIT, RUN_SUM_LIMIT]], [true]],
    [
      "one fen past the limit, the figure left out whole",
      [
        [RUN_SUM_LIMIT, 0],
        [1, 0],
        [0, 5],
      ],
      [true, false, true],
    ],
    [
      "one ten-thousandth past it",
      [
        [0, RUN_SUM_LIMIT - 1],
        [0, 2],
        [0, 1],
      ],
      [true, false, true],
    ],
    [
      "negative figures by their magnitude",
      [
        [-RUN_SUM_LIMIT / 2, 0],
        [RUN_SUM_LIMIT / 2, 0],
        [-1, 0],
      ],
      [true, true, false],
    ],
    [
      "a refused row takes none of its figures",
      [
        [RUN_SUM_LIMIT - 10, 0],
        [5, RUN_SUM_LIMIT + 1],
        [10, 0],
      ],
      [true, false, true],
    ],
    [
      "no number at all",
      [
        [NaN, 0],
        [0, Infinity],
        [1, 1],
      ],
      [false, false, true],
    ],
  ])("%s", (_what, figures, taken) => {
    expect(withExactSums(() => figures.map(([money, quantity]) => takeFigures(money, quantity)))).toEqual(
      taken,
    );
  });

  it("counts each run from zero, an inner run apart, and gives the outer its count back even when one throws", () => {
    withExactSums(() => {
      expect(takeFigures(RUN_SUM_LIMIT - 1, 0)).toBe(true);
      withExactSums(() => expect(takeFigures(RUN_SUM_LIMIT, 0)).toBe(true));
      expect(() =>
        withExactSums(() => {
          throw new Error("a job failed");
        }),
      ).toThrow("a job failed");
      expect(takeFigures(2, 0)).toBe(false);
      expect(takeFigures(1, 0)).toBe(true);
    });
    expect(takeFigures(RUN_SUM_LIMIT * 2, 0)).toBe(true);
  });

  it("keeps the magnitudes taken within the limit, refusing exactly the figures that would pass it", () => {
    const figure = fc.oneof(
      fc.double({ min: -RUN_SUM_LIMIT, max: RUN_SUM_LIMIT, noNaN: true }),
      fc.integer({ min: -1e15, max: 1e15 }),
    );
    fc.assert(
      fc.property(fc.array(fc.tuple(figure, figure), { maxLength: 40 }), (figures) => {
        withExactSums(() => {
          let money = 0;
          let quantity = 0;
          for (const [m, q] of figures) {
            const fits = money + Math.abs(m) <= RUN_SUM_LIMIT && quantity + Math.abs(q) <= RUN_SUM_LIMIT;
            expect(takeFigures(m, q)).toBe(fits);
            if (fits) {
              money += Math.abs(m);
              quantity += Math.abs(q);
            }
          }
          // every sum of what was taken is exact: the magnitudes stay an eighth of 2^53 below
          expect(money + quantity).toBeLessThanOrEqual(2 * RUN_SUM_LIMIT);
        });
      }),
    );
  });
});
