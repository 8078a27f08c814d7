import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readTable, type TableRead } from "./readTable";
import type { TableSpec } from "./declaration";
import type { CellValue, MergedArea, SheetData } from "./sheetData";
import { REQUEST_TABLE } from "../catalog/requestTable";

const HEADER: CellValue[] = ["序号", "物资名称", "规格", "单位", "数量", "单价", "金额", "备注"];
const QTY = 4;
const AMOUNT = 6;

/** Total words as offices write them, with the labels they put before them. */
const TOTAL_WORD = fc
  .tuple(
    fc.constantFrom("", "办公用品", "工程材料", "1栋", "2号楼"),
    fc.constantFrom(
      "小计",
      "小計",
      "合计",
      "合計",
      "总计",
      "總計",
      "累计",
      "累計",
      "共计",
      "本月合计",
      "本页合计",
      "当日合计",
      "本周合计",
      "Subtotal",
      "Total",
      "小  计",
      "合    计",
    ),
  )
  .map(([a, b]) => a + b);

/**
 * A request line as a clerk types it: mostly good, sometimes with a quantity the table refuses (0, text) or no
 * item - always with a unit, so it is never mistaken for a total. Numbers are whole, so sums are exact.
 */
const line: fc.Arbitrary<CellValue[]> = fc
  .record({
    item: fc.oneof(
      { arbitrary: fc.constantFrom("A4复印纸", "中性笔", "LED灯管", "拖把", "温度计"), weight: 9 },
      {
        arbitrary: fc.constant(null),
        weight: 1,
      },
    ),
    spec: fc.constantFrom("70g", "0.5mm", "T8 18W", null),
    unit: fc.constantFrom("包", "支", "把"),
    quantity: fc.oneof(
      { arbitrary: fc.integer({ min: 1, max: 99 }), weight: 9 },
      {
        arbitrary: fc.constantFrom<CellValue>(0, "六", -2),
        weight: 1,
      },
    ),
    price: fc.constantFrom<CellValue>(12.5, 3, null, "¥8.00"),
    amount: fc.integer({ min: 0, max: 5000 }),
    remarks: fc.constantFrom<CellValue>(null, "急用"),
  })
  .map((l) => [null, l.item, l.spec, l.unit, l.quantity, l.price, l.amount, l.remarks]);

const figure = (cell: CellValue | undefined) => (typeof cell === "number" ? cell : 0);

function sheetOf(rows: CellValue[][], merges?: MergedArea[]): SheetData {
  const s: SheetData = { name: "申购单", values: rows, origin: { row: 1, column: 1 } };
  if (merges !== undefined) s.merges = merges;
  return s;
}

/** What a read found, with each Excel row mapped back to the row of the table without the inserted rows. */
function found(read: TableRead<TableSpec>, rowOf: (row: number) => number) {
  return {
    columns: read.columns,
    rows: read.rows.map((r) => [rowOf(r.row), r.values]),
    rejected: read.rejectedRows.map(rowOf),
    issues: read.issues.map((i) => [i.code, i.severity, i.column, i.row === undefined ? null : rowOf(i.row)]),
  };
}

describe("rows that are not data, property-tested", () => {
  it("(a) a table with subtotal rows inserted (correct sums, any wording, or none) reads the same records", () => {
    /** After a line: no subtotal, or one labelled in the serial or the item column, or one without a label. */
    const after = fc.oneof(
      { arbitrary: fc.constant(null), weight: 3 },
      fc.record({ word: fc.option(TOTAL_WORD, { nil: null }), column: fc.constantFrom(0, 1) }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(line, after), { minLength: 1, maxLength: 25 }),
        fc.option(fc.option(TOTAL_WORD, { nil: null }), { nil: undefined }),
        (lines, grand) => {
          const plain: CellValue[][] = [HEADER, ...lines.map(([l]) => l)];
          const withTotals: CellValue[][] = [HEADER];
          /** For each row of `withTotals`, its row in `plain` (Excel numbering), or -1 for an inserted total. */
          const original: number[] = [1];
          const total = (rows: CellValue[][], label: string | null, column: number): CellValue[] => {
            const row: CellValue[] = [null, null, null, null, 0, null, 0, null];
            row[QTY] = rows.reduce((s, r) => s + figure(r[QTY]), 0);
            row[AMOUNT] = rows.reduce((s, r) => s + figure(r[AMOUNT]), 0);
            if (label !== null) row[column] = label;
            return row;
          };
          let run: CellValue[][] = [];
          lines.forEach(([l, subtotal], i) => {
            withTotals.push(l);
            original.push(i + 2);
            run.push(l);
            // a total without a label is told by its sums, which take two rows or more
            if (subtotal === null || (subtotal.word === null && run.length < 2)) return;
            withTotals.push(total(run, subtotal.word, subtotal.column));
            original.push(-1);
            run = [];
          });
          if (grand !== undefined && (grand !== null || lines.length >= 2)) {
            withTotals.push(total(plain.slice(1), grand, 0));
            original.push(-1);
          }
          const base = readTable(sheetOf(plain), REQUEST_TABLE, { date1904: false });
          const read = readTable(sheetOf(withTotals), REQUEST_TABLE, { date1904: false });
          expect(found(read, (r) => original[r - 1]!)).toEqual(found(base, (r) => r));
          expect(read.counts.skipped.total).toBe(original.filter((o) => o < 0).length);
          expect(
            readTable(sheetOf(withTotals), REQUEST_TABLE, { date1904: false, fullReading: true }),
          ).toEqual(read);
        },
      ),
      { numRuns: 300 },
    );
  });

  /** A column of the one-row header, and the same column in a two-row band: under a parent, or merged down. */
  interface BandColumn {
    oneRow: string;
    parent: string | null;
    child: string;
    cell: fc.Arbitrary<CellValue>;
  }
  const GROUPS: BandColumn[][] = [
    [
      {
        oneRow: "预算单价",
        parent: "预算(元)",
        child: "单价",
        cell: fc.constantFrom<CellValue>(12.5, "abc", null, -1),
      },
      {
        oneRow: "预算金额",
        parent: "预算(元)",
        child: "金额",
        cell: fc.constantFrom<CellValue>(125, "¥1,200.00", null),
      },
    ],
    [
      {
        oneRow: "物资名称",
        parent: "物资",
        child: "名称",
        cell: fc.constantFrom<CellValue>("LED灯管", "拖把", null),
      },
      { oneRow: "规格型号", parent: "物资", child: "规格型号", cell: fc.constantFrom<CellValue>("T8", null) },
    ],
    [{ oneRow: "单位", parent: null, child: "单位", cell: fc.constantFrom<CellValue>("支", "把", null) }],
    [
      {
        oneRow: "申请数量",
        parent: "申请",
        child: "数量",
        cell: fc.constantFrom<CellValue>(3, 0, "三", null),
      },
      { oneRow: "用途", parent: "申请", child: "用途", cell: fc.constantFrom<CellValue>("楼道照明", null) },
    ],
    [
      {
        oneRow: "需用日期",
        parent: null,
        child: "需用日期",
        cell: fc.constantFrom<CellValue>(46392, "2027/1/5", null),
      },
    ],
    [{ oneRow: "备注", parent: null, child: "备注", cell: fc.constantFrom<CellValue>("急用", null) }],
  ];

  it("(b) a header band over two rows reads the same records as the same table with the one-row header", () => {
    // any order of any groups, the required item, unit and quantity always among them, and rows of their cells
    const tables = fc
      .shuffledSubarray(GROUPS, { minLength: 3 })
      .filter((g) => ["名称", "单位", "数量"].every((child) => g.flat().some((c) => c.child === child)))
      .chain((groups) =>
        fc.tuple(
          fc.constant(groups),
          fc.array(fc.tuple(...groups.flat().map((c) => c.cell)), { maxLength: 12 }),
        ),
      );
    fc.assert(
      fc.property(tables, fc.boolean(), fc.boolean(), ([groups, data], withMerges, title) => {
        const columns = groups.flat();
        const oneRow: CellValue[] = columns.map((c) => c.oneRow);
        const top: CellValue[] = [];
        const bottom: CellValue[] = [];
        const merges: MergedArea[] = [];
        const above = title ? 1 : 0;
        let at = 0;
        for (const group of groups) {
          const parent = group[0]!.parent;
          if (parent === null) {
            top.push(group[0]!.child);
            bottom.push(null);
            merges.push({ top: above + 1, left: at + 1, bottom: above + 2, right: at + 1 });
          } else {
            group.forEach((c, i) => {
              top.push(i === 0 ? parent : null);
              bottom.push(c.child);
            });
            if (group.length > 1)
              merges.push({ top: above + 1, left: at + 1, bottom: above + 1, right: at + group.length });
          }
          at += group.length;
        }
        const titleRows: CellValue[][] = title ? [["2027年1月 物资采购申请单"]] : [];
        const one = sheetOf([...titleRows, oneRow, ...data]);
        const band = sheetOf([...titleRows, top, bottom, ...data], withMerges ? merges : undefined);
        const spec = REQUEST_TABLE;
        const a = readTable(one, spec, { date1904: false });
        const b = readTable(band, spec, { date1904: false });
        expect(b.headerRows).toEqual([above + 1, above + 2]);
        expect(found(b, (r) => r - 1)).toEqual(found(a, (r) => r));
        expect(b.counts).toEqual(a.counts);
      }),
      { numRuns: 300 },
    );
  });

  /** One row of a sheet below its header, and what it is. */
  type Kind = "data" | "blank" | "total" | "section" | "header" | "notes";
  const rowOfKind: fc.Arbitrary<[Kind, CellValue[]]> = fc.oneof(
    { arbitrary: line.map((l): [Kind, CellValue[]] => ["data", l]), weight: 10 },
    { arbitrary: fc.constant<[Kind, CellValue[]]>(["blank", [null, "", "  "]]), weight: 1 },
    {
      arbitrary: TOTAL_WORD.map((w): [Kind, CellValue[]] => ["total", [w, null, null, null, 7, null, 99]]),
      weight: 2,
    },
    {
      arbitrary: fc
        .constantFrom("一、办公用品", "（二）工程材料", "三、清洁用品：", "1栋", "4. 五金工具")
        .map((h): [Kind, CellValue[]] => ["section", [h]]),
      weight: 2,
    },
    { arbitrary: fc.constant<[Kind, CellValue[]]>(["header", HEADER]), weight: 1 },
  );
  const NOTES: CellValue[][] = [
    ["编制人：李敏", null, null, "部门负责人：", null, null, "项目负责人：王建国"],
    ["说明：本表于每月4日前报送。"],
    [null, "日期：", 46351],
  ];

  it("(c) every row below the header is a record, a rejected row with an issue, or counted as skipped", () => {
    fc.assert(
      fc.property(
        fc.array(rowOfKind, { maxLength: 30 }),
        fc.option(fc.tuple(fc.constantFrom(...NOTES), fc.array(line, { maxLength: 3 }))),
        (rows, notes) => {
          const values: CellValue[][] = [HEADER, ...rows.map(([, r]) => r)];
          const kinds: Kind[] = rows.map(([k]) => k);
          if (notes !== null) {
            // a note ends the table below data; above the first data row it is an instruction
            const below: Kind = kinds.includes("data") ? "notes" : "data";
            values.push(notes[0], ...notes[1]);
            kinds.push("notes", ...notes[1].map(() => below));
          }
          const s = sheetOf(values);
          const read = readTable(s, REQUEST_TABLE, { date1904: false });
          expect(readTable(s, REQUEST_TABLE, { date1904: false, fullReading: true })).toEqual(read);
          const { counts } = read;
          expect(counts.read).toBe(read.rows.length);
          expect(counts.rejected).toBe(read.rejectedRows.length);
          const skipped = counts.skipped;
          expect(counts.read + counts.rejected + Object.values(skipped).reduce((a, b) => a + b, 0)).toBe(
            values.length - 1,
          );
          const readRows = new Set(read.rows.map((r) => r.row));
          const rejected = new Set(read.rejectedRows);
          kinds.forEach((kind, i) => {
            const row = i + 2;
            const taken = readRows.has(row) || rejected.has(row);
            expect(taken, `row ${row} (${kind})`).toBe(kind === "data");
            if (rejected.has(row))
              expect(read.issues.some((x) => x.row === row && x.severity === "error")).toBe(true);
          });
          const count = (k: Kind) => kinds.filter((x) => x === k).length;
          expect(skipped).toEqual({
            blank: count("blank"),
            header: count("header"),
            total: count("total"),
            section: count("section"),
            notes: count("notes"),
          });
        },
      ),
      { numRuns: 400 },
    );
  });
});
