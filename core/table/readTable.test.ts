import { describe, expect, it } from "vitest";
import { readTable, scanTable } from "./readTable";
import type { TableRow } from "./readTable";
import { column, table } from "./declaration";
import { label } from "../i18n/label";
import type { CellValue, SheetData } from "./sheetData";

const SPEC = table({
  role: "requests",
  label: label("申请单", "申請單", "request"),
  columns: [
    column({
      key: "item",
      label: label("物资名称", "物資名稱", "Item"),
      synonyms: ["物资名称", "品名", "Item"],
      type: "text",
      required: true,
      valueRequired: true,
    }),
    column({ key: "unit", label: label("单位", "單位", "Unit"), synonyms: ["单位", "Unit"], type: "text" }),
    column({
      key: "quantity",
      label: label("数量", "數量", "Qty"),
      synonyms: ["数量", "Qty"],
      type: "quantity",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "price",
      label: label("单价", "單價", "Price"),
      synonyms: ["单价", "Price"],
      type: "money",
    }),
    column({
      key: "date",
      label: label("需用日期", "需用日期", "Needed by"),
      synonyms: ["需用日期"],
      type: "date",
    }),
  ],
});

function sheet(values: CellValue[][], origin = { row: 1, column: 1 }): SheetData {
  return { name: "工程部", values, origin };
}

describe("readTable", () => {
  const values: CellValue[][] = [
    ["工程部 2026年12月 物資採購申請單", null, null, null, null, null],
    ["部門：工程部", null, null, "項目：陽光花園", null, null],
    [null, null, null, null, null, null],
    ["備註", "單 價\n(元)", "* 數量", "需用日期", "物資名稱", "單位"],
    ["", 12.5, 3, 46361, "LED灯管", "支"],
    [null, null, null, null, null, null],
    ["急用", "¥1,200.00", "2", "2026/12/6", "水泵", "台"],
    ["備註", "單價", "數量", "需用日期", "物資名稱", "單位"],
    [null, "abc", 4, null, "扳手", "把"],
    [null, 3, "两箱", null, "螺丝", "盒"],
    [null, 3, 5, "2026-02-30", "", "盒"],
    [null, "#N/A", 1, "5/12/2026", "胶布", "卷"],
    ["合計", null, 10, null, null, null],
  ];
  const read = readTable(sheet(values, { row: 2, column: 2 }), SPEC, { date1904: false });

  it("finds the Traditional header below the title rows, in any column order", () => {
    expect(read.headerRow).toBe(5);
    expect(read.columns).toEqual({ price: "C", quantity: "D", date: "E", item: "F", unit: "G" });
  });

  it("reads exactly the data rows, skipping blank, repeated-header and total rows", () => {
    expect(
      read.rows.map((r) => [r.row, r.values.item, r.values.quantity, r.values.price, r.values.date]),
    ).toEqual([
      [6, "LED灯管", 30000, 1250, "2026-12-05"],
      [8, "水泵", 20000, 120000, "2026-12-06"],
      [10, "扳手", 40000, null, null],
      [13, "胶布", 10000, null, null],
    ]);
  });

  it("reports every bad cell with its Excel coordinates; errors exclude the row, warnings keep it", () => {
    const found = read.issues.map((i) => [i.code, i.severity, `${i.column}${i.row}`]);
    expect(found).toEqual([
      ["not_a_number", "warning", "C10"],
      ["not_a_number", "error", "D11"],
      ["not_a_date", "warning", "E12"],
      ["value_required", "error", "F12"],
      ["cell_error", "warning", "C13"],
      ["ambiguous_date", "warning", "E13"],
    ]);
    expect(read.rejectedRows).toEqual([11, 12]);
  });

  it("reads labels above the header", () => {
    expect(read.labels.get("部门")).toBe("工程部");
    expect(read.labels.get("项目")).toBe("陽光花園");
  });

  it("names a missing required column and reads no rows", () => {
    const r = readTable(
      sheet([
        ["物资名称", "单位"],
        ["LED", "支"],
      ]),
      SPEC,
      { date1904: false },
    );
    expect(r.rows).toEqual([]);
    expect(r.issues.map((i) => [i.code, i.params?.["field"], i.row])).toEqual([
      ["missing_required_column", "quantity", 1],
    ]);
  });

  it("reports a sheet with no recognisable header, and an empty sheet", () => {
    expect(
      readTable(
        sheet([
          ["hello", "world"],
          [1, 2],
        ]),
        SPEC,
        { date1904: false },
      ).issues[0]?.code,
    ).toBe("no_header_found");
    expect(readTable(sheet([[null], [""]]), SPEC, { date1904: false }).issues[0]?.code).toBe("empty_sheet");
  });

  it("rejects a 40,000-character cell with an issue instead of failing", () => {
    const r = readTable(
      sheet([
        ["物资名称", "数量"],
        ["x".repeat(40_000), 1],
        ["LED", 2],
      ]),
      SPEC,
      { date1904: false },
    );
    expect(r.rows.map((x) => x.values.item)).toEqual(["LED"]);
    expect(r.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([["text_too_long", "A2"]]);
  });
});

describe("scanTable", () => {
  const values: CellValue[][] = [
    ["物资名称", "数量", "单价"],
    ["LED灯管", 3, 12.5],
    [null, null, null],
    ["扳手", "两把", 8],
    ["水泵", "2", "¥1,200.00"],
    ["合计", 5, null],
  ];

  it("hands each accepted row to the visitor, in sheet order, and returns no rows", () => {
    const visited: TableRow<typeof SPEC>[] = [];
    const scan = scanTable(sheet(values), SPEC, { date1904: false }, (row) => visited.push(row));
    expect(visited.map((r) => [r.row, r.values.item, r.values.quantity, r.values.price])).toEqual([
      [2, "LED灯管", 30000, 1250],
      [5, "水泵", 20000, 120000],
    ]);
    expect("rows" in scan).toBe(false);
    expect(scan.rejectedRows).toEqual([4]);
    expect(scan.issues.map((i) => [i.code, `${i.column}${i.row}`])).toEqual([["not_a_number", "B4"]]);
  });

  it("finds what readTable finds, rows aside", () => {
    const read = readTable(sheet(values), SPEC, { date1904: false });
    const rows: TableRow<typeof SPEC>[] = [];
    const { rows: readRows, ...rest } = read;
    expect(scanTable(sheet(values), SPEC, { date1904: false }, (row) => rows.push(row))).toEqual(rest);
    expect(rows).toEqual(readRows);
  });
});
