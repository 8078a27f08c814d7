import { readFileSync } from "node:fs";
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { lostFeatures } from "./lostFeatures";
import { editZip, type ZipFixtureEntry } from "./zipFixture.testkit";
import { openZip, type ZipArchive } from "./zipArchive";

/**
 * Made by LibreOffice 7 (UNO script): sheet "Data" with a chart, a rectangle with text, a picture, a comment
 * on empty D2 and one on B2 (which holds a value), a whole-number validation on C2:C6, merged A8:B8, a
 * link to Pivot!A1 in A10, names MyRange (Data!$B$2:$B$6) and MyConst (42); sheet "Pivot" with a pivot table.
 */
const LIBREOFFICE_FIXTURE = new URL("../../test/fixtures/xlsx/libreoffice-features.xlsx", import.meta.url);

async function roundTrip(bytes: Uint8Array): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function zipOf(bytes: Uint8Array): ZipArchive {
  const zip = openZip(bytes);
  if (zip === null) throw new Error("not a zip");
  return zip;
}

/** An ExcelJS workbook with what ExcelJS does carry: a picture, notes on values, validation, merges, links, names, filters. */
async function keptFeaturesWorkbook(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const data = workbook.addWorksheet("Data");
  data.addRows([
    ["Item", "Qty"],
    ["paper", 5],
    ["pens", 7],
  ]);
  data.getCell("A2").note = "checked";
  data.getCell("C2").dataValidation = {
    type: "whole",
    operator: "between",
    formulae: [1, 9],
    allowBlank: true,
  };
  data.mergeCells("A5:B5");
  data.getCell("A6").value = { text: "site", hyperlink: "https://example.com/" };
  data.autoFilter = "A1:B3";
  const png = Buffer.from(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==",
    "base64",
  );
  const image = workbook.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: "png" });
  data.addImage(image, "D2:E4");
  workbook.addWorksheet("Other").getCell("A1").value = 1;
  workbook.definedNames.add("Data!$B$2:$B$3", "Quantities");
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe("lostFeatures", () => {
  let kept: Uint8Array;
  beforeAll(async () => {
    kept = await keptFeaturesWorkbook();
  });

  it("lists nothing for what ExcelJS keeps (pictures, notes on values, validation, merges, links, range names, filters)", async () => {
    expect(lostFeatures(zipOf(kept))).toEqual([]);
    const again = zipOf(await roundTrip(kept));
    expect(again.names.some((name) => name.startsWith("xl/media/"))).toBe(true);
    expect(again.text("xl/workbook.xml")).toContain("Quantities");
  });

  it("lists what a LibreOffice workbook loses in ExcelJS, and exactly that disappears in the copy", async () => {
    const input = new Uint8Array(readFileSync(LIBREOFFICE_FIXTURE));
    expect(lostFeatures(zipOf(input))).toEqual([
      "charts",
      "pivot tables",
      "shapes and text boxes",
      "comments on empty cells",
      "hyperlinks within the workbook",
      "named formulas or constants",
    ]);
    const copy = zipOf(await roundTrip(input));
    expect(lostFeatures(copy)).toEqual([]);
    expect(copy.names.some((name) => name.startsWith("xl/charts/") || name.startsWith("xl/pivot"))).toBe(
      false,
    );
    const sheet = copy.text("xl/worksheets/sheet1.xml") ?? "";
    expect(copy.names).toContain("xl/media/image1.png");
    expect(sheet).toContain('<mergeCell ref="A8:B8"/>');
    expect(sheet).toContain('sqref="C2:C6"');
    expect(copy.text("xl/comments1.xml")).toContain('ref="B2"');
    expect(copy.text("xl/comments1.xml")).not.toContain('ref="D2"');
    expect(copy.text("xl/workbook.xml")).toContain('name="MyRange"');
    expect(copy.text("xl/workbook.xml")).not.toContain("MyConst");
  });

  const partCases: [feature: string, entry: ZipFixtureEntry][] = [
    ["charts", ["xl/charts/chart1.xml", "<c:chartSpace/>"]],
    ["chart sheets", ["xl/chartsheets/sheet1.xml", "<chartsheet/>"]],
    ["pivot tables", ["xl/pivotCache/pivotCacheDefinition1.xml", "<pivotCacheDefinition/>"]],
    ["slicers", ["xl/slicers/slicer1.xml", "<slicers/>"]],
    ["timelines", ["xl/timelines/timeline1.xml", "<timelines/>"]],
    ["macros", ["xl/vbaProject.bin", "binary"]],
    ["SmartArt", ["xl/diagrams/data1.xml", "<dgm:dataModel/>"]],
    ["pictures in cells", ["xl/richData/rdrichvalue.xml", "<rvData/>"]],
    ["form controls", ["xl/ctrlProps/ctrlProp1.xml", "<formControlPr/>"]],
    ["embedded objects", ["xl/embeddings/oleObject1.bin", "binary"]],
    ["external links", ["xl/externalLinks/externalLink1.xml", "<externalLink/>"]],
    ["data connections", ["xl/connections.xml", "<connections/>"]],
    [
      "dynamic array formulas",
      ["xl/metadata.xml", '<metadata><xda:dynamicArrayProperties fDynamic="1"/></metadata>'],
    ],
    ["threaded comments", ["xl/threadedComments/threadedComment1.xml", "<ThreadedComments/>"]],
    [
      "custom document properties",
      [
        "docProps/custom.xml",
        '<Properties><property fmtid="x" pid="2" name="MSIP_Label_1_Enabled"/></Properties>',
      ],
    ],
  ];

  it.each(partCases)("lists %s for its part, and the ExcelJS copy has lost it", async (feature, entry) => {
    const input = editZip(kept, (_, text) => text, [entry]);
    expect(lostFeatures(zipOf(input))).toEqual([feature]);
    expect(lostFeatures(zipOf(await roundTrip(input)))).toEqual([]);
  });

  const sheetXml = "xl/worksheets/sheet1.xml";
  const workbookXml = "xl/workbook.xml";
  const editCases: [feature: string, part: string, from: string, to: string][] = [
    [
      "hyperlinks within the workbook",
      sheetXml,
      "</hyperlinks>",
      '<hyperlink ref="A7" location="Other!A1" display="go"/></hyperlinks>',
    ],
    [
      "sparklines",
      sheetXml,
      "</worksheet>",
      '<extLst><ext uri="{05C60535-1F16-4fd2-B633-F4F36F0B64E0}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:sparklineGroups xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:sparklineGroup><x14:sparklines><x14:sparkline><xm:f>Data!B2:B3</xm:f><xm:sqref>C3</xm:sqref></x14:sparkline></x14:sparklines></x14:sparklineGroup></x14:sparklineGroups></ext></extLst></worksheet>',
    ],
    [
      "data validation lists from other sheets",
      sheetXml,
      "</worksheet>",
      '<extLst><ext uri="{CCE6A557-97BC-4b89-ADB6-D9C93CAAB3DF}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:dataValidations count="1" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"><x14:dataValidation type="list" allowBlank="1"><x14:formula1><xm:f>Other!$A$1:$A$3</xm:f></x14:formula1><xm:sqref>D1:D5</xm:sqref></x14:dataValidation></x14:dataValidations></ext></extLst></worksheet>',
    ],
    [
      "named formulas or constants",
      workbookXml,
      "<definedNames>",
      '<definedNames><definedName name="Rate">0.13</definedName>',
    ],
    [
      "named formulas or constants",
      workbookXml,
      "<definedNames>",
      '<definedNames><definedName name="Total">SUM(Data!$B$2:$B$3)*2</definedName>',
    ],
    [
      "named formulas or constants",
      workbookXml,
      "<definedNames>",
      '<definedNames><definedName name="Col">Data!$A:$A</definedName>',
    ],
    [
      "named formulas or constants",
      workbookXml,
      "<definedNames>",
      '<definedNames><definedName name="Gone">#REF!$A$1</definedName>',
    ],
    [
      "sheet-level names",
      workbookXml,
      "<definedNames>",
      '<definedNames><definedName name="Local" localSheetId="0">Data!$B$2</definedName><definedName name="Local" localSheetId="1">Other!$A$1</definedName>',
    ],
    ["workbook protection", workbookXml, "<sheets>", '<workbookProtection lockStructure="1"/><sheets>'],
  ];

  it.each(editCases)("lists %s (%s), and the ExcelJS copy has lost it", async (feature, part, from, to) => {
    const input = editZip(kept, (name, text) => {
      if (name !== part) return text;
      expect(text).toContain(from);
      return text.replace(from, to);
    });
    expect(lostFeatures(zipOf(input))).toEqual([feature]);
    expect(lostFeatures(zipOf(await roundTrip(input)))).toEqual([]);
  });

  it("ignores the build stamps WPS Office writes as custom properties, PropDesk's own names and built-in names", () => {
    const wps =
      '<Properties><property fmtid="x" pid="2" name="KSOProductBuildVer"/><property fmtid="x" pid="3" name="ICV"/></Properties>';
    const input = editZip(
      kept,
      (name, text) =>
        name === workbookXml
          ? text.replace(
              "<definedNames>",
              '<definedNames><definedName name="_PropDesk.gone">#REF!$A$1</definedName><definedName name="_xlnm._FilterDatabase" localSheetId="0" hidden="1">Data!$A$1:$B$3</definedName>',
            )
          : text,
      [["docProps/custom.xml", wps]],
    );
    expect(lostFeatures(zipOf(input))).toEqual([]);
  });
});
