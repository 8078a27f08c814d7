import { describe, expect, it } from "vitest";
import { readTable, scanTable, type RowCounts } from "./readTable";
import { collectReadings, type SheetReading } from "./readings";
import { column, table } from "./declaration";
import { label } from "../i18n/label";
import type { CellValue, SheetData } from "./sheetData";

const SPEC = table({
  role: "requests",
  label: label("申请单", "申請單", "request"),
  sections: [{ field: "category" }],
  columns: [
    column({
      key: "category",
      label: label("类别", "類別", "Category"),
      synonyms: ["类别"],
      type: "text",
    }),
    column({
      key: "item",
      label: label("物资名称", "物資名稱", "Item"),
      synonyms: ["物资名称", "品名"],
      type: "text",
      required: true,
      valueRequired: true,
    }),
    column({ key: "unit", label: label("单位", "單位", "Unit"), synonyms: ["单位"], type: "text" }),
    column({
      key: "quantity",
      label: label("数量", "數量", "Qty"),
      synonyms: ["数量", "申请数量"],
      type: "quantity",
      required: true,
      valueRequired: true,
    }),
    column({ key: "amount", label: label("金额", "金額", "Amount"), synonyms: ["金额"], type: "money" }),
  ],
});

function sheet(name: string, values: CellValue[][]): SheetData {
  return { name, values, origin: { row: 1, column: 1 } };
}

const counts = (read: number, rejected: number, skipped: Partial<RowCounts["skipped"]> = {}): RowCounts => ({
  read,
  rejected,
  skipped: { blank: 0, header: 0, total: 0, section: 0, notes: 0, ...skipped },
});

/** Each case: a sheet, and what its reading must say. */
const CASES: {
  name: string;
  values: CellValue[][];
  headerRows: number[];
  columns: [string, string][];
  counts: RowCounts;
}[] = [
  {
    name: "a printed form: title, sections, subtotal, a bad row, a repeated header, a blank row, a signature",
    values: [
      ["工程部物资申请单"],
      ["物资名称", "规格", "申请数量", "单位", "金额"],
      ["一、办公用品"],
      ["A4纸", "70g", 5, "包", 100],
      ["笔", "黑", "三支", "支", null],
      ["办公用品小计", null, 5, null, 100],
      [null, null, null, null, null],
      ["二、工程材料"],
      ["物资名称", "规格", "申请数量", "单位", "金额"],
      ["灯管", "T8", 10, "支", 128],
      ["合计", null, 15, null, 228],
      ["制表人：张三", null, "审核：李四"],
      ["说明：按月报送"],
    ],
    headerRows: [2],
    columns: [
      ["A", "item"],
      ["C", "quantity"],
      ["D", "unit"],
      ["E", "amount"],
    ],
    counts: counts(2, 1, { blank: 1, header: 1, total: 2, section: 2, notes: 2 }),
  },
  {
    name: "a header over two rows",
    values: [
      ["类别", "物资名称", "数量", "预算(元)", null],
      [null, null, null, "单价", "金额"],
      ["办公", "A4纸", 2, 25, 50],
    ],
    headerRows: [1, 2],
    columns: [
      ["A", "category"],
      ["B", "item"],
      ["C", "quantity"],
      ["E", "amount"],
    ],
    counts: counts(1, 0),
  },
  {
    name: "no header row",
    values: [["会议记录"], ["时间", "地点"]],
    headerRows: [],
    columns: [],
    counts: counts(0, 0),
  },
  {
    name: "a header without a required column",
    values: [
      ["物资名称", "单位"],
      ["A4纸", "包"],
    ],
    headerRows: [1],
    columns: [],
    counts: counts(0, 0),
  },
  { name: "an empty sheet", values: [[null], [""]], headerRows: [], columns: [], counts: counts(0, 0) },
];

describe("the table reader reports how it read each watched sheet", () => {
  it.each(CASES)("$name", ({ name, values, headerRows, columns, counts: expected }) => {
    const watched = sheet(name.slice(0, 20), values);
    const { value: read, readings } = collectReadings([watched], () =>
      readTable(watched, SPEC, { date1904: false }),
    );
    expect(readings).toEqual<SheetReading[]>([
      {
        sheet: watched.name,
        role: "requests",
        table: SPEC.label,
        headerRows,
        columns: columns.map(([letter, key]) => ({
          letter,
          key,
          field: SPEC.columns.find((c) => c.key === key)!.label,
        })),
        counts: expected,
      },
    ]);
    // the same figures the reader gave its caller
    expect(readings[0]!.counts).toEqual(read.counts);
    expect(readings[0]!.headerRows).toEqual(read.headerRows);
    expect(read.rows).toHaveLength(expected.read);
  });

  it("counts every row below the header once", () => {
    const [first] = CASES;
    const { readings } = collectReadings([sheet("表", first!.values)], () =>
      readTable(sheet("表", first!.values), SPEC, { date1904: false }),
    );
    // a sheet object that is not watched (a copy) is not reported
    expect(readings).toEqual([]);
    const watched = sheet("表", first!.values);
    const { readings: [reading] = [] } = collectReadings([watched], () =>
      scanTable(watched, SPEC, { date1904: false }, () => undefined),
    );
    const { read, rejected, skipped } = reading!.counts;
    const below = first!.values.length - reading!.headerRows.at(-1)!;
    expect(read + rejected + Object.values(skipped).reduce((a, b) => a + b, 0)).toBe(below);
  });
});

describe("collectReadings", () => {
  const a = sheet("甲", CASES[0]!.values);
  const b = sheet("乙", CASES[1]!.values);
  const read = (s: SheetData) => readTable(s, SPEC, { date1904: false });

  it("lists the readings in the sheets' order, whatever order they were read in", () => {
    const { readings } = collectReadings([a, b], () => {
      read(b);
      read(a);
    });
    expect(readings.map((r) => r.sheet)).toEqual(["甲", "乙"]);
  });

  it("keeps one reading of a sheet read twice as the same table, the last", () => {
    const { readings } = collectReadings([a], () => {
      read(a);
      read(a);
    });
    expect(readings).toHaveLength(1);
  });

  it("watches only while the run lasts, and lets go when it throws", () => {
    collectReadings([a], () => undefined);
    const outside = collectReadings([b], () => read(a));
    expect(outside.readings).toEqual([]);
    expect(() =>
      collectReadings([a], () => {
        throw new Error("job failed");
      }),
    ).toThrow("job failed");
    expect(collectReadings([b], () => read(a)).readings).toEqual([]);
  });

  it("gives a run inside a run its own readings and the outer run its own", () => {
    const outer = collectReadings([a, b], () => {
      read(a);
      const inner = collectReadings([b], () => read(b));
      expect(inner.readings.map((r) => r.sheet)).toEqual(["乙"]);
      read(b);
    });
    expect(outer.readings.map((r) => r.sheet)).toEqual(["甲", "乙"]);
  });

  it("returns what the run returned", () => {
    expect(collectReadings([], () => 42).value).toBe(42);
  });
});
