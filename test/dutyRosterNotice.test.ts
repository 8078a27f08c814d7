import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { runJob, type SheetSpec } from "../core/index";
import { DUTY_ROSTER_JOB } from "../core/jobs/duty-roster/job";
import { book, KEPT, LEAVE, sheet, TEAM } from "../core/jobs/duty-roster/dutyBook.testkit";
import { ExcelSimulator } from "../addin/excel-sim/excelSimulator";
import { OfficeWorkbookHost } from "../addin/excel/officeHost";
import { writeNewWorkbook } from "../cli/xlsx/package/writeNewWorkbook";

/**
 * The duty rosters are notices for the office board: the names in large print (the `large` style) and the sheet
 * printed on one page (`print.onePage`). Both writers honour both: the CLI's package and the add-in through the
 * simulator.
 */
const run = runJob(
  DUTY_ROSTER_JOB,
  book(sheet("名单", TEAM), sheet("请假单", LEAVE), sheet("值班记录", KEPT)),
  {
    today: "2026-09-20",
    lang: "zh-CN",
    month: "2026-10",
  },
);
const [holiday, night] = run.sheets as [SheetSpec, SheetSpec];
/** The first roster row (Excel row) of a sheet and the name column's letter. */
const firstRow = (spec: SheetSpec) =>
  spec.cells.findIndex((r) => typeof r[0] === "object" && r[0] !== null) + 1;

describe("the duty roster notices", () => {
  it("are specified so: names large, rows high enough for them, one page, no manual break", () => {
    for (const spec of [holiday, night]) {
      expect(spec.print).toMatchObject({ paper: "A4", orientation: "portrait", onePage: true });
      expect(spec.print?.breaks).toBeUndefined();
      const row = firstRow(spec);
      expect(spec.styles).toContainEqual({ top: row, left: 4, bottom: row, right: 4, style: "large" });
      expect(spec.rowHeights?.find((h) => h.row === row)?.height).toBeGreaterThanOrEqual(24);
    }
  });

  let dir: string | undefined;
  afterAll(() => (dir === undefined ? undefined : rm(dir, { recursive: true, force: true })));

  it("are written so by the CLI: 16 pt bold names, fit to one page wide and tall", async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-duty-"));
    const out = join(dir, "rosters.xlsx");
    await writeNewWorkbook({ out, sheets: [holiday, night] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(out);
    for (const spec of [holiday, night]) {
      const ws = workbook.getWorksheet(spec.name)!;
      const cell = ws.getCell(firstRow(spec), 4);
      expect(cell.font).toMatchObject({ size: 16, bold: true });
      expect(cell.alignment).toMatchObject({ horizontal: "center", wrapText: true });
      expect(ws.getCell(firstRow(spec), 1).font?.size).toBe(11);
      expect(ws.pageSetup).toMatchObject({ fitToPage: true, fitToWidth: 1, fitToHeight: 1, paperSize: 9 });
    }
  });

  it("are written so by the add-in: the same looks, zoom one page wide and tall", async () => {
    const sim = new ExcelSimulator();
    sim.addSheet("名单", { values: [["x"]] });
    await new OfficeWorkbookHost(sim.run, { isSetSupported: () => true }).write([holiday, night]);
    for (const spec of [holiday, night]) {
      const row = firstRow(spec);
      expect(sim.lookAt(spec.name, `D${row}`)).toMatchObject({
        font: { size: 16, bold: true },
        horizontalAlignment: "Center",
        wrapText: true,
      });
      expect(sim.sheet(spec.name).pageLayout.zoom).toEqual({
        horizontalFitToPages: 1,
        verticalFitToPages: 1,
      });
      expect(sim.sheet(spec.name).horizontalPageBreaks).toEqual([]);
    }
  });
});
