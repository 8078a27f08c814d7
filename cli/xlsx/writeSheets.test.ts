import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isoToExcelSerial, type SheetSpec } from "../../core/index";
import { markOwned, ownedSheets } from "./ownership";
import { readXlsxFile } from "./readBook";
import { saveXlsx } from "./saveBook";
import { writeSheets } from "./writeSheets";

let dir: string;
let counter = 0;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-writesheets-"));
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
      [{ text: "查看明细", sheet: "Detail", cell: "A3" }, { date: "2027-01-31" }],
    ],
    columns: [{ width: 20 }, { width: 8 }, { width: 10 }, { width: 12.5 }],
    styles: [
      { style: "title", top: 1, left: 1, bottom: 1, right: 4 },
      { style: "subtitle", top: 2, left: 1, bottom: 2, right: 4 },
      { style: "header", top: 3, left: 1, bottom: 3, right: 4 },
      { style: "body", top: 4, left: 1, bottom: 6, right: 4 },
      { style: "highlight", top: 5, left: 1, bottom: 5, right: 4 },
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

async function saveAndLoad(workbook: ExcelJS.Workbook): Promise<{ path: string; loaded: ExcelJS.Workbook }> {
  const path = join(dir, `out-${++counter}.xlsx`);
  await saveXlsx(workbook, path);
  const loaded = new ExcelJS.Workbook();
  await loaded.xlsx.readFile(path);
  return { path, loaded };
}

function userWorkbook(...sheets: string[]): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  for (const name of sheets) {
    const ws = workbook.addWorksheet(name);
    ws.getCell("A1").value = `${name}: the clerk's own`;
    ws.getCell("B2").value = 42;
  }
  return workbook;
}

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

describe("writeSheets + saveXlsx + readXlsxFile", () => {
  it("writes values, formulas with their results, links and dates that read back as Office.js would", async () => {
    const workbook = userWorkbook("Input");
    const { written } = writeSheets(workbook, [planSpec(), detailSpec()]);
    expect(written).toEqual([
      { key: PLAN_KEY, name: "Plan", replaced: false },
      { key: DETAIL_KEY, name: "Detail", replaced: false },
    ]);
    const { path } = await saveAndLoad(workbook);
    const { book } = await readXlsxFile(path);
    expect(book.sheets.map((s) => [s.name, s.ownerKey])).toEqual([
      ["Input", undefined],
      ["Plan", PLAN_KEY],
      ["Detail", DETAIL_KEY],
    ]);
    const plan = book.sheets[1];
    expect(plan?.values).toEqual([
      ["2027年1月 采购计划", null, null, null],
      ["工程部", null, null, null],
      ["品名", "数量", "单价", "金额"],
      ["A4纸", 10, 25.5, 255],
      ["中性笔", 0, 2, 0],
      ["合计", null, null, 255],
      ["查看明细", isoToExcelSerial("2027-01-31", false), null, null],
    ]);
    expect(plan?.numberFormats?.[3]).toEqual(["General", "General", "#,##0.00", "#,##0.00"]);
    expect(plan?.numberFormats?.[6]?.[1]).toBe("yyyy-mm-dd");
  });

  it("keeps formulas, hyperlinks, merges, freeze panes, widths, page setup and styles", async () => {
    const workbook = userWorkbook("Input");
    writeSheets(workbook, [planSpec(), detailSpec()]);
    const { loaded } = await saveAndLoad(workbook);
    const plan = sheet(loaded, "Plan");
    expect(plan.getCell("D4").formula).toBe("B4*C4");
    expect(plan.getCell("D4").result).toBe(255);
    expect(plan.getCell("D5").formula).toBe("B5*C5");
    expect(plan.getCell("D5").result).toBe(0);
    expect(plan.getCell("D6").formula).toBe("SUBTOTAL(9,D4:D5)");
    expect(plan.getCell("A7").value).toEqual({ text: "查看明细", hyperlink: "#'Detail'!$A$3" });
    expect(sheet(loaded, "Detail").getCell("B2").value).toEqual({ text: "返回", hyperlink: "#'Plan'!$A$1" });
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
    expect(plan.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
    expect(plan.getCell("D1").alignment).toMatchObject({ horizontal: "center" });
    expect(plan.getCell("B3").fill).toMatchObject({ pattern: "solid", fgColor: { argb: "FFD9D9D9" } });
    expect(plan.getCell("B3").border).toMatchObject({ top: { style: "thin" }, bottom: { style: "thin" } });
    expect(plan.getCell("B3").alignment).toMatchObject({ wrapText: true, horizontal: "center" });
    expect(plan.getCell("B5").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
    expect(plan.getCell("B5").border).toMatchObject({ left: { style: "thin" } });
    expect(plan.getCell("C6").border).toMatchObject({ top: { style: "double" } });
    expect(plan.getCell("C6").font).toMatchObject({ bold: true });
    expect(plan.getCell("A7").font).toMatchObject({ underline: true, color: { argb: "FF0563C1" } });
    expect(plan.getCell("A4").font?.bold).toBeUndefined();
  });

  it("replaces its own sheet in place on a re-run and leaves every other sheet alone", async () => {
    const first = userWorkbook("Input", "After");
    writeSheets(first, [planSpec(), detailSpec()]);
    const { path } = await saveAndLoad(first);
    const { workbook, book } = await readXlsxFile(path);
    expect(book.sheets.map((s) => s.name)).toEqual(["Input", "After", "Plan", "Detail"]);
    sheet(workbook, "Input").getCell("C3").value = "typed by the clerk";

    const { written } = writeSheets(workbook, [planSpec(20)]);
    expect(written).toEqual([{ key: PLAN_KEY, name: "Plan", replaced: true }]);
    const { loaded } = await saveAndLoad(workbook);
    expect(loaded.worksheets.map((ws) => ws.name)).toEqual(["Input", "After", "Plan", "Detail"]);
    expect(sheet(loaded, "Plan").getCell("B4").value).toBe(20);
    expect(sheet(loaded, "Plan").getCell("D6").result).toBe(510);
    expect(sheet(loaded, "Input").getCell("C3").value).toBe("typed by the clerk");
    expect(sheet(loaded, "Detail").getCell("B3").value).toBe(10);
    expect(ownedSheets(loaded).map((o) => [o.key, o.sheet.name])).toEqual([
      [DETAIL_KEY, "Detail"],
      [PLAN_KEY, "Plan"],
    ]);
  });

  it("never touches a user's sheet of the same name (ignoring case): the new one is suffixed and links follow it", async () => {
    const workbook = userWorkbook("plan");
    const { written } = writeSheets(workbook, [planSpec(), detailSpec()]);
    expect(written.map((w) => w.name)).toEqual(["Plan (2)", "Detail"]);
    const { path, loaded } = await saveAndLoad(workbook);
    expect(sheet(loaded, "plan").getCell("A1").value).toBe("plan: the clerk's own");
    expect(sheet(loaded, "plan").getCell("B2").value).toBe(42);
    expect(sheet(loaded, "plan").getCell("D4").value).toBeNull();
    const detail = sheet(loaded, "Detail");
    expect(detail.getCell("A2").formula).toBe("'Plan (2)'!D6");
    expect(detail.getCell("B2").value).toEqual({ text: "返回", hyperlink: "#'Plan (2)'!$A$1" });

    const again = await readXlsxFile(path);
    const rerun = writeSheets(again.workbook, [planSpec(30)]);
    expect(rerun.written).toEqual([{ key: PLAN_KEY, name: "Plan (2)", replaced: true }]);
    const { loaded: after } = await saveAndLoad(again.workbook);
    expect(after.worksheets.map((ws) => ws.name)).toEqual(["plan", "Plan (2)", "Detail"]);
    expect(sheet(after, "plan").getCell("A1").value).toBe("plan: the clerk's own");
    expect(sheet(after, "Plan (2)").getCell("B4").value).toBe(30);
  });

  it("keeps the name and visibility a user gave PropDesk's sheet when replacing it", async () => {
    const workbook = userWorkbook("Input");
    writeSheets(workbook, [planSpec(), detailSpec()]);
    const plan = sheet(workbook, "Plan");
    plan.name = "我的计划";
    plan.state = "hidden";
    markOwned(workbook, "我的计划", PLAN_KEY);
    const { written } = writeSheets(workbook, [planSpec(), detailSpec()]);
    expect(written.map((w) => [w.name, w.replaced])).toEqual([
      ["我的计划", true],
      ["Detail", true],
    ]);
    const { loaded } = await saveAndLoad(workbook);
    expect(loaded.worksheets.map((ws) => [ws.name, ws.state])).toEqual([
      ["Input", "visible"],
      ["我的计划", "hidden"],
      ["Detail", "visible"],
    ]);
    expect(sheet(loaded, "Detail").getCell("A2").formula).toBe("'我的计划'!D6");
  });

  it("does not replace anything when a key marks several sheets (a copied sheet), and re-marks the new one", () => {
    const workbook = userWorkbook("Input");
    writeSheets(workbook, [planSpec()]);
    workbook.addWorksheet("Plan copy").getCell("A1").value = "copied";
    workbook.definedNames.model = workbook.definedNames.model.map((n) =>
      n.name.startsWith("_PropDesk.") ? { name: n.name, ranges: [...n.ranges, "'Plan copy'!$A$1"] } : n,
    );
    const { written } = writeSheets(workbook, [planSpec()]);
    expect(written).toEqual([{ key: PLAN_KEY, name: "Plan (2)", replaced: false }]);
    expect(workbook.worksheets.map((ws) => ws.name)).toEqual(["Input", "Plan", "Plan copy", "Plan (2)"]);
    expect(ownedSheets(workbook).map((o) => o.sheet.name)).toEqual(["Plan (2)"]);
  });

  it("cleans names and keeps suffixed names within 31 characters", () => {
    const long = "物业收费汇总表".repeat(5);
    const workbook = userWorkbook(long.slice(0, 31));
    const { written } = writeSheets(workbook, [
      { ...detailSpec(), key: "a", name: long },
      { ...detailSpec(), key: "b", name: "2027/01: [草稿]*?" },
    ]);
    const [first, second] = written.map((w) => w.name);
    expect(first).toMatch(/ \(2\)$/);
    expect(first?.length).toBeLessThanOrEqual(31);
    expect(second).not.toMatch(/[[\]:*?/\\]/);
  });

  it("writes dates as serials of a 1904 workbook", async () => {
    const workbook = userWorkbook("Input");
    workbook.properties.date1904 = true;
    writeSheets(workbook, [planSpec()]);
    const { path } = await saveAndLoad(workbook);
    const { book } = await readXlsxFile(path);
    expect(book.sheets[1]?.values[6]?.[1]).toBe(isoToExcelSerial("2027-01-31", true));
  });

  it("refuses two specs with one key", () => {
    expect(() =>
      writeSheets(new ExcelJS.Workbook(), [planSpec(), { ...detailSpec(), key: PLAN_KEY }]),
    ).toThrow(/key/);
  });
});
