import { describe, expect, it } from "vitest";
import { column, table, withoutLimits, type ColumnSpec } from "./declaration";
import { readTable } from "./readTable";
import { cellOf, headerOf, sourceOf } from "./rowRefs";
import { checkedLimit } from "./valueLimits";
import { label } from "../i18n/label";
import type { CellValue, SheetData } from "./sheetData";

const QTY = label("数量", "數量", "Qty");
const PRICE = label("单价", "單價", "Price");
const AMOUNT = label("金额", "金額", "Amount");

const SPEC = table({
  role: "lines",
  label: label("明细", "明細", "lines"),
  columns: [
    column({
      key: "item",
      label: label("品名", "品名", "Item"),
      synonyms: ["品名"],
      type: "text",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "quantity",
      label: QTY,
      synonyms: ["数量", "申请数量"],
      type: "quantity",
      required: true,
      valueRequired: true,
      limit: { sign: "positive", onBreak: "reject" },
    }),
    column({
      key: "price",
      label: PRICE,
      synonyms: ["单价"],
      type: "decimal",
      limit: { sign: "nonNegative", onBreak: "warn" },
    }),
    column({
      key: "amount",
      label: AMOUNT,
      synonyms: ["金额"],
      type: "money",
      limit: { sign: "nonNegative", onBreak: "reject" },
    }),
  ],
});

function sheet(rows: CellValue[][]): SheetData {
  return {
    name: "明细",
    values: [["品名", "申请数量", "单价", "金额"], ...rows],
    origin: { row: 1, column: 1 },
  };
}

describe("declared value limits", () => {
  const rows: CellValue[][] = [
    ["A", 2, 3.5, 7],
    ["B", 0, 1, 1],
    ["C", -1.5, -2, -0.5],
    ["D", 1, -0.25, 3],
    ["E", "0", "1", "-3"],
    ["F", 1, null, 0],
    ["G", 1, 2, 0.001],
  ];
  for (const fullReading of [false, true]) {
    const read = readTable(sheet(rows), SPEC, { date1904: false, fullReading });

    it(`rejects or warns as each limit says (${fullReading ? "full" : "quick"} reading)`, () => {
      expect(read.rows.map((r) => [r.row, r.values.item, r.values.price?.toString() ?? null])).toEqual([
        [2, "A", "3.5"],
        [5, "D", null],
        [7, "F", null],
        [8, "G", "2"],
      ]);
      expect(read.rejectedRows).toEqual([3, 4, 6]);
    });

    it(`reports each broken limit at its cell with the sheet's own header and the value as shown (${fullReading ? "full" : "quick"})`, () => {
      const limitIssue = (code: string, severity: string, cell: string, header: string, value: string) => ({
        code,
        severity,
        sheet: "明细",
        row: Number(cell.slice(1)),
        column: cell[0],
        params: { header, value },
      });
      expect(read.issues).toEqual([
        // the header as the sheet writes it (申请数量), as a cell that is no number would be named, not the label 数量
        limitIssue("not_positive", "error", "B3", "申请数量", "0"),
        limitIssue("not_positive", "error", "B4", "申请数量", "-1.5"),
        limitIssue("negative_value", "warning", "C4", "单价", "-2"),
        limitIssue("negative_value", "error", "D4", "金额", "-0.50"),
        limitIssue("negative_value", "warning", "C5", "单价", "-0.25"),
        limitIssue("not_positive", "error", "B6", "申请数量", "0"),
        limitIssue("negative_value", "error", "D6", "金额", "-3.00"),
        expect.objectContaining({ code: "too_many_decimals", severity: "warning", row: 8, column: "D" }),
      ]);
    });
  }

  it("checks the value as read: a cell's own warning comes first, then the limit on the rounded value", () => {
    const spec = table({
      ...SPEC,
      columns: [SPEC.columns[0], { ...SPEC.columns[3], limit: { sign: "positive", onBreak: "reject" } }],
    });
    const read = readTable(sheet([["A", null, null, 0.004]]), spec, { date1904: false });
    expect(read.issues.map((i) => [i.code, i.severity, i.params?.["value"]])).toEqual([
      ["too_many_decimals", "warning", "0.004"],
      ["not_positive", "error", "0.00"],
    ]);
    expect(read.rejectedRows).toEqual([2]);
  });

  it("leaves limits out of a table read back as it stands", () => {
    const read = readTable(sheet([["B", 0, -1, -1]]), withoutLimits(SPEC), { date1904: false });
    expect(read.issues).toEqual([]);
    expect(read.rows.map((r) => [r.values.quantity, r.values.price?.toString(), r.values.amount])).toEqual([
      [0, "-1", -100],
    ]);
  });
});

describe("checking a limit's declaration", () => {
  const base = { key: "x", label: label("x", "x", "x"), synonyms: ["x"] } as const;

  it("refuses a warning on a column whose value is required", () => {
    expect(() =>
      column({ ...base, type: "money", valueRequired: true, limit: { sign: "positive", onBreak: "warn" } }),
    ).toThrow(RangeError);
  });

  it("refuses a limit on a date, a limit with no bound, and min above max", () => {
    const bad: unknown[] = [
      { ...base, type: "date", limit: { sign: "positive", onBreak: "reject" } },
      { ...base, type: "money", limit: { onBreak: "reject" } },
      { ...base, type: "money", limit: { min: 5, max: 1, onBreak: "reject" } },
      { ...base, type: "quantity", limit: { oneOf: ["a"], onBreak: "reject" } },
    ];
    for (const spec of bad) expect(() => checkedLimit(spec as ColumnSpec)).toThrow(RangeError);
  });

  it("gives the quick path whole stored bounds, a bound between two steps rounded inwards", () => {
    const low = (type: "money" | "quantity", limit: object) =>
      checkedLimit({ ...base, type, limit } as ColumnSpec);
    expect(low("money", { sign: "positive", onBreak: "reject" })).toMatchObject({ low: 1, high: Infinity });
    expect(low("quantity", { sign: "nonNegative", onBreak: "warn" })).toMatchObject({
      low: 0,
      high: Infinity,
    });
    expect(low("money", { min: 0.07, max: 0.125, onBreak: "reject" })).toMatchObject({ low: 7, high: 12 });
    expect(low("quantity", { sign: "positive", min: -3, max: 24, onBreak: "reject" })).toMatchObject({
      low: 1,
      high: 240_000,
    });
  });
});

describe("min, max and oneOf", () => {
  const spec = () =>
    table({
      role: "overtime",
      label: label("加班", "加班", "overtime"),
      columns: [
        column({
          key: "kind",
          label: label("类型", "類型", "Kind"),
          synonyms: ["类型"],
          type: "text",
          limit: { oneOf: ["工作日", "休息日", "节假日"], onBreak: "warn" },
        }),
        column({
          key: "hours",
          label: label("时数", "時數", "Hours"),
          synonyms: ["时数"],
          type: "quantity",
          required: true,
          valueRequired: true,
          limit: { min: 0.5, max: 24, onBreak: "reject" },
        }),
      ],
    });
  const rows: CellValue[][] = [
    ["类型", "时数"],
    ["休息日", 8],
    ["節假日", 24],
    ["周末", 2],
    ["工作日", 0.25],
    ["工作日", 24.5],
  ];
  for (const fullReading of [false, true]) {
    it(`reports each broken bound with the bound (${fullReading ? "full" : "quick"} reading)`, () => {
      const read = readTable({ name: "加班", values: rows, origin: { row: 1, column: 1 } }, spec(), {
        date1904: false,
        fullReading,
      });
      expect(read.rows.map((r) => [r.row, r.values.kind])).toEqual([
        [2, "休息日"],
        [3, "節假日"],
        [4, null],
      ]);
      expect(read.rejectedRows).toEqual([5, 6]);
      expect(read.issues.map((i) => [i.code, i.severity, `${i.column}${i.row}`, i.params])).toEqual([
        [
          "value_not_allowed",
          "warning",
          "A4",
          { header: "类型", value: "周末", allowed: "工作日 / 休息日 / 节假日" },
        ],
        ["value_below_min", "error", "B5", { header: "时数", value: "0.25", min: "0.5" }],
        ["value_above_max", "error", "B6", { header: "时数", value: "24.5", max: "24" }],
      ]);
    });
  }
});

describe("row references", () => {
  const read = readTable(sheet([["A", 2, null, 7]]), SPEC, { date1904: false });
  const row = read.rows[0]!;

  it("names a row's cell by its column key, and a record's source as a new object", () => {
    expect(cellOf(row, "amount")).toEqual({ sheet: "明细", row: 2, column: "D" });
    expect(sourceOf(row)).toEqual({ sheet: "明细", row: 2 });
    expect(Object.keys(sourceOf(row))).toEqual(["sheet", "row"]);
  });

  it("names the row's key column for a column the sheet lacks, and the column's label as its header", () => {
    const r = readTable(
      {
        name: "明细",
        values: [
          ["品名", "数量"],
          ["A", 1],
        ],
        origin: { row: 1, column: 1 },
      },
      SPEC,
      { date1904: false },
    ).rows[0]!;
    expect(cellOf(r, "price")).toEqual({ sheet: "明细", row: 2, column: "A" });
    expect(headerOf(r, SPEC, "price")).toBe(PRICE);
    expect(headerOf(r, SPEC, "quantity")).toBe("数量");
  });
});
