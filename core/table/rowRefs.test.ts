import { describe, expect, it } from "vitest";
import { column, table } from "./declaration";
import { readTable } from "./readTable";
import { cellOf, headerCell, headerOf, recordCell } from "./rowRefs";
import { label } from "../i18n/label";
import type { CellValue } from "./sheetData";

/** A request-like table: 物资名称 is its key column (required text), the rest figures and notes. */
const SPEC = table({
  role: "lines",
  label: label("明细", "明細", "lines"),
  columns: [
    column({ key: "no", label: label("序号", "序號", "No."), synonyms: ["序号"], type: "decimal" }),
    column({
      key: "item",
      label: label("物资名称", "物資名稱", "Item"),
      synonyms: ["物资名称", "品名"],
      type: "text",
      required: true,
      valueRequired: true,
    }),
    column({
      key: "quantity",
      label: label("数量", "數量", "Quantity"),
      synonyms: ["数量", "申请数量"],
      type: "quantity",
      required: true,
    }),
    column({ key: "remarks", label: label("备注", "備註", "Remarks"), synonyms: ["备注"], type: "text" }),
  ],
});

const read = (values: CellValue[][], origin = { row: 1, column: 1 }) =>
  readTable({ name: "工程部", values, origin }, SPEC, { date1904: false });

describe("a row's key column: where an issue about the row, or a column the sheet lacks, points", () => {
  it.each<[string, CellValue[][], { row: number; column: number }, string]>([
    [
      "the key column where the sheet has it",
      [
        ["序号", "物资名称", "申请数量"],
        [1, "笔", 2],
      ],
      { row: 1, column: 1 },
      "B",
    ],
    [
      "wherever it stands",
      [
        ["申请数量", "备注", "品名"],
        [2, "", "笔"],
      ],
      { row: 1, column: 1 },
      "C",
    ],
    [
      "counted from where the used range starts",
      [
        ["物资名称", "数量"],
        ["笔", 2],
      ],
      { row: 3, column: 4 },
      "D",
    ],
  ])("%s", (_what, values, origin, letter) => {
    const r = read(values, origin);
    expect(r.keyColumn).toBe(letter);
    expect(r.rows[0]!.keyColumn).toBe(letter);
  });
});

describe("cellOf, recordCell and headerOf", () => {
  const r = read([
    ["序号", "物资名称", "申请数量"],
    [1, "笔", 2],
  ]);
  const row = r.rows[0]!;

  it.each<[keyof typeof row.values, string, string | ReturnType<typeof label>]>([
    ["no", "A", "序号"],
    ["item", "B", "物资名称"],
    // the sheet's own header, not the column's label (数量)
    ["quantity", "C", "申请数量"],
    // a column the sheet lacks: the row's key column, and the column's label
    ["remarks", "B", SPEC.columns[3].label],
  ])("%s: column %s, named %j", (key, letter, header) => {
    expect(cellOf(row, key)).toEqual({ sheet: "工程部", row: 2, column: letter });
    expect(recordCell({ sheet: "工程部", row: 2 }, r, key)).toEqual({
      sheet: "工程部",
      row: 2,
      column: letter,
    });
    expect(headerOf(row, SPEC, key)).toEqual(header);
  });
});

describe("headerCell: an issue about a table's header as a whole", () => {
  it.each<[string, CellValue[][], object]>([
    ["the header's first filled cell", [["", "物资名称", "备注"]], { sheet: "工程部", row: 1, column: "B" }],
    ["the sheet when no header was found", [["会议记录"], ["周三例会"]], { sheet: "工程部" }],
  ])("%s", (_what, values, at) => {
    expect(headerCell(read(values))).toEqual(at);
  });

  it("is where a missing required column is reported", () => {
    const r = read([
      ["", "序号", "物资名称"],
      ["", 1, "笔"],
    ]);
    expect(r.issues.map((i) => [i.code, i.row, i.column])).toEqual([["missing_required_column", 1, "B"]]);
  });
});
