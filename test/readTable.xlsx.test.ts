import { describe, expect, it, beforeAll } from "vitest";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { readXlsxFile } from "../cli/xlsx/readBook";
import { readTable, type TableRead } from "../core/index";
import { REQUEST_TABLE } from "../core/catalog/requestTable";

/** A clerk's sheet as Excel saves it: title rows, Traditional headers in their own order, dates as date cells. */
async function writeWorkbook(path: string): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet("客服部");
  ws.addRow(["客服部 2027年1月 物資採購申請單"]);
  ws.addRow(["部門：客服部", null, null, "項目：陽光花園"]);
  ws.addRow([]);
  ws.addRow(["單 價\n(元)", "* 數量", "需用日期", "物資名稱", "單位", "類別", "備註"]);
  const rows: unknown[][] = [
    [25, 3, new Date(Date.UTC(2027, 0, 5)), "A4纸", "包", "辦公", null],
    [null, null, null, null, null, null, null],
    ["¥1,200.00", "２", "2027/1/6", "水泵", "台", "工程", "急用"],
    ["單價", "數量", "需用日期", "物資名稱", "單位", "類別", "備註"],
    ["abc", 4, null, "扳手", "把", "工程", null],
    [3, "两箱", null, "螺丝", "盒", "工程", null],
    [3, 5, "2027-02-30", null, "盒", "工程", null],
    [{ error: "#N/A" }, 1, "5/12/2027", "胶布", "卷", "保潔", null],
    [null, 10, null, "合計", null, null, null],
  ];
  for (const row of rows) ws.addRow(row);
  ws.getColumn(3).numFmt = "yyyy-mm-dd";
  await book.xlsx.writeFile(path);
}

describe("reading a real .xlsx: title rows, Traditional headers in any order, repeated header, blank and 合計 rows", () => {
  let read: TableRead<typeof REQUEST_TABLE>;
  beforeAll(async () => {
    const dir = await mkdtemp(join(tmpdir(), "propdesk-read-"));
    const path = join(dir, "book.xlsx");
    await writeWorkbook(path);
    const { book } = await readXlsxFile(path);
    await rm(dir, { recursive: true, force: true });
    read = readTable(book.sheets[0]!, REQUEST_TABLE, { date1904: book.date1904 });
  });

  it("reads back exactly the data rows", () => {
    expect(read.headerRow).toBe(4);
    expect(
      read.rows.map((r) => [
        r.row,
        r.values.item,
        r.values.quantity,
        r.values.unitPrice?.toString() ?? null,
        r.values.neededBy,
      ]),
    ).toEqual([
      [5, "A4纸", 30000, "25", "2027-01-05"],
      [7, "水泵", 20000, "1200", "2027-01-06"],
      [9, "扳手", 40000, null, null],
      [12, "胶布", 10000, null, null],
    ]);
    expect(read.labels.get("部门")).toBe("客服部");
  });

  it("names every bad cell with its Excel coordinates", () => {
    expect(read.issues.map((i) => [i.code, i.severity, `${i.column}${i.row}`])).toEqual([
      ["not_a_number", "warning", "A9"],
      ["not_a_number", "error", "B10"],
      ["not_a_date", "warning", "C11"],
      ["value_required", "error", "D11"],
      ["cell_error", "warning", "A12"],
      ["ambiguous_date", "warning", "C12"],
    ]);
    expect(read.rejectedRows).toEqual([10, 11]);
  });
});
