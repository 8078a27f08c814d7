import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoToExcelSerial, type SheetSpec } from "../../../core/index";
import { readXlsxFile } from "../readBook";
import { editZip } from "../zipFixture.testkit";
import { openZip, type ZipArchive } from "../zipArchive";
import { memorySink } from "./byteSink";
import { ownerMarkers } from "./ownerMarkers";
import { readWorkbookPart } from "./workbookPart";
import { writePackage, type PackageWritten } from "./writePackage";

let dir: string;
let counter = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-writepackage-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const PLAN_KEY = "purchase-plan/plan/2027-01";
const DETAIL_KEY = "purchase-plan/detail/2027-01";

function planSpec(paperQuantity = 10): SheetSpec {
  return {
    name: "Plan",
    key: PLAN_KEY,
    cells: [
      ["2027年1月 采购计划"],
      ["工程部"],
      ["品名", "数量", "单价", "金额"],
      ["A4纸", paperQuantity, 25.5, { formula: "B4*C4", value: paperQuantity * 25.5 }],
      ["中性笔", 0, 2, { formula: "B5*C5", value: 0 }],
      ["合计", null, null, { formula: "SUBTOTAL(9,D4:D5)", value: paperQuantity * 25.5 }],
      [
        { text: "查看明细", sheet: "Detail", cell: "A3" },
        { date: "2027-01-31" },
        true,
        "  spaced & <tagged>  ",
      ],
    ],
    columns: [{ width: 20 }, { width: 8 }, { width: 10 }, { width: 12.5 }],
    styles: [
      { style: "title", top: 1, left: 1, bottom: 1, right: 4 },
      { style: "header", top: 3, left: 1, bottom: 3, right: 4 },
      { style: "body", top: 4, left: 1, bottom: 6, right: 4 },
      { style: "total", top: 6, left: 1, bottom: 6, right: 4 },
    ],
    numberFormats: [{ format: "#,##0.00", top: 4, left: 3, bottom: 6, right: 4 }],
    merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    freeze: { rows: 3, columns: 1 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 3, last: 3 } },
  };
}

function detailSpec(): SheetSpec {
  return {
    name: "Detail",
    key: DETAIL_KEY,
    cells: [
      ["明细"],
      [
        { formula: "Plan!D6", value: 255 },
        { text: "返回", sheet: "Plan", cell: "A1" },
      ],
      ["A4纸", 10],
    ],
    columns: [{ width: 12 }, { width: 12 }],
    styles: [],
    numberFormats: [],
    merges: [],
  };
}

async function userWorkbook(options: { date1904?: boolean; sheets?: string[] } = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (const name of options.sheets ?? ["Input"]) {
    const ws = workbook.addWorksheet(name);
    ws.getCell("A1").value = `${name}: the clerk's own`;
    ws.getCell("B2").value = 42;
  }
  if (options.date1904 === true) workbook.properties.date1904 = true;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function write(
  input: Uint8Array,
  specs: SheetSpec[],
): Promise<{ bytes: Uint8Array; zip: ZipArchive; written: PackageWritten }> {
  const sink = memorySink();
  const written = await writePackage(input, specs, sink);
  const bytes = sink.bytes();
  const zip = openZip(bytes);
  if (zip === null) throw new Error("not a zip");
  return { bytes, zip, written };
}

async function readBack(bytes: Uint8Array) {
  const path = join(dir, `out-${++counter}.xlsx`);
  await writeFile(path, bytes);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.readFile(path);
  return { book: (await readXlsxFile(path)).book, loaded };
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

function markers(zip: ZipArchive): [string, string[]][] {
  return ownerMarkers(readWorkbookPart(zip.text("xl/workbook.xml") ?? "")).map((m) => [m.key, m.sheets]);
}

describe("writePackage", () => {
  it("writes values, formulas with their results, links and dates that read back as Office.js would", async () => {
    const { bytes, written } = await write(await userWorkbook(), [planSpec(), detailSpec()]);
    expect(written.sheets).toEqual([
      { key: PLAN_KEY, name: "Plan", replaced: false },
      { key: DETAIL_KEY, name: "Detail", replaced: false },
    ]);
    const { book } = await readBack(bytes);
    expect(book.sheets.map((s) => [s.name, s.ownerKey])).toEqual([
      ["Input", undefined],
      ["Plan", PLAN_KEY],
      ["Detail", DETAIL_KEY],
    ]);
    expect(book.sheets[1]?.values).toEqual([
      ["2027年1月 采购计划", null, null, null],
      ["工程部", null, null, null],
      ["品名", "数量", "单价", "金额"],
      ["A4纸", 10, 25.5, 255],
      ["中性笔", 0, 2, 0],
      ["合计", null, null, 255],
      ["查看明细", isoToExcelSerial("2027-01-31", false), true, "  spaced & <tagged>  "],
    ]);
    expect(book.sheets[1]?.numberFormats?.[3]).toEqual(["General", "General", "#,##0.00", "#,##0.00"]);
    expect(book.sheets[1]?.numberFormats?.[6]?.[1]).toBe("yyyy-mm-dd");
  });

  it("keeps formulas, merges, freeze panes, widths, page setup and styles; links point inside the workbook", async () => {
    const { bytes, zip } = await write(await userWorkbook(), [planSpec(), detailSpec()]);
    const { loaded } = await readBack(bytes);
    const plan = sheet(loaded, "Plan");
    expect([plan.getCell("D4").formula, plan.getCell("D4").result]).toEqual(["B4*C4", 255]);
    expect([plan.getCell("D5").formula, plan.getCell("D5").result]).toEqual(["B5*C5", 0]);
    expect(plan.model.merges).toEqual(["A1:D1"]);
    expect(plan.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 3, topLeftCell: "B4" });
    expect([1, 2, 3, 4].map((c) => plan.getColumn(c).width)).toEqual([20, 8, 10, 12.5]);
    expect(plan.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: "3:3",
    });
    expect(plan.getCell("A1").font).toMatchObject({ bold: true, size: 16, name: "等线" });
    expect(plan.getCell("D1").alignment).toMatchObject({ horizontal: "center", vertical: "middle" });
    expect(plan.getCell("B3").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
    expect(plan.getCell("B3").alignment).toMatchObject({ wrapText: true });
    expect(plan.getCell("C6").border).toMatchObject({ top: { style: "double" }, left: { style: "thin" } });
    expect(plan.getCell("A7").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    const xml = (part: string) => zip.text(part) ?? "";
    const detailPart = zip.names.find((n) => xml(n).includes("返回")) ?? "";
    expect(xml(detailPart)).toContain(`<hyperlink ref="B2" location="'Plan'!A1" display="返回"/>`);
  });

  it("replaces its own sheets in place on a re-run, leaving every other sheet and part alone", async () => {
    const first = await write(await userWorkbook({ sheets: ["Input", "After"] }), [planSpec(), detailSpec()]);
    const { written, bytes, zip } = await write(first.bytes, [planSpec(20)]);
    expect(written.sheets).toEqual([{ key: PLAN_KEY, name: "Plan", replaced: true }]);
    const { loaded } = await readBack(bytes);
    expect(loaded.worksheets.map((ws) => ws.name)).toEqual(["Input", "After", "Plan", "Detail"]);
    expect(sheet(loaded, "Plan").getCell("B4").value).toBe(20);
    expect(sheet(loaded, "Plan").getCell("D6").result).toBe(510);
    expect(sheet(loaded, "Detail").getCell("B3").value).toBe(10);
    expect(markers(zip)).toEqual([
      [DETAIL_KEY, ["Detail"]],
      [PLAN_KEY, ["Plan"]],
    ]);
    const workbook = zip.text("xl/workbook.xml") ?? "";
    expect(workbook.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
    const sheetParts = zip.names.filter((n) => n.startsWith("xl/worksheets/sheet"));
    expect(sheetParts).toHaveLength(4);
    for (const name of first.zip.names.filter(
      (n) => !/workbook|Content_Types|app\.xml|styles|sheet3/.test(n),
    ))
      expect(
        Buffer.from(zip.raw(name)?.data ?? []).equals(Buffer.from(first.zip.raw(name)?.data ?? [])),
        name,
      ).toBe(true);
  });

  it("never touches a user's sheet of the same name (ignoring case): the new one is suffixed and links follow it", async () => {
    const { bytes, written } = await write(await userWorkbook({ sheets: ["plan"] }), [
      planSpec(),
      detailSpec(),
    ]);
    expect(written.sheets.map((w) => w.name)).toEqual(["Plan (2)", "Detail"]);
    const { loaded } = await readBack(bytes);
    expect(sheet(loaded, "plan").getCell("A1").value).toBe("plan: the clerk's own");
    expect(sheet(loaded, "Detail").getCell("A2").formula).toBe("'Plan (2)'!D6");
    const rerun = await write(bytes, [planSpec(30)]);
    expect(rerun.written.sheets).toEqual([{ key: PLAN_KEY, name: "Plan (2)", replaced: true }]);
    const after = await readBack(rerun.bytes);
    expect(after.loaded.worksheets.map((ws) => ws.name)).toEqual(["plan", "Plan (2)", "Detail"]);
    expect(sheet(after.loaded, "Plan (2)").getCell("B4").value).toBe(30);
  });

  it("keeps the name and visibility a user gave PropDesk's sheet when replacing it", async () => {
    const first = await write(await userWorkbook(), [planSpec(), detailSpec()]);
    const renamed = editZip(first.bytes, (name, text) =>
      name === "xl/workbook.xml"
        ? text
            .replace('<sheet name="Plan"', '<sheet name="我的计划" state="hidden"')
            .replace(/'Plan'!\$A\$1/, "'我的计划'!$A$1")
        : text,
    );
    const { written, bytes } = await write(renamed, [planSpec(), detailSpec()]);
    expect(written.sheets.map((w) => [w.name, w.replaced])).toEqual([
      ["我的计划", true],
      ["Detail", true],
    ]);
    const { loaded } = await readBack(bytes);
    expect(loaded.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["Input", "visible"],
      ["我的计划", "hidden"],
      ["Detail", "visible"],
    ]);
    expect(sheet(loaded, "Detail").getCell("A2").formula).toBe("'我的计划'!D6");
  });

  it("replaces nothing when a key marks several sheets (a copied sheet), and marks the new one alone", async () => {
    const first = await write(await userWorkbook({ sheets: ["Input", "Plan copy"] }), [planSpec()]);
    const copied = editZip(first.bytes, (name, text) =>
      name === "xl/workbook.xml" ? text.replace("'Plan'!$A$1", "'Plan'!$A$1,'Plan copy'!$A$1") : text,
    );
    const { written, zip } = await write(copied, [planSpec()]);
    expect(written.sheets).toEqual([{ key: PLAN_KEY, name: "Plan (2)", replaced: false }]);
    expect(readWorkbookPart(zip.text("xl/workbook.xml") ?? "").sheets.map((s) => s.name)).toEqual([
      "Input",
      "Plan copy",
      "Plan",
      "Plan (2)",
    ]);
    expect(markers(zip)).toEqual([[PLAN_KEY, ["Plan (2)"]]]);
  });

  it("drops markers of deleted sheets and trims those naming one", async () => {
    const first = await write(await userWorkbook(), [planSpec(), detailSpec()]);
    const deleted = editZip(first.bytes, (name, text) =>
      name === "xl/workbook.xml"
        ? text.replace("'Detail'!$A$1", "#REF!$A$1").replace("'Plan'!$A$1", "'Plan'!$A$1,#REF!$A$1")
        : text,
    );
    const { zip } = await write(deleted, []);
    expect(markers(zip)).toEqual([[PLAN_KEY, ["Plan"]]]);
  });

  it("removes the parts only a replaced sheet used (a comment added in Excel) and the calculation chain", async () => {
    const first = await write(await userWorkbook(), [planSpec()]);
    const planPart = "xl/worksheets/sheet2.xml";
    const commented = editZip(
      first.bytes,
      (name, text) => {
        if (name === "[Content_Types].xml")
          return text.replace(
            "</Types>",
            '<Override PartName="/xl/comments9.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml"/><Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>',
          );
        if (name === "xl/_rels/workbook.xml.rels")
          return text.replace(
            "</Relationships>",
            '<Relationship Id="rId77" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>',
          );
        return text;
      },
      [
        [
          "xl/worksheets/_rels/sheet2.xml.rels",
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments9.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="https://example.com/" TargetMode="External"/></Relationships>',
        ],
        ["xl/comments9.xml", "<comments/>"],
        ["xl/calcChain.xml", '<calcChain><c r="D4" i="2"/></calcChain>'],
      ],
    );
    expect(openZip(commented)?.text(planPart)).toContain("A4纸");
    const { zip } = await write(commented, [planSpec(40)]);
    for (const gone of ["xl/worksheets/_rels/sheet2.xml.rels", "xl/comments9.xml", "xl/calcChain.xml"])
      expect(zip.has(gone), gone).toBe(false);
    expect(zip.text("[Content_Types].xml")).not.toMatch(/comments9|calcChain/);
    expect(zip.text("xl/_rels/workbook.xml.rels")).not.toContain("calcChain");
    expect(zip.text(planPart)).toContain("<v>40</v>");
  });

  it("writes dates as serials of a 1904 workbook", async () => {
    const { bytes } = await write(await userWorkbook({ date1904: true }), [planSpec()]);
    const { book } = await readBack(bytes);
    expect(book.sheets[1]?.values[6]?.[1]).toBe(isoToExcelSerial("2027-01-31", true));
  });

  it("gives a package without a stylesheet one, registered", async () => {
    const bare = editZip(await userWorkbook(), (name, text) =>
      name === "xl/_rels/workbook.xml.rels" ? text.replace(/<Relationship [^>]*styles[^>]*\/>/, "") : text,
    );
    const unstyled = openZip(bare);
    expect(unstyled?.text("xl/_rels/workbook.xml.rels")).not.toContain("styles");
    const { zip } = await write(bare, [planSpec()]);
    expect(zip.text("xl/_rels/workbook.xml.rels")).toMatch(/Target="styles1?\.xml"/);
  });

  it("refuses two specs with one key", async () => {
    await expect(
      write(await userWorkbook(), [planSpec(), { ...detailSpec(), key: PLAN_KEY }]),
    ).rejects.toThrow(/key/);
  });
});
