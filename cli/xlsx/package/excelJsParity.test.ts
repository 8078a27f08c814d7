import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { JOBS, runJob, type SheetSpec } from "../../../core/index";
import { writeSampleWorkbook } from "../../demo/sampleWorkbook";
import { readXlsxFile } from "../readBook";
import { writeSheets } from "../writeSheets";
import { openZip } from "../zipArchive";
import { resolveTarget } from "./partNames";
import { readRelationships } from "./relationships";
import { readWorkbookPart } from "./workbookPart";
import { writeWorkbookCopy } from "./writeWorkbookCopy";

/**
 * The package writer against the ExcelJS writer it replaces, on every job's sheets of the demo: both outputs are
 * read back with ExcelJS and compared cell by cell (values, formulas and their results, fonts, fills, borders,
 * number formats, alignment) and sheet by sheet (merges, widths, freeze panes, page setup, links).
 */
const TODAY = "2026-12-04";

let dir: string;
let specs: SheetSpec[];
let ours: ExcelJS.Workbook;
let theirs: ExcelJS.Workbook;
let ourLinks: Map<string, Map<string, string>>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-parity-"));
  const sample = join(dir, "sample.xlsx");
  await writeSampleWorkbook(sample, TODAY);
  const { book } = await readXlsxFile(sample);
  specs = JOBS.flatMap((job) => runJob(job, book, { today: TODAY, lang: "zh-CN" }).sheets);

  const oursPath = join(dir, "ours.xlsx");
  await writeWorkbookCopy({ input: sample, out: oursPath, sheets: specs });
  const old = new ExcelJS.Workbook();
  await old.xlsx.readFile(sample);
  writeSheets(old, specs);
  const theirsPath = join(dir, "theirs.xlsx");
  await old.xlsx.writeFile(theirsPath);

  ours = new ExcelJS.Workbook();
  await ours.xlsx.readFile(oursPath);
  theirs = new ExcelJS.Workbook();
  await theirs.xlsx.readFile(theirsPath);
  ourLinks = hyperlinks(new Uint8Array(await readFile(oursPath)));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe("the package writer and the ExcelJS writer give the same sheets", () => {
  it("in the same order, every job's sheets after the input's", () => {
    expect(ours.worksheets.map((ws) => ws.name)).toEqual(theirs.worksheets.map((ws) => ws.name));
    expect(specs.length).toBeGreaterThan(JOBS.length);
  });

  it("with the same values, formulas, results and looks in every cell", () => {
    const differences: string[] = [];
    for (const spec of specs) {
      const mine = sheet(ours, spec.name);
      const old = sheet(theirs, spec.name);
      for (const address of addresses(mine, old)) {
        const a = describeCell(mine.getCell(address));
        const b = describeCell(old.getCell(address));
        if (JSON.stringify(a) !== JSON.stringify(b))
          differences.push(`${spec.name}!${address}: ${JSON.stringify(a)} vs ${JSON.stringify(b)}`);
      }
    }
    expect(differences.slice(0, 10)).toEqual([]);
  });

  it("with the same merges, column widths, freeze panes and page setup", () => {
    for (const spec of specs) {
      const mine = sheet(ours, spec.name);
      const old = sheet(theirs, spec.name);
      expect([...mine.model.merges].sort(), spec.name).toEqual([...old.model.merges].sort());
      // ExcelJS drops a width of 9 (its default), so the widths are compared with the spec's.
      const widths = spec.columns.map((_, i) => mine.getColumn(i + 1).width);
      expect(widths, spec.name).toEqual(spec.columns.map((c) => c.width));
      const view = (ws: ExcelJS.Worksheet) => {
        const v = ws.views[0] as Partial<ExcelJS.WorksheetViewFrozen> | undefined;
        return v?.state === "frozen" ? [v.xSplit ?? 0, v.ySplit ?? 0, v.topLeftCell] : [];
      };
      expect(view(mine), spec.name).toEqual(view(old));
      const setup = (ws: ExcelJS.Worksheet) => {
        const { paperSize, orientation, fitToPage, printTitlesRow } = ws.pageSetup;
        return spec.print === undefined ? {} : { paperSize, orientation, fitToPage, printTitlesRow };
      };
      expect(setup(mine), spec.name).toEqual(setup(old));
    }
  });

  it("with the same internal links, as locations Excel follows", () => {
    let links = 0;
    for (const spec of specs) {
      const old = sheet(theirs, spec.name);
      const expected = new Map<string, string>();
      old.eachRow((row) =>
        row.eachCell((cell) => {
          const value = cell.value;
          if (cell.isMerged && cell.master !== cell) return;
          if (value !== null && typeof value === "object" && "hyperlink" in value)
            expected.set(cell.address, value.hyperlink.replace(/^#/, "").replace(/\$/g, ""));
        }),
      );
      links += expected.size;
      expect(ourLinks.get(spec.name) ?? new Map(), spec.name).toEqual(expected);
    }
    expect(links).toBeGreaterThan(0);
  });
});

function sheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const ws = workbook.getWorksheet(name);
  if (ws === undefined) throw new Error(`no sheet ${name}`);
  return ws;
}

/** Every address either sheet holds a value or a style at. */
function addresses(...sheets: ExcelJS.Worksheet[]): string[] {
  const found = new Set<string>();
  for (const ws of sheets)
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        found.add(cell.address);
      }),
    );
  return [...found];
}

/** What a cell shows and how it looks, in the terms both writers share. */
function describeCell(cell: ExcelJS.Cell) {
  const value = cell.value;
  const shown =
    cell.type === ExcelJS.ValueType.Formula
      ? { formula: cell.formula, result: cell.result as unknown }
      : value !== null && typeof value === "object" && "text" in value
        ? value.text
        : value;
  const { font, fill, border, alignment } = cell;
  return {
    shown: shown === "" ? null : shown,
    font:
      font === undefined
        ? undefined
        : {
            name: font.name,
            size: font.size,
            bold: font.bold === true,
            italic: font.italic === true,
            underline: font.underline === true || font.underline === "single",
            color: font.color?.argb,
          },
    fill: fill?.type === "pattern" ? { pattern: fill.pattern, color: fill.fgColor?.argb } : undefined,
    border: (["top", "bottom", "left", "right"] as const).map((side) => border?.[side]?.style),
    numFmt: cell.numFmt === undefined || cell.numFmt === "" ? "General" : cell.numFmt,
    alignment: {
      horizontal: alignment?.horizontal,
      vertical: alignment?.vertical,
      wrapText: alignment?.wrapText === true,
    },
  };
}

/** The location of each internal link of each sheet of a package, by sheet name and cell, read from its XML. */
function hyperlinks(bytes: Uint8Array): Map<string, Map<string, string>> {
  const zip = openZip(bytes);
  if (zip === null) throw new Error("not a zip");
  const workbook = readWorkbookPart(zip.text("xl/workbook.xml") ?? "");
  const rels = readRelationships(zip.text("xl/_rels/workbook.xml.rels") ?? "");
  const out = new Map<string, Map<string, string>>();
  for (const sheet of workbook.sheets) {
    const target = rels.find((r) => r.id === sheet.relationshipId)?.target ?? "";
    const xml = zip.text(resolveTarget("xl/workbook.xml", target)) ?? "";
    const links = new Map<string, string>();
    for (const m of xml.matchAll(/<hyperlink ref="([^"]+)" location="([^"]+)"/g))
      links.set(m[1] ?? "", (m[2] ?? "").replace(/&apos;/g, "'").replace(/&amp;/g, "&"));
    if (links.size > 0) out.set(sheet.name, links);
  }
  return out;
}
