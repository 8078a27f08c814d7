import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { inspectXlsx } from "./inspectXlsx";
import { editZip, storedZip } from "./zipFixture.testkit";

const CFB_HEADER = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** A compound-file (OLE) header followed by directory entry names in UTF-16LE, like Office writes them. */
function cfb(...streams: string[]): Uint8Array {
  const names = streams.map((s) => Buffer.from(`${s}\0`, "utf16le"));
  return new Uint8Array(
    Buffer.concat([Buffer.from(CFB_HEADER), Buffer.alloc(504), ...names, Buffer.alloc(64)]),
  );
}

async function plainXlsx(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("数据").getCell("A1").value = 1;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("inspectXlsx", () => {
  it("recognises an .xlsx, charts, pivot tables and macros included", async () => {
    expect(inspectXlsx(await plainXlsx())).toEqual({ kind: "xlsx" });
    const parts = [
      ["xl/pivotTables/pivotTable1.xml", "<pivotTableDefinition/>"],
      ["xl/vbaProject.bin", "vba"],
      ["xl/charts/chart1.xml", "<c:chartSpace/>"],
    ] as const;
    expect(inspectXlsx(editZip(await plainXlsx(), (_, text) => text, parts))).toEqual({ kind: "xlsx" });
  });

  it("tells a password-protected .xlsx (EncryptionInfo / EncryptedPackage streams) from an old .xls", () => {
    expect(inspectXlsx(cfb("EncryptionInfo", "EncryptedPackage")).kind).toBe("encrypted");
    expect(inspectXlsx(cfb("EncryptedPackage")).kind).toBe("encrypted");
    expect(inspectXlsx(cfb("Workbook", "SummaryInformation")).kind).toBe("xls");
  });

  it("does not take the ASCII word for the UTF-16 stream name", () => {
    const ascii = new Uint8Array(Buffer.concat([Buffer.from(CFB_HEADER), Buffer.from("EncryptionInfo")]));
    expect(inspectXlsx(ascii).kind).toBe("xls");
  });

  it("rejects text, empty files and zips that are no workbook", () => {
    expect(inspectXlsx(new TextEncoder().encode("name,qty\npaper,5\n")).kind).toBe("not-xlsx");
    expect(inspectXlsx(new Uint8Array()).kind).toBe("not-xlsx");
    expect(
      inspectXlsx(
        storedZip([
          ["word/document.xml", "<w/>"],
          ["[Content_Types].xml", "<Types/>"],
        ]),
      ).kind,
    ).toBe("not-xlsx");
    expect(inspectXlsx(storedZip([["xl/workbook.xml", "<workbook/>"]])).kind).toBe("not-xlsx");
  });

  it("rejects a truncated .xlsx", async () => {
    const bytes = await plainXlsx();
    expect(inspectXlsx(bytes.subarray(0, Math.floor(bytes.length / 2))).kind).toBe("not-xlsx");
  });
});
