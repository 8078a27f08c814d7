import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SheetSpec } from "../../../core/index";
import { findSoffice, recalculateXlsx } from "../../../test/helpers/libreoffice";
import { readXlsxFile } from "../readBook";
import { editZip } from "../zipFixture.testkit";
import { openZip, type ZipArchive } from "../zipArchive";
import { blankWorkbook } from "./blankWorkbook";
import { memorySink } from "./byteSink";
import { contentTypeOf } from "./contentTypes";
import { moreFeatures } from "./featureWorkbooks.testkit";
import { ownerMarkers } from "./ownerMarkers";
import { partGraph } from "./partGraph";
import { readWorkbookPart } from "./workbookPart";
import { writePackage, type PackageWriteOptions, type PackageWritten } from "./writePackage";

const FEES_KEY = "fee-statistics/2026-11";
const FEE_ISSUES_KEY = "fee-statistics/2026-11/issues";
const RATES_KEY = "collection/rates/2026-11~2026-11";
const soffice = findSoffice();

let dir: string;
let counter = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-carry-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A sheet like a job's: title merged over the table, styled header and totals, a formula, widths, print titles. */
function feesSpec(charged = 1200): SheetSpec {
  return {
    name: "费用统计 2026-11",
    key: FEES_KEY,
    cells: [
      ["2026年11月 费用统计"],
      ["项目", "应收", "实收", "收缴率"],
      ["物业费", charged, 900, { formula: "C3/B3", value: 900 / charged }],
      ["停车费", 300, 300, { formula: "C4/B4", value: 1 }],
      [
        "合计",
        { formula: "SUBTOTAL(9,B3:B4)", value: charged + 300 },
        { formula: "SUBTOTAL(9,C3:C4)", value: 1200 },
      ],
      [{ text: "问题清单", sheet: "问题清单 2026-11 费用统计", cell: "A1" }, { date: "2026-11-30" }],
    ],
    columns: [{ width: 16 }, { width: 11 }, { width: 11.5 }, { width: 9 }],
    styles: [
      { style: "title", top: 1, left: 1, bottom: 1, right: 4 },
      { style: "header", top: 2, left: 1, bottom: 2, right: 4 },
      { style: "body", top: 3, left: 1, bottom: 4, right: 4 },
      { style: "total", top: 5, left: 1, bottom: 5, right: 4 },
    ],
    numberFormats: [
      { format: '#,##0.00"元"', top: 3, left: 2, bottom: 5, right: 3 },
      { format: "0.00%", top: 3, left: 4, bottom: 4, right: 4 },
    ],
    merges: [{ top: 1, left: 1, bottom: 1, right: 4 }],
    freeze: { rows: 2, columns: 1 },
    print: { orientation: "landscape", paper: "A4", fitToWidth: true, repeatRows: { first: 2, last: 2 } },
  };
}

function issuesSpec(key = FEE_ISSUES_KEY, name = "问题清单 2026-11 费用统计"): SheetSpec {
  return {
    name,
    key,
    cells: [["问题清单"], ["没有发现问题。"]],
    columns: [{ width: 40 }],
    styles: [{ style: "title", top: 1, left: 1, bottom: 1, right: 1 }],
    numberFormats: [],
    merges: [],
  };
}

function ratesSpec(rate = 0.75): SheetSpec {
  return {
    name: "收缴率 2026-11",
    key: RATES_KEY,
    cells: [["收缴率"], ["物业费", rate]],
    columns: [{ width: 12 }, { width: 10 }],
    styles: [{ style: "header", top: 1, left: 1, bottom: 1, right: 2 }],
    numberFormats: [{ format: "0.0%", top: 2, left: 2, bottom: 2, right: 2 }],
    merges: [],
  };
}

/** A user's workbook; `styled` gives it fonts, fills and custom number formats of its own, so indices shift. */
async function userWorkbook(styled = false): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const ws = workbook.addWorksheet("收费台账");
  ws.getCell("A1").value = "房号";
  ws.getCell("B1").value = 300;
  if (styled) {
    ws.getCell("A1").font = { name: "宋体", size: 9, italic: true, color: { argb: "FF00AA00" } };
    ws.getCell("A2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF112233" } };
    ws.getCell("B1").numFmt = '0.000"吨"';
    ws.getCell("B2").numFmt = "yyyy/m/d h:mm";
    ws.getCell("C1").border = { bottom: { style: "medium" } };
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function write(
  input: Uint8Array,
  specs: readonly SheetSpec[],
  options: PackageWriteOptions = {},
): Promise<{ bytes: Uint8Array; zip: ZipArchive; written: PackageWritten }> {
  const sink = memorySink();
  const written = await writePackage(input, specs, sink, options);
  const bytes = sink.bytes();
  const zip = openZip(bytes);
  if (zip === null) throw new Error("not a zip");
  return { bytes, zip, written };
}

async function saved(bytes: Uint8Array): Promise<string> {
  const path = join(dir, `carry-${++counter}.xlsx`);
  await writeFile(path, bytes);
  return path;
}

async function loaded(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await saved(bytes));
  return workbook;
}

function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

function sheetNames(zip: ZipArchive): string[] {
  return readWorkbookPart(zip.text("xl/workbook.xml") ?? "").sheets.map((s) => s.name);
}

function markers(zip: ZipArchive): [string, string[]][] {
  return ownerMarkers(readWorkbookPart(zip.text("xl/workbook.xml") ?? "")).map((m) => [m.key, m.sheets]);
}

/** Every cell of a sheet as ExcelJS reads it: value, formula and result, and its whole look. */
function cellsOf(ws: ExcelJS.Worksheet): unknown[] {
  const cells: unknown[] = [];
  ws.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) =>
      cells.push({
        address: cell.address,
        value: cell.value,
        font: cell.font,
        fill: cell.fill,
        border: cell.border,
        numFmt: cell.numFmt,
        alignment: cell.alignment,
      }),
    ),
  );
  return cells;
}

describe("carrying PropDesk's sheets of an earlier output into a new one", () => {
  it("keeps values, formulas, styles, merges, widths, freeze panes, print titles and the ownership marker", async () => {
    const earlier = await write(await userWorkbook(), [feesSpec(), issuesSpec()]);
    const now = await write(await userWorkbook(true), [ratesSpec()], { carry: { from: earlier.bytes } });
    expect(now.written.sheets).toEqual([{ key: RATES_KEY, name: "收缴率 2026-11", replaced: false }]);
    expect(now.written.carried).toEqual([
      { key: FEES_KEY, name: "费用统计 2026-11" },
      { key: FEE_ISSUES_KEY, name: "问题清单 2026-11 费用统计" },
    ]);
    expect(now.written.refused).toEqual([]);
    expect(sheetNames(now.zip)).toEqual([
      "收费台账",
      "费用统计 2026-11",
      "问题清单 2026-11 费用统计",
      "收缴率 2026-11",
    ]);
    expect(markers(now.zip)).toEqual(
      expect.arrayContaining([
        [FEES_KEY, ["费用统计 2026-11"]],
        [FEE_ISSUES_KEY, ["问题清单 2026-11 费用统计"]],
        [RATES_KEY, ["收缴率 2026-11"]],
      ]),
    );

    const [before, after] = await Promise.all([loaded(earlier.bytes), loaded(now.bytes)]);
    const [was, is] = [sheetOf(before, "费用统计 2026-11"), sheetOf(after, "费用统计 2026-11")];
    expect(cellsOf(is)).toEqual(cellsOf(was));
    expect(is.getCell("D3").value).toEqual({ formula: "C3/B3", result: 0.75 });
    expect(is.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(is.getCell("B3").numFmt).toBe('#,##0.00"元"');
    expect(is.model.merges).toEqual(["A1:D1"]);
    expect([1, 2, 3, 4].map((c) => is.getColumn(c).width)).toEqual([16, 11, 11.5, 9]);
    expect(is.views[0]).toMatchObject({ state: "frozen", xSplit: 1, ySplit: 2 });
    expect(is.pageSetup).toMatchObject({ orientation: "landscape", fitToWidth: 1, printTitlesRow: "2:2" });
    expect(sheetOf(after, "收费台账").getCell("A1").font).toMatchObject({ name: "宋体", italic: true });
    expect(sheetOf(after, "收费台账").getCell("B1").numFmt).toBe('0.000"吨"');

    const { book } = await readXlsxFile(await saved(now.bytes));
    expect(book.sheets.map((s) => [s.name, s.ownerKey])).toEqual([
      ["收费台账", undefined],
      ["费用统计 2026-11", FEES_KEY],
      ["问题清单 2026-11 费用统计", FEE_ISSUES_KEY],
      ["收缴率 2026-11", RATES_KEY],
    ]);
  });

  it("replaces a carried sheet whose job runs again, in its earlier place, and never duplicates it", async () => {
    const input = await userWorkbook();
    const first = await write(input, [feesSpec(), issuesSpec()]);
    const second = await write(input, [ratesSpec()], { carry: { from: first.bytes } });
    const third = await write(input, [feesSpec(1500), issuesSpec()], { carry: { from: second.bytes } });
    expect(third.written.sheets).toEqual([
      { key: FEES_KEY, name: "费用统计 2026-11", replaced: true },
      { key: FEE_ISSUES_KEY, name: "问题清单 2026-11 费用统计", replaced: true },
    ]);
    expect(third.written.carried).toEqual([{ key: RATES_KEY, name: "收缴率 2026-11" }]);
    expect(sheetNames(third.zip)).toEqual([
      "收费台账",
      "费用统计 2026-11",
      "问题清单 2026-11 费用统计",
      "收缴率 2026-11",
    ]);
    expect(markers(third.zip).filter(([key]) => key === FEES_KEY)).toEqual([
      [FEES_KEY, ["费用统计 2026-11"]],
    ]);
    const workbook = await loaded(third.bytes);
    expect(sheetOf(workbook, "费用统计 2026-11").getCell("B3").value).toBe(1500);
    expect(third.zip.text("xl/workbook.xml")?.match(/_xlnm\.Print_Titles/g)).toHaveLength(1);
  });

  it("takes the name a clerk gave a sheet in the earlier output when the job replaces it", async () => {
    const input = await userWorkbook();
    const first = await write(input, [feesSpec(), ratesSpec()]);
    const renamed = editZip(first.bytes, (name, text) =>
      name === "xl/workbook.xml"
        ? text
            .replace('name="费用统计 2026-11"', 'name="11月费用"')
            .replace("'费用统计 2026-11'!", "'11月费用'!")
        : text,
    );
    const again = await write(input, [feesSpec(1500)], { carry: { from: renamed } });
    expect(again.written.sheets).toEqual([{ key: FEES_KEY, name: "11月费用", replaced: true }]);
    expect(sheetNames(again.zip)).toEqual(["收费台账", "11月费用", "收缴率 2026-11"]);
  });

  it("leaves the input's own PropDesk sheets as the input has them, carrying nothing over them", async () => {
    const input = (await write(await userWorkbook(), [ratesSpec(0.5)])).bytes;
    const earlier = await write(await userWorkbook(), [ratesSpec(0.9), feesSpec()]);
    const now = await write(input, [issuesSpec()], { carry: { from: earlier.bytes } });
    expect(now.written.carried.map((c) => c.key)).toEqual([FEES_KEY]);
    expect(sheetNames(now.zip)).toEqual([
      "收费台账",
      "收缴率 2026-11",
      "费用统计 2026-11",
      "问题清单 2026-11 费用统计",
    ]);
    expect(sheetOf(await loaded(now.bytes), "收缴率 2026-11").getCell("B2").value).toBe(0.5);
  });

  it("leaves out the keys `wanted` says no to, and carries into a new workbook", async () => {
    const earlier = await write(await userWorkbook(), [feesSpec(), issuesSpec()]);
    const handin = await write(await blankWorkbook(), [], {
      carry: { from: earlier.bytes, wanted: (key) => !key.endsWith("/issues") },
    });
    expect(sheetNames(handin.zip)).toEqual(["费用统计 2026-11"]);
    expect(handin.written.carried).toEqual([{ key: FEES_KEY, name: "费用统计 2026-11" }]);
  });

  it("writes shared strings in as inline strings: a sheet saved by another program keeps its text", async () => {
    const earlier = await write(await userWorkbook(), [feesSpec(), issuesSpec()]);
    const resaved = await loaded(earlier.bytes);
    const bytes = new Uint8Array(await resaved.xlsx.writeBuffer());
    expect(openZip(bytes)?.text("xl/sharedStrings.xml")).toContain("物业费");
    const now = await write(await userWorkbook(true), [ratesSpec()], { carry: { from: bytes } });
    expect(now.written.carried.map((c) => c.key)).toEqual([FEES_KEY, FEE_ISSUES_KEY]);
    const { book } = await readXlsxFile(await saved(now.bytes));
    const fees = book.sheets.find((s) => s.ownerKey === FEES_KEY);
    expect(fees?.values.slice(0, 4)).toEqual([
      ["2026年11月 费用统计", null, null, null],
      ["项目", "应收", "实收", "收缴率"],
      ["物业费", 1200, 900, 0.75],
      ["停车费", 300, 300, 1],
    ]);
    expect(cellsOf(sheetOf(await loaded(now.bytes), "费用统计 2026-11"))).toEqual(
      cellsOf(sheetOf(resaved, "费用统计 2026-11")),
    );
  });

  it("takes along the comments, drawing, chart and picture a sheet uses, and its conditional format's style", async () => {
    const marked = editZip(moreFeatures(), (name, text) =>
      name === "xl/workbook.xml"
        ? text.replace(
            "<definedNames>",
            '<definedNames><definedName name="_PropDesk.data" hidden="1">Data!$A$1</definedName><definedName name="_PropDesk.pivot" hidden="1">Pivot!$A$1</definedName>',
          )
        : text,
    );
    const source = openZip(marked);
    const now = await write(await userWorkbook(true), [], { carry: { from: marked } });
    expect(now.written.carried).toEqual([{ key: "data", name: "Data" }]);
    expect(now.written.refused).toEqual([{ key: "pivot", name: "Pivot", reason: "workbook-parts" }]);

    const graph = partGraph(now.zip.names, (rels) => now.zip.text(rels));
    const sheetPart = now.zip.names.find(
      (n) => n.startsWith("xl/worksheets/") && now.zip.text(n)?.includes("<legacyDrawing"),
    );
    const used = graph.get(sheetPart ?? "") ?? [];
    expect(used.map((part) => part.replace(/\d+(?=\.\w+$)/, ""))).toEqual([
      "xl/comments.xml",
      "xl/drawings/drawing.xml",
      "xl/drawings/vmlDrawing.vml",
    ]);
    for (const part of [...used, ...used.flatMap((p) => graph.get(p) ?? [])]) {
      expect(now.zip.has(part), part).toBe(true);
      expect(contentTypeOf(now.zip.text("[Content_Types].xml") ?? "", part), part).toBeDefined();
    }
    const chart = [...graph.values()].flat().find((p) => p.startsWith("xl/charts/"));
    expect(now.zip.text(chart ?? "")).toBe(source?.text("xl/charts/chart1.xml"));
    const picture = now.zip.read("xl/media/image1.png") ?? new Uint8Array();
    expect(Buffer.from(picture).equals(Buffer.from(source?.read("xl/media/image1.png") ?? []))).toBe(true);

    const sheetXml = now.zip.text(sheetPart ?? "") ?? "";
    expect(sheetXml).not.toContain("tabSelected");
    const dxfId = Number(/<cfRule[^>]*dxfId="(\d+)"/.exec(sheetXml)?.[1]);
    const dxfs = /<dxfs[^>]*>([\s\S]*?)<\/dxfs>/.exec(now.zip.text("xl/styles.xml") ?? "")?.[1] ?? "";
    expect(dxfs.match(/<dxf>[\s\S]*?<\/dxf>/g)?.[dxfId]).toBe(
      '<dxf><font><b/><color rgb="FF9C0006"/></font><fill><patternFill><bgColor rgb="FFFFC7CE"/></patternFill></fill></dxf>',
    );
    const [from, to] = await Promise.all([
      readXlsxFile(await saved(marked)),
      readXlsxFile(await saved(now.bytes)),
    ]);
    expect(to.book.sheets.find((s) => s.name === "Data")?.values).toEqual(
      from.book.sheets.find((s) => s.name === "Data")?.values,
    );
  });

  it("refuses the sheets a marker names together (a copied sheet), saying so", async () => {
    const earlier = await write(await userWorkbook(), [
      feesSpec(),
      { ...feesSpec(), name: "费用统计 (2)", key: "copy" },
    ]);
    const copied = editZip(earlier.bytes, (name, text) =>
      name === "xl/workbook.xml"
        ? text
            .replace("'费用统计 2026-11'!$A$1", "'费用统计 2026-11'!$A$1,'费用统计 (2)'!$A$1")
            .replace(/<definedName name="_PropDesk\.copy"[^>]*>[^<]*<\/definedName>/, "")
        : text,
    );
    const now = await write(await userWorkbook(), [ratesSpec()], { carry: { from: copied } });
    expect(now.written.carried).toEqual([]);
    expect(now.written.refused).toEqual([
      { key: FEES_KEY, name: "费用统计 2026-11", reason: "shared-marker" },
      { key: FEES_KEY, name: "费用统计 (2)", reason: "shared-marker" },
    ]);
    expect(sheetNames(now.zip)).toEqual(["收费台账", "收缴率 2026-11"]);
  });

  it.skipIf(soffice === null)(
    "gives a workbook LibreOffice opens, with the carried sheets' values and formulas' results",
    async () => {
      const earlier = await write(await userWorkbook(), [feesSpec(), issuesSpec()]);
      const now = await write(await userWorkbook(true), [ratesSpec()], { carry: { from: earlier.bytes } });
      const grids = await recalculateXlsx(await saved(now.bytes));
      expect(grids.get("费用统计 2026-11")?.slice(2, 5)).toEqual([
        ["物业费", 1200, 900, 0.75],
        ["停车费", 300, 300, 1],
        ["合计", 1500, 1200, null],
      ]);
      expect(grids.get("收缴率 2026-11")?.[1]).toEqual(["物业费", 0.75]);
    },
    180_000,
  );
});
