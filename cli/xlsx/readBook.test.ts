import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UserError } from "../userError";
import { encodeOwnerKey } from "./ownership";
import { readXlsxFile } from "./readBook";
import { editZip, storedZip } from "./zipFixture.testkit";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-readbook-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function save(name: string, bytes: Uint8Array | ExcelJS.Workbook): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, bytes instanceof Uint8Array ? bytes : new Uint8Array(await bytes.xlsx.writeBuffer()));
  return path;
}

const jan5 = new Date(Date.UTC(2026, 0, 5));
const SERIAL_JAN5 = 46027;

/** A clerk's input sheet with every kind of cell Office.js distinguishes. */
function inputsWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("收费");
  ws.getCell("A1").value = "阳光花园 物业收费";
  ws.mergeCells("A1:C1");
  ws.getRow(2).values = ["日期", "金额", "说明", "链接", "十倍", "双倍"];

  ws.getCell("A3").value = jan5;
  ws.getCell("A3").numFmt = "yyyy-mm-dd";
  ws.getCell("B3").value = 1200.5;
  ws.getCell("B3").numFmt = "#,##0.00";
  ws.getCell("C3").value = { richText: [{ text: "一号楼" }, { font: { bold: true }, text: "302" }] };
  ws.getCell("D3").value = { text: "收据", hyperlink: "https://example.com/r/1" };

  ws.getCell("A4").value = new Date(Date.UTC(2026, 0, 5, 18, 0));
  ws.getCell("A4").numFmt = "yyyy-mm-dd hh:mm";
  ws.getCell("B4").value = { formula: "B3*2", result: 2401 };
  ws.getCell("C4").value = { error: "#N/A" };
  ws.getCell("D4").value = true;

  ws.getCell("A5").value = { formula: "B3+1" };
  ws.getCell("B5").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("C5").value = { formula: 'C3&"室"', result: "一号楼302室" };
  ws.getCell("D5").value = { formula: "A3+1", result: new Date(Date.UTC(2026, 0, 6)) };
  ws.getCell("D5").numFmt = "yyyy-mm-dd";

  ws.fillFormula("E3:E5", "B3*10", [12005, 24010, 0]);
  const arrayFormula = { formula: "B3:B4*2", result: 2401, shareType: "array", ref: "F3:F4" };
  ws.getCell("F3").value = arrayFormula as ExcelJS.CellFormulaValue;
  ws.getCell("F4").value = 4802;

  ws.getCell("F5").value = { formula: "B3<0", result: false };
  // ExcelJS reads a cached "" (`<v></v>`) as no result: it comes back blank (null), like an empty cell.
  ws.getCell("A6").value = { formula: 'IF(B3>0,"")', result: "" };
  ws.getCell("B7").value = "合并";
  ws.mergeCells("B7:C8");
  return workbook;
}

describe("readXlsxFile", () => {
  it("gives each cell as Office.js Range.values would", async () => {
    const { book } = await readXlsxFile(await save("inputs.xlsx", inputsWorkbook()));
    expect(book.date1904).toBe(false);
    expect(book.sheets).toHaveLength(1);
    const sheet = book.sheets[0];
    expect(sheet?.name).toBe("收费");
    expect(sheet?.origin).toEqual({ row: 1, column: 1 });
    expect(sheet?.values).toEqual([
      ["阳光花园 物业收费", null, null, null, null, null],
      ["日期", "金额", "说明", "链接", "十倍", "双倍"],
      [SERIAL_JAN5, 1200.5, "一号楼302", "收据", 12005, 2401],
      [SERIAL_JAN5 + 0.75, 2401, "#N/A", true, 24010, 4802],
      [null, "#DIV/0!", "一号楼302室", SERIAL_JAN5 + 1, 0, false],
      [null, null, null, null, null, null],
      [null, "合并", null, null, null, null],
    ]);
    expect(sheet?.numberFormats?.[2]).toEqual([
      "yyyy-mm-dd",
      "#,##0.00",
      "General",
      "General",
      "General",
      "General",
    ]);
    expect(sheet?.numberFormats?.[3]?.[0]).toBe("yyyy-mm-dd hh:mm");
    expect(sheet?.numberFormats?.[4]?.[3]).toBe("yyyy-mm-dd");
    expect(sheet?.ownerKey).toBeUndefined();
  });

  it("gives the used range from the first to the last non-empty cell, hidden and empty sheets too", async () => {
    const workbook = new ExcelJS.Workbook();
    const offset = workbook.addWorksheet("Offset");
    offset.getCell("C4").value = "a";
    offset.getCell("D6").value = 2;
    offset.getCell("A1").numFmt = "0.00";
    const hidden = workbook.addWorksheet("Hidden", { state: "hidden" });
    hidden.getCell("A1").value = 1;
    workbook.addWorksheet("Empty");
    const { book } = await readXlsxFile(await save("ranges.xlsx", workbook));
    expect(book.sheets).toEqual([
      {
        name: "Offset",
        origin: { row: 4, column: 3 },
        values: [
          ["a", null],
          [null, null],
          [null, 2],
        ],
        numberFormats: [
          ["General", "General"],
          ["General", "General"],
          ["General", "General"],
        ],
      },
      { name: "Hidden", origin: { row: 1, column: 1 }, values: [[1]], numberFormats: [["General"]] },
      { name: "Empty", origin: { row: 1, column: 1 }, values: [], numberFormats: [] },
    ]);
  });

  it("gives dates as serials of the 1904 date system in a 1904 workbook", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.properties.date1904 = true;
    const ws = workbook.addWorksheet("Mac");
    ws.getCell("A1").value = jan5;
    ws.getCell("A1").numFmt = "yyyy/m/d";
    const { book } = await readXlsxFile(await save("mac.xlsx", workbook));
    expect(book.date1904).toBe(true);
    expect(book.sheets[0]?.values).toEqual([[SERIAL_JAN5 - 1462]]);
    expect(book.sheets[0]?.numberFormats).toEqual([["yyyy/m/d"]]);
  });

  it('recognises dates in Chinese Excel\'s built-in formats stored by id only (31 = yyyy"年"m"月"d"日")', async () => {
    const workbook = new ExcelJS.Workbook();
    const ws = workbook.addWorksheet("日期");
    ws.getCell("A1").value = jan5;
    ws.getCell("A1").numFmt = "mm-dd-yy";
    const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
    const chinese = editZip(bytes, (name, text) => {
      if (name !== "xl/styles.xml") return text;
      expect(text).toContain('numFmtId="14"');
      return text.replace(/numFmtId="14"/g, 'numFmtId="31"');
    });
    const { book } = await readXlsxFile(await save("chinese-format.xlsx", chinese));
    expect(book.sheets[0]?.values).toEqual([[SERIAL_JAN5]]);
    expect(book.sheets[0]?.numberFormats).toEqual([['yyyy"年"m"月"d"日"']]);
  });

  it("sets ownerKey on the sheets PropDesk wrote", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Input").getCell("A1").value = 1;
    workbook.addWorksheet("Plan 2027-01").getCell("A1").value = "plan";
    workbook.definedNames.add("'Plan 2027-01'!$A$1", encodeOwnerKey("purchase-plan/plan/2027-01"));
    const { book } = await readXlsxFile(await save("owned.xlsx", workbook));
    expect(book.sheets.map((s) => s.ownerKey)).toEqual([undefined, "purchase-plan/plan/2027-01"]);
  });
});

describe("readXlsxFile on a user's mistake", () => {
  const cfbHeader = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

  async function failure(path: string): Promise<UserError> {
    const error: unknown = await readXlsxFile(path).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UserError);
    const userError = error as UserError;
    expect(userError.message).toContain(path);
    expect(userError.message).not.toContain("\n");
    return userError;
  }

  it("names a missing file", async () => {
    const error = await failure(join(dir, "no-such-book.xlsx"));
    expect(error.code).toBe("file-not-found");
    expect(error.message).toMatch(/not found/);
  });

  it("names a folder", async () => {
    const folder = join(dir, "folder.xlsx");
    await mkdir(folder);
    expect((await failure(folder)).code).toBe("is-folder");
  });

  it("names a password-protected workbook", async () => {
    const path = await save(
      "secret.xlsx",
      new Uint8Array(Buffer.concat([cfbHeader, Buffer.alloc(500), Buffer.from("EncryptionInfo", "utf16le")])),
    );
    const error = await failure(path);
    expect(error.code).toBe("encrypted");
    expect(error.message).toMatch(/password/);
  });

  it("names an old .xls", async () => {
    const path = await save(
      "old.xlsx",
      new Uint8Array(Buffer.concat([cfbHeader, Buffer.alloc(500), Buffer.from("Workbook", "utf16le")])),
    );
    const error = await failure(path);
    expect(error.code).toBe("old-xls");
    expect(error.message).toMatch(/\.xls\b/);
  });

  it("names a text file renamed .xlsx", async () => {
    const error = await failure(await save("list.xlsx", new TextEncoder().encode("户号,金额\n1-302,1200\n")));
    expect(error.code).toBe("not-xlsx");
    expect(error.message).toMatch(/Not an \.xlsx file/);
  });

  it("names a truncated (damaged) .xlsx", async () => {
    const bytes = new Uint8Array(await inputsWorkbook().xlsx.writeBuffer());
    const error = await failure(await save("cut.xlsx", bytes.subarray(0, bytes.length - 100)));
    expect(error.code).toBe("damaged");
  });

  it("names an .xlsx whose parts ExcelJS cannot parse", async () => {
    const broken = storedZip([
      ["[Content_Types].xml", "<Types/>"],
      ["xl/workbook.xml", "<workbook><sheets><sheet name="],
      ["xl/worksheets/sheet1.xml", "<worksheet><sheetData><row r='1'><c r='A1'><v>1</v></row>"],
    ]);
    const error = await failure(await save("broken.xlsx", broken));
    expect(error.code).toBe("damaged");
  });
});
