import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findJob, isFormulaCell, runJob, type SheetSpec } from "../../../core/index";
import { findSoffice, recalculateXlsx } from "../../../test/helpers/libreoffice";
import { readXlsxFile } from "../readBook";
import { openZip, type ZipArchive } from "../zipArchive";
import { memorySink } from "./byteSink";
import {
  asXlsm,
  libreOfficeFeatures,
  MACRO_WORKBOOK_TYPE,
  moreFeatures,
  VBA_PROJECT,
} from "./featureWorkbooks.testkit";
import { contentTypeOf } from "./contentTypes";
import { ownerMarkers } from "./ownerMarkers";
import { readWorkbookPart } from "./workbookPart";
import { writePackage } from "./writePackage";

const REQUESTS = new URL("../../../test/fixtures/purchase-plan/requests.xlsx", import.meta.url);

/** The parts that register sheets: the only parts of the input a write may change. */
const REGISTRATION = [
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "docProps/app.xml",
  "xl/styles.xml",
];

const soffice = findSoffice();

let specs: SheetSpec[];
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-preservation-"));
  const { book } = await readXlsxFile(REQUESTS.pathname);
  const job = findJob("purchase-plan");
  if (job === undefined) throw new Error("no purchase-plan job");
  specs = runJob(job, book, { today: "2026-12-01", lang: "zh-CN", month: "2027-01" }).sheets;
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(input: Uint8Array, sheets: readonly SheetSpec[] = specs): Promise<Uint8Array> {
  const sink = memorySink();
  await writePackage(input, sheets, sink);
  return sink.bytes();
}

function zipOf(bytes: Uint8Array): ZipArchive {
  const zip = openZip(bytes);
  if (zip === null) throw new Error("not a zip");
  return zip;
}

/** The elements of a part whose start tag is one of `names`, as written. */
function elements(xml: string, ...names: string[]): string[] {
  const pattern = new RegExp(
    `<(?:${names.join("|")})\\b[^>]*?(?:/>|>[\\s\\S]*?</(?:${names.join("|")})>)`,
    "g",
  );
  return xml.match(pattern) ?? [];
}

const workbooks: [what: string, make: () => Uint8Array][] = [
  ["LibreOffice's chart, pivot table, picture, shape, comments, validation and names", libreOfficeFeatures],
  ["Excel's conditional formatting, hidden sheet, sheet-level name and sheet titles", moreFeatures],
  ["an .xlsm with its VBA project", () => asXlsm(moreFeatures())],
];

describe.each(workbooks)("writing PropDesk's sheets into %s", (_what, make) => {
  let input: Uint8Array;
  let output: Uint8Array;
  let before: ZipArchive;
  let after: ZipArchive;
  beforeAll(async () => {
    input = make();
    output = await write(input);
    before = zipOf(input);
    after = zipOf(output);
  });

  it("copies every other part byte for byte: its compressed bytes, CRC and sizes, and what they inflate to", () => {
    const copied = before.names.filter((name) => !REGISTRATION.includes(name));
    expect(copied.length).toBeGreaterThan(10);
    for (const name of copied) {
      const was = before.raw(name);
      const is = after.raw(name);
      expect(is, name).not.toBeNull();
      expect(Buffer.from(is?.data ?? []).equals(Buffer.from(was?.data ?? [])), name).toBe(true);
      expect([is?.method, is?.crc, is?.size, is?.compressedSize], name).toEqual([
        was?.method,
        was?.crc,
        was?.size,
        was?.compressedSize,
      ]);
      expect(Buffer.from(after.read(name) ?? []).equals(Buffer.from(before.read(name) ?? [])), name).toBe(
        true,
      );
    }
  });

  it("keeps everything the registration parts held: sheets, names, caches, relationships, types, styles", () => {
    const keeps = (part: string, ...names: string[]) => {
      const now = after.text(part) ?? "";
      for (const element of elements(before.text(part) ?? "", ...names)) expect(now, part).toContain(element);
    };
    keeps("xl/workbook.xml", "sheet", "definedName", "pivotCache", "workbookPr", "bookViews", "extLst");
    keeps("xl/_rels/workbook.xml.rels", "Relationship");
    keeps("[Content_Types].xml", "Default", "Override");
    keeps("docProps/app.xml", "Application", "Template", "AppVersion");
    const titles = (xml: string | null) =>
      [
        ...(/<TitlesOfParts>([\s\S]*)<\/TitlesOfParts>/.exec(xml ?? "")?.[1] ?? "").matchAll(
          /<vt:lpstr>([^<]*)/g,
        ),
      ].map((m) => m[1]);
    const [sheets = 0] = (/<vt:i4>(\d+)<\/vt:i4>/.exec(before.text("docProps/app.xml") ?? "") ?? [])
      .slice(1)
      .map(Number);
    const was = titles(before.text("docProps/app.xml"));
    const added = was.length === 0 ? [] : specs.map((spec) => spec.name);
    expect(titles(after.text("docProps/app.xml"))).toEqual([
      ...was.slice(0, sheets),
      ...added,
      ...was.slice(sheets),
    ]);
    const lists = ["numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles", "dxfs"];
    for (const list of lists) {
      const [was] = elements(before.text("xl/styles.xml") ?? "", list);
      const [is] = elements(after.text("xl/styles.xml") ?? "", list);
      const inner = (xml = "") => xml.replace(/^<[^>]*>/, "").replace(/<\/[^>]*>$/, "");
      expect(inner(is).startsWith(inner(was)), list).toBe(true);
    }
  });

  it("adds the job's sheets after the user's, marked as PropDesk's, with Excel told to recalculate", async () => {
    const workbook = readWorkbookPart(after.text("xl/workbook.xml") ?? "");
    const userSheets = readWorkbookPart(before.text("xl/workbook.xml") ?? "").sheets.map((s) => s.name);
    expect(workbook.sheets.map((s) => s.name)).toEqual([...userSheets, ...specs.map((s) => s.name)]);
    expect(ownerMarkers(workbook).map((m) => [m.key, m.sheets])).toEqual(specs.map((s) => [s.key, [s.name]]));
    expect(after.text("xl/workbook.xml")).toMatch(/<calcPr\b[^>]*fullCalcOnLoad="1"/);
    const path = join(dir, "written.xlsx");
    await writeFile(path, output);
    const { book } = await readXlsxFile(path);
    expect(book.sheets.filter((s) => s.ownerKey !== undefined).map((s) => s.name)).toEqual(
      specs.map((s) => s.name),
    );
  });

  it("replaces PropDesk's sheets on a re-run without growing the file", async () => {
    const again = await write(output);
    expect(Math.abs(again.length - output.length)).toBeLessThanOrEqual(8);
    const rerun = zipOf(again);
    expect([...rerun.names].sort()).toEqual([...after.names].sort());
    const workbook = readWorkbookPart(rerun.text("xl/workbook.xml") ?? "");
    expect(workbook.sheets.length).toBe(readWorkbookPart(after.text("xl/workbook.xml") ?? "").sheets.length);
    for (const name of before.names.filter((n) => !REGISTRATION.includes(n)))
      expect(
        Buffer.from(rerun.raw(name)?.data ?? []).equals(Buffer.from(before.raw(name)?.data ?? [])),
        name,
      ).toBe(true);
  });

  it.skipIf(soffice === null)(
    "opens in LibreOffice, which recalculates PropDesk's formulas to the report's values",
    async () => {
      const path = join(dir, "recalculate.xlsx");
      await writeFile(path, output);
      const grids = await recalculateXlsx(path);
      expect(grids.get("Data")?.[1]?.[0]).toBe("I1");
      let formulas = 0;
      const wrong: string[] = [];
      for (const spec of specs)
        spec.cells.forEach((row, r) =>
          row.forEach((cell, c) => {
            if (cell === null || !isFormulaCell(cell) || cell.formula.startsWith("HYPERLINK(")) return;
            formulas++;
            const got = grids.get(spec.name)?.[r]?.[c] ?? null;
            const same =
              typeof cell.value === "number"
                ? typeof got === "number" && Math.abs(got - cell.value) < 0.005
                : got === cell.value || (cell.value === "" && got === null);
            if (!same)
              wrong.push(`${spec.name}!R${r + 1}C${c + 1} =${cell.formula}: ${cell.value} vs ${got}`);
          }),
        );
      expect(formulas).toBeGreaterThan(0);
      expect(wrong.slice(0, 10)).toEqual([]);
    },
    180_000,
  );
});

describe("an .xlsm", () => {
  it("stays macro-enabled, its VBA project byte-identical", async () => {
    const input = asXlsm(libreOfficeFeatures());
    const sink = memorySink();
    const written = await writePackage(input, specs, sink);
    const after = zipOf(sink.bytes());
    expect(written.workbookType).toBe(MACRO_WORKBOOK_TYPE);
    expect(contentTypeOf(after.text("[Content_Types].xml") ?? "", "xl/workbook.xml")).toBe(
      MACRO_WORKBOOK_TYPE,
    );
    expect(Buffer.from(after.read("xl/vbaProject.bin") ?? []).equals(Buffer.from(VBA_PROJECT))).toBe(true);
    expect(after.text("xl/_rels/workbook.xml.rels")).toContain('Target="vbaProject.bin"');
  });
});
