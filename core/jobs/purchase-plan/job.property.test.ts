import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { runJob } from "../registry";
import { PURCHASE_PLAN_JOB } from "./job";
import { Dec } from "../../values/decimal";
import type { BookData, CellValue } from "../../table/sheetData";

const ITEMS = [
  ["办公", "A4纸", "70g", "包"],
  ["办公", "Ａ４ 纸", "70G", "包"],
  ["工程", "LED灯管", "T8", "支"],
  ["保洁", "拖把", "", "把"],
  ["杂项", "手电筒", "", "个"],
  [null, "胶带", "", "卷"],
] as const;

const arbQuantity = fc.oneof(
  { weight: 6, arbitrary: fc.integer({ min: 1, max: 500 }) },
  { weight: 1, arbitrary: fc.constantFrom<CellValue>("两箱", 0, -3, "#N/A", null, "1,200", "１２") },
);
const arbRow = fc.tuple(
  fc.integer({ min: 0, max: ITEMS.length - 1 }),
  arbQuantity,
  fc.option(fc.integer({ min: 1, max: 99_999 }), { nil: null }),
);
const arbSheet = fc.array(arbRow, { minLength: 0, maxLength: 25 });
const arbBook = fc.array(arbSheet, { minLength: 1, maxLength: 5 });

type Rows = [number, CellValue, number | null][][];

function makeBook(sheets: Rows, order: number[] = sheets.map((_, i) => i)): BookData {
  return {
    date1904: false,
    sheets: order.map((d) => ({
      name: `部门${d}`,
      origin: { row: 1, column: 1 },
      values: [
        [`部门${d} 申请单`],
        ["类别", "物资名称", "规格", "单位", "数量", "单价"],
        ...sheets[d]!.map(([i, quantity, priceFen]): CellValue[] => {
          const [category, item, spec, unit] = ITEMS[i]!;
          return [category, item, spec, unit, quantity, priceFen === null ? null : priceFen / 100];
        }),
        ["合计", null, null, null, 999, null],
      ],
    })),
  };
}

const PARAMS = { today: "2026-12-01", lang: "zh-CN", month: "2027-01" } as const;

describe("purchase plan properties on random request workbooks", () => {
  it("every data row is in exactly one line's sources or named by an error; totals add up", () => {
    fc.assert(
      fc.property(arbBook, (sheets) => {
        const { report, issues } = runJob(PURCHASE_PLAN_JOB, makeBook(sheets), PARAMS);
        const used = report.lines.flatMap((l) => l.sources.map((s) => `${s.sheet}!${s.row}`));
        expect(new Set(used).size).toBe(used.length);
        const rejected = new Set(
          issues
            .filter((i) => i.severity === "error" && i.row !== undefined)
            .map((i) => `${i.sheet}!${i.row}`),
        );
        for (const key of used) expect(rejected.has(key)).toBe(false);
        let accepted = 0;
        sheets.forEach((rows, d) =>
          rows.forEach((_, r) => {
            const key = `部门${d}!${r + 3}`;
            if (used.includes(key)) accepted++;
            else expect(rejected.has(key)).toBe(true);
          }),
        );
        expect(accepted).toBe(used.length);
        const sumQuantity = report.lines.reduce((sum, l) => sum.plus(l.quantity), new Dec(0));
        expect(report.totals.quantity).toBe(sumQuantity.toString());
        const priced = report.lines.reduce(
          (sum, l) => (l.amount === null ? sum : sum.plus(l.amount)),
          new Dec(0),
        );
        expect(report.totals.amount).toBe(priced.toFixed(2));
      }),
      { numRuns: 150 },
    );
  });

  it("shuffling the sheets does not change the plan", () => {
    fc.assert(
      fc.property(
        arbBook.chain((sheets) =>
          fc.tuple(
            fc.constant(sheets),
            fc.shuffledSubarray(
              sheets.map((_, i) => i),
              { minLength: sheets.length, maxLength: sheets.length },
            ),
          ),
        ),
        ([sheets, order]) => {
          const a = runJob(PURCHASE_PLAN_JOB, makeBook(sheets), PARAMS).report;
          const b = runJob(PURCHASE_PLAN_JOB, makeBook(sheets, order), PARAMS).report;
          expect(b).toEqual(a);
        },
      ),
      { numRuns: 100 },
    );
  });
});
