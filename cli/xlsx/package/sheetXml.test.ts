import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CellValue, SheetSpec } from "../../../core/index";
import { readXlsxFile } from "../readBook";
import { blankWorkbook } from "./blankWorkbook";
import { memorySink } from "./byteSink";
import { CellFormats } from "./cellFormats";
import { EMPTY_STYLESHEET, StyleSheet } from "./styleSheet";
import { printArea, sheetXml, type SheetXmlContext } from "./sheetXml";
import { writePackage } from "./writePackage";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

function context(renamed: [string, string][] = []): SheetXmlContext {
  const formats = new CellFormats(new StyleSheet(EMPTY_STYLESHEET));
  return { renamed: new Map(renamed), date1904: false, formats, namespace: MAIN };
}

const SMALL: SheetSpec = {
  name: "Plan",
  key: "k",
  cells: [
    ["标题"],
    [" a&b ", 1.5, true, { formula: "Other!B2*2", value: 3 }, { formula: 'A1&""', value: "标题" }],
    [{ date: "2027-01-31" }, { text: "明细", sheet: "Other", cell: "$A$3" }],
  ],
  columns: [{ width: 12 }, { width: 8.5 }],
  styles: [
    { style: "title", top: 1, left: 1, bottom: 1, right: 2 },
    { style: "highlight", top: 2, left: 2, bottom: 2, right: 2 },
  ],
  numberFormats: [{ format: "0.00%", top: 2, left: 2, bottom: 2, right: 2 }],
  merges: [{ top: 1, left: 1, bottom: 1, right: 2 }],
  freeze: { rows: 1, columns: 0 },
  print: { orientation: "portrait", paper: "A4", fitToWidth: false },
};

describe("sheetXml", () => {
  it("writes a sheet as SpreadsheetML: inline strings, formulas with results, styles, merges, panes, links, page setup", () => {
    const xml = [...sheetXml(SMALL, context([["other", "Other (2)"]]))].join("");
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
        `<worksheet xmlns="${MAIN}">` +
        '<dimension ref="A1:E3"/>' +
        '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
        '<cols><col min="1" max="1" width="12" customWidth="1"/><col min="2" max="2" width="8.5" customWidth="1"/></cols>' +
        "<sheetData>" +
        '<row r="1"><c r="A1" s="1" t="inlineStr"><is><t>标题</t></is></c><c r="B1" s="1"/></row>' +
        '<row r="2"><c r="A2" t="inlineStr"><is><t xml:space="preserve"> a&amp;b </t></is></c><c r="B2" s="2"><v>1.5</v></c>' +
        '<c r="C2" t="b"><v>1</v></c><c r="D2"><f>\'Other (2)\'!B2*2</f><v>3</v></c>' +
        '<c r="E2" t="str"><f>A1&amp;""</f><v>标题</v></c></row>' +
        '<row r="3"><c r="A3" s="3"><v>46418</v></c><c r="B3" s="4" t="inlineStr"><is><t>明细</t></is></c></row>' +
        "</sheetData>" +
        '<mergeCells count="1"><mergeCell ref="A1:B1"/></mergeCells>' +
        '<hyperlinks><hyperlink ref="B3" location="&apos;Other (2)&apos;!A3" display="明细"/></hyperlinks>'.replace(
          /&apos;/g,
          "'",
        ) +
        '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
        '<pageSetup paperSize="9" orientation="portrait"/>' +
        "</worksheet>",
    );
  });

  it("writes row heights, the page header and footer (codes kept, text escaped) and manual page breaks", () => {
    const spec: SheetSpec = {
      ...SMALL,
      rowHeights: [
        { row: 1, height: 27 },
        { row: 3, height: 33 },
      ],
      print: {
        orientation: "landscape",
        paper: "A4",
        fitToWidth: true,
        area: { top: 1, left: 1, bottom: 4, right: 5 },
        header: { left: "A&&B", center: "<计划>" },
        footer: { center: "第 &P 页 共 &N 页", right: "打印日期：&D" },
        breaks: [1, 3],
      },
    };
    const xml = [...sheetXml(spec, context())].join("");
    expect(xml).toContain('<row r="1" ht="27" customHeight="1">');
    expect(xml).toContain('<row r="3" ht="33" customHeight="1"><c r="A3"');
    expect(xml).toContain(
      "<headerFooter><oddHeader>&amp;LA&amp;&amp;B&amp;C&lt;计划&gt;</oddHeader>" +
        "<oddFooter>&amp;C第 &amp;P 页 共 &amp;N 页&amp;R打印日期：&amp;D</oddFooter></headerFooter>",
    );
    expect(xml).toContain(
      '<rowBreaks count="1" manualBreakCount="1"><brk id="2" max="16383" man="1"/></rowBreaks>',
    );
    expect(xml.indexOf("<pageSetup")).toBeLessThan(xml.indexOf("<headerFooter>"));
    expect(xml.indexOf("<headerFooter>")).toBeLessThan(xml.indexOf("<rowBreaks"));
    expect(printArea(spec, "计划 2027-01")).toBe("'计划 2027-01'!$A$1:$E$4");
    expect(printArea(SMALL, "Plan")).toBeUndefined();
  });

  it("hands its text on in pieces of bounded size, never the whole sheet at once", () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`row ${i}`, i]);
    const chunks = [
      ...sheetXml({ ...SMALL, cells: rows, merges: [], styles: [], numberFormats: [] }, context()),
    ];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000);
  });
});

describe("cells written by the package writer read back as written", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "propdesk-sheetxml-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const cell = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
    fc
      .string({
        minLength: 1,
        unit: fc.oneof(
          fc.constantFrom("_x0041_", "&", "<", " ", "\n", "\r", "\r\n", "\u0001", "表"),
          fc.string({ unit: "grapheme", maxLength: 1 }),
        ),
      })
      // ExcelJS, the reader today, reads text of white space alone as an empty cell.
      .filter((text) => text.trim() !== ""),
  );

  it("as Office.js would give them: text with any characters, numbers to the last digit, booleans", async () => {
    const blank = await blankWorkbook();
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cell, { maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        async (grid) => {
          const spec: SheetSpec = { ...SMALL, cells: grid, styles: [], numberFormats: [], merges: [] };
          const sink = memorySink();
          await writePackage(blank, [spec], sink);
          const path = join(dir, `grid-${++run}.xlsx`);
          await writeFile(path, sink.bytes());
          const { book } = await readXlsxFile(path);
          const read = book.sheets[0];
          const at = (r: number, c: number): CellValue =>
            read?.values[r - (read.origin.row - 1)]?.[c - (read.origin.column - 1)] ?? null;
          grid.forEach((row, r) =>
            row.forEach((value, c) => expect(at(r, c), `R${r + 1}C${c + 1}`).toEqual(value)),
          );
        },
      ),
      { numRuns: 40 },
    );
  });
});
