import { describe, expect, it } from "vitest";
import { CarriedStyles } from "./carriedStyles";
import { carriedSheetXml, type CarriedSheetContext } from "./carriedSheetXml";
import { StyleSheet } from "./styleSheet";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/** A source stylesheet of three cell formats; the target below already holds two of its own. */
const SOURCE_STYLES =
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="170" formatCode="0.0&quot;吨&quot;"/></numFmts>` +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/></font><font><b/><sz val="14"/><name val="黑体"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>' +
  '<xf numFmtId="170" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/>' +
  '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="3"><alignment horizontal="center"/></xf></cellXfs>' +
  '<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs></styleSheet>';

const TARGET_STYLES =
  `<styleSheet xmlns="${MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;"/></numFmts>` +
  '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>' +
  "</styleSheet>";

function context(renamed: [string, string][] = []): { context: CarriedSheetContext; target: StyleSheet } {
  const target = new StyleSheet(TARGET_STYLES);
  const strings = ["<t>物业费</t>", '<r><rPr><b/></rPr><t>粗</t></r><r><t xml:space="preserve"> 体</t></r>'];
  return {
    target,
    context: {
      styles: new CarriedStyles(SOURCE_STYLES, target),
      sharedString: (index) => strings[index],
      renamed: new Map(renamed),
    },
  };
}

const carried = (xml: string, ctx: CarriedSheetContext): string => [...carriedSheetXml(xml, ctx)].join("");

function sheet(body: string, before = ""): string {
  return `<?xml version="1.0"?><worksheet xmlns="${MAIN}">${before}<sheetData>${body}</sheetData></worksheet>`;
}

describe("carriedSheetXml", () => {
  it("moves cell, row and column styles into the new stylesheet, with their fonts and number formats", () => {
    const { context: ctx, target } = context();
    const xml = sheet(
      '<row r="1" s="1" customFormat="1"><c r="A1" s="1"><v>2.5</v></c><c r="B1" s="2"/><c r="C1"><v>1</v></c></row>',
      '<cols><col min="1" max="2" width="12" style="2" customWidth="1"/></cols>',
    );
    const out = carried(xml, ctx);
    expect(out).toContain('<col min="1" max="2" width="12" style="2" customWidth="1"/>');
    expect(out).toContain(
      '<row r="1" s="3" customFormat="1"><c r="A1" s="3"><v>2.5</v></c><c r="B1" s="2"/><c r="C1"><v>1</v></c></row>',
    );
    const styles = target.toXml();
    expect(styles).toContain('<numFmt numFmtId="165" formatCode="0.0&#34;吨&#34;"/>');
    expect(styles).toContain('<font><b/><sz val="14"/><name val="黑体"/></font>');
    expect(styles).toContain(
      '<xf numFmtId="14" fontId="1" fillId="0" borderId="0" xfId="0"><alignment horizontal="center"/></xf>' +
        '<xf numFmtId="165" fontId="2" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>',
    );
  });

  it("writes shared strings in as inline strings, rich text included, and drops cell metadata", () => {
    const { context: ctx } = context();
    const out = carried(
      sheet(
        '<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s" cm="1"><v>1</v></c><c r="C1" t="s"><v>9</v></c><c r="D1" vm="2"><f>1+1</f><v>2</v></c></row>',
      ),
      ctx,
    );
    expect(out).toContain(
      '<c r="A1" t="inlineStr"><is><t>物业费</t></is></c>' +
        '<c r="B1" t="inlineStr"><is><r><rPr><b/></rPr><t>粗</t></r><r><t xml:space="preserve"> 体</t></r></is></c>' +
        '<c r="C1"/><c r="D1"><f>1+1</f><v>2</v></c>',
    );
  });

  it("unselects the tab, moves conditional formats' styles and retargets formulas and links to renamed sheets", () => {
    const { context: ctx, target } = context([["费用统计", "费用统计 (2)"]]);
    const xml =
      `<worksheet xmlns="${MAIN}"><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews>` +
      `<sheetData><row r="1"><c r="A1"><f>'费用统计'!B2*2&amp;"x"</f><v>4</v></c></row></sheetData>` +
      '<conditionalFormatting sqref="A1"><cfRule type="cellIs" dxfId="0" priority="1" operator="greaterThan"><formula>1</formula></cfRule></conditionalFormatting>' +
      `<hyperlinks><hyperlink ref="A2" location="'费用统计'!A1" display="返回"/></hyperlinks></worksheet>`;
    const out = carried(xml, ctx);
    expect(out).toContain('<sheetView workbookViewId="0"/>');
    expect(out).toContain(`<f>'费用统计 (2)'!B2*2&amp;"x"</f>`);
    expect(out).toContain(`location="'费用统计 (2)'!A1"`);
    expect(out).toContain('<cfRule type="cellIs" dxfId="0"');
    expect(target.toXml()).toContain(
      '<dxfs count="1"><dxf><font><color rgb="FFFF0000"/></font></dxf></dxfs>',
    );
  });

  it("hands a large sheet on in pieces that end with a row, translating every cell as one pass would", () => {
    const rows = Array.from(
      { length: 5000 },
      (_, i) =>
        `<row r="${i + 1}"><c r="A${i + 1}" s="1" t="s"><v>0</v></c><c r="B${i + 1}" s="2"><v>${i}</v></c></row>`,
    );
    const { context: ctx } = context();
    const pieces = [...carriedSheetXml(sheet(rows.join("")), ctx)];
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces.slice(0, -1)) expect(piece.endsWith("</row>")).toBe(true);
    const out = pieces.join("");
    expect(out.match(/<c r="A\d+" s="2" t="inlineStr"><is><t>物业费<\/t><\/is><\/c>/g)).toHaveLength(5000);
    expect(out.match(/<c r="B\d+" s="3"><v>\d+<\/v><\/c>/g)).toHaveLength(5000);
  });
});
