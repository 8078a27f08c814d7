import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findSoffice, recalculateXlsx } from "./libreoffice";

const soffice = findSoffice();
if (!soffice)
  console.warn(
    "libreoffice.test: LibreOffice (soffice) not found on PATH or in /usr/lib/libreoffice; tests skipped",
  );

describe.skipIf(!soffice)("recalculateXlsx", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-lo-test-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it("recomputes formulas whose cached results are wrong or missing", async () => {
    const book = new ExcelJS.Workbook();
    const fees = book.addWorksheet("收费");
    fees.getCell("A1").value = 10.5;
    fees.getCell("A2").value = 20.25;
    fees.getCell("A3").value = 30;
    fees.getCell("A4").value = { formula: "SUM(A1:A3)", result: 999 };
    fees.getCell("A5").value = { formula: "SUBTOTAL(9,A1:A3)", date1904: false };
    fees.getCell("B1").value = { formula: 'HYPERLINK("https://example.com/a","查看")', date1904: false };
    fees.getCell("B2").value = { formula: "A4*2", result: -1 };
    fees.getCell("B3").value = { formula: 'IF(A3>20,"高","低")', result: "wrong" };
    fees.getCell("C1").value = "3-1-502";
    const other = book.addWorksheet("Other");
    other.getCell("B2").value = { formula: "'收费'!A4+1", result: 0 };
    other.getCell("A1").value = true;
    const date = other.getCell("A3");
    date.value = new Date(Date.UTC(2026, 9 /* Oct */, 8));
    date.numFmt = "yyyy-mm-dd";
    const path = join(dir, "wrong-cache.xlsx");
    await book.xlsx.writeFile(path);

    const grids = await recalculateXlsx(path);

    expect([...grids.keys()]).toEqual(["收费", "Other"]);
    expect(grids.get("收费")).toEqual([
      [10.5, "查看", "3-1-502"],
      [20.25, 121.5, null],
      [30, "高", null],
      [60.75, null, null],
      [60.75, null, null],
    ]);
    expect(grids.get("Other")).toEqual([
      [true, null],
      [null, 61.75],
      [46303, null],
    ]);
  });

  it("names the file and quotes LibreOffice's stderr when it cannot load the workbook", async () => {
    const path = join(dir, "corrupt.xlsx");
    await writeFile(path, "PK\u0003\u0004 not a workbook");
    await expect(recalculateXlsx(path)).rejects.toThrow(
      /corrupt\.xlsx[\s\S]*stderr:[\s\S]*could not be loaded/,
    );
  });
});
