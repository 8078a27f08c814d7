import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { Dec } from "../../values/decimal";
import { fen, fenNumber, type Fen } from "../../values/money";
import { qtyE4, qtyText, sumQty, type QtyE4 } from "../../values/quantity";
import { consolidate, lineKey } from "./consolidate";
import { CATEGORIES, type Category } from "../../catalog/category";
import type { RequestLine } from "../../catalog/requestLine";

type Over = Omit<Partial<RequestLine>, "quantity" | "amount"> & { quantity?: number; amount?: number | null };

/** A request line; `quantity` in ten-thousandths and `amount` in fen as plain numbers. */
function request(over: Over & { row: number }): RequestLine {
  const { row, quantity = 10_000, amount = 2500, ...rest } = over;
  return {
    department: "工程部",
    category: "office",
    item: "A4纸",
    spec: "70g",
    unit: "包",
    quantity: qtyE4(quantity),
    unitPrice: new Dec("25"),
    amount: amount === null ? null : fen(amount),
    neededBy: null,
    purpose: null,
    requester: null,
    remarks: null,
    source: { sheet: rest.department ?? "工程部", row },
    columns: { item: "C", quantity: "F", unitPrice: "G" },
    quantityHeader: "数量",
    ...rest,
  };
}

describe("consolidate", () => {
  it("merges spellings that differ only in width, white space and case, and nothing fuzzier; shows the first spelling in source order", () => {
    const lines = consolidate([
      request({ row: 5, item: "A4纸" }),
      request({ row: 6, item: "A4 纸", department: "客服部" }),
      request({ row: 7, item: "Ａ４纸", department: "办公室" }),
      request({ row: 8, item: "a4纸" }),
      request({ row: 9, item: "影印紙" }),
      request({ row: 10, item: "影印纸" }),
      request({ row: 11, item: "复印纸" }),
    ]);
    expect(lines.map((l) => [l.item, qtyText(l.quantity)])).toEqual([
      ["复印纸", "1"],
      ["影印纸", "1"],
      ["影印紙", "1"],
      ["Ａ４纸", "4"],
    ]);
    expect(Object.fromEntries([...lines[3]!.departments].map(([d, q]) => [d, qtyText(q)]))).toEqual({
      工程部: "2",
      客服部: "1",
      办公室: "1",
    });
  });

  it("keeps different units apart and flags different prices", () => {
    const lines = consolidate([
      request({ row: 5, unit: "包", quantity: 20_000, unitPrice: new Dec("25"), amount: 5000 }),
      request({ row: 6, unit: "包", quantity: 10_000, unitPrice: new Dec("26.5"), amount: 2650 }),
      request({ row: 7, unit: "箱", quantity: 10_000, unitPrice: new Dec("120"), amount: 12000 }),
    ]);
    expect(
      lines.map((l) => [
        l.unit,
        qtyText(l.quantity),
        l.amount === null ? undefined : String(fenNumber(l.amount)),
        l.unitPrice?.toString(),
        l.pricesDiffer,
      ]),
    ).toEqual([
      ["包", "3", "76.5", "25.5", true],
      ["箱", "1", "120", "120", false],
    ]);
  });

  it("leaves the amount empty when a source has no price", () => {
    const [line] = consolidate([request({ row: 5 }), request({ row: 6, unitPrice: null, amount: null })]);
    expect(line?.amount).toBeNull();
    expect(line?.unitPrice).toBeNull();
  });

  const arbRequest = fc.record({
    department: fc.constantFrom("工程部", "客服部", "保洁部", "办公室"),
    category: fc.constantFrom<Category>(...CATEGORIES),
    item: fc.constantFrom("A4纸", "A4 纸", "Ａ４纸", "中性笔", "拖把", "LED灯管"),
    spec: fc.constantFrom("", "70g", "T8"),
    unit: fc.constantFrom("包", "箱", "支"),
    quantity: fc.integer({ min: 1, max: 1_000_000_000 }),
    fen: fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null }),
  });

  type Rec = typeof arbRequest extends fc.Arbitrary<infer T> ? T : never;

  function toLines(records: Rec[]): RequestLine[] {
    return records.map((r, i) =>
      request({
        row: i + 2,
        department: r.department,
        category: r.category,
        item: r.item,
        spec: r.spec,
        unit: r.unit,
        quantity: r.quantity,
        unitPrice: null,
        amount: r.fen,
      }),
    );
  }

  it("totals equal the sum of the accepted rows, and every row is in exactly one line's sources", () => {
    fc.assert(
      fc.property(fc.array(arbRequest, { maxLength: 60 }), (records) => {
        const input = toLines(records);
        const lines = consolidate(input);
        const sum = (xs: readonly (QtyE4 | Fen)[]) => xs.reduce((a, b) => a + b, 0);
        expect(sum(lines.map((l) => l.quantity))).toBe(sum(input.map((r) => r.quantity)));
        const priced = lines.filter((l) => l.amount !== null);
        const pricedRows = priced.flatMap((l) => l.sources);
        expect(sum(priced.map((l) => l.amount!))).toBe(sum(pricedRows.map((r) => r.amount!)));
        const seen = lines.flatMap((l) => l.sources.map((s) => s.source.row)).sort((a, b) => a - b);
        expect(seen).toEqual(input.map((r) => r.source.row));
        for (const line of lines) for (const s of line.sources) expect(lineKey(s)).toBe(lineKey(line));
        for (const line of lines) expect(sumQty(line.departments.values())).toBe(line.quantity);
      }),
    );
  });

  it("does not depend on the order of the input rows", () => {
    fc.assert(
      fc.property(
        fc.array(arbRequest, { maxLength: 40 }).chain((rs) =>
          fc.tuple(
            fc.constant(rs),
            fc.shuffledSubarray(
              rs.map((_, i) => i),
              { minLength: rs.length, maxLength: rs.length },
            ),
          ),
        ),
        ([records, order]) => {
          const input = toLines(records);
          const shuffled = order.map((i) => input[i]!);
          const summary = (lines: ReturnType<typeof consolidate>) =>
            lines.map((l) => ({
              key: lineKey(l),
              spelling: [l.item, l.spec, l.unit],
              quantity: l.quantity,
              amount: l.amount,
              unitPrice: l.unitPrice?.toString() ?? null,
              departments: [...l.departments].map(([d, q]) => `${d}=${qtyText(q)}`).sort(),
              rows: l.sources.map((s) => s.source.row).sort((a, b) => a - b),
            }));
          expect(summary(consolidate(shuffled))).toEqual(summary(consolidate(input)));
        },
      ),
    );
  });
});
