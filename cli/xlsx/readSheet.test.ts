import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { readTable } from "../../core/index";
import { LOAN_TABLE } from "../../core/jobs/finance/advances/inputs";
import { readSheet } from "./readSheet";

/** 借款登记表 as an office keeps it: 借款金额 merged over 大写 | 小写, the other headers merged down. */
async function loansSheet(): Promise<ExcelJS.Worksheet> {
  const written = new ExcelJS.Workbook();
  const ws = written.addWorksheet("借款登记");
  ws.getRow(1).values = ["借款登记表"];
  ws.getRow(2).values = ["借款单号", "借款日期", "借款人", "借款金额", null, "借款人签字"];
  ws.getRow(3).values = [null, null, null, "大写", "小写", null];
  ws.getRow(4).values = ["JK-01", new Date(Date.UTC(2026, 10, 2)), "李敏", "壹万贰仟元整", 12000, "李敏"];
  ws.mergeCells("A1:F1");
  ws.mergeCells("D2:E2");
  for (const c of ["A", "B", "C", "F"]) ws.mergeCells(`${c}2:${c}3`);
  // read back from the file's bytes, as the command line reads a workbook
  const read = new ExcelJS.Workbook();
  await read.xlsx.load(await written.xlsx.writeBuffer());
  return read.getWorksheet("借款登记")!;
}

describe("readSheet", () => {
  it("gives the sheet's merged areas, in Excel rows and columns", async () => {
    const sheet = readSheet(await loansSheet(), false);
    expect(sheet.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 6 },
        { top: 2, left: 4, bottom: 2, right: 5 },
        { top: 2, left: 1, bottom: 3, right: 1 },
        { top: 2, left: 6, bottom: 3, right: 6 },
      ]),
    );
    expect(sheet.merges).toHaveLength(6);
    const loans = readTable(sheet, LOAN_TABLE, { date1904: false });
    expect(loans.headerRows).toEqual([2, 3]);
    expect(loans.columns).toMatchObject({ number: "A", date: "B", borrower: "C", amount: "E" });
    expect(loans.rows.map((r) => r.values.amount)).toEqual([1_200_000]);
  });

  it("gives no merged areas for a sheet without any", () => {
    const ws = new ExcelJS.Workbook().addWorksheet("表");
    ws.getRow(1).values = ["物资名称", "数量"];
    expect(readSheet(ws, false).merges).toBeUndefined();
  });
});
