import { describe, expect, it } from "vitest";
import { StyleSheet } from "./styleSheet";

const EXCEL_STYLES =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
  '<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts>' +
  '<fonts count="2"><font><sz val="11"/><name val="等线"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>' +
  '<dxfs count="0"/><tableStyles count="0"/></styleSheet>';

const FONT = '<font><b/><sz val="16"/><name val="等线"/></font>';
const FILL =
  '<fill><patternFill patternType="solid"><fgColor rgb="FFD9D9D9"/><bgColor indexed="64"/></patternFill></fill>';

describe("StyleSheet", () => {
  it("appends after the workbook's own entries, which keep their indices and text", () => {
    const styles = new StyleSheet(EXCEL_STYLES);
    expect(styles.fontId(FONT)).toBe(2);
    expect(styles.fillId(FILL)).toBe(2);
    expect(styles.cellFormatId('<xf numFmtId="0" fontId="2" fillId="2" borderId="0" xfId="0"/>')).toBe(2);
    expect(styles.numberFormatId("yyyy-mm-dd")).toBe(177);
    const xml = styles.toXml();
    expect(xml).toContain(
      '<fonts count="3"><font><sz val="11"/><name val="等线"/><charset val="134"/></font><font><b/><sz val="11"/><name val="等线"/></font>' +
        FONT,
    );
    expect(xml).toContain(`<fills count="3"><fill><patternFill patternType="none"/></fill>`);
    expect(xml).toContain(
      '<numFmts count="2"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/><numFmt numFmtId="177" formatCode="yyyy-mm-dd"/></numFmts>',
    );
    expect(xml).toMatch(
      /<cellXfs count="3">.*applyNumberFormat="1"\/><xf numFmtId="0" fontId="2" fillId="2"/,
    );
    expect(xml.endsWith('<dxfs count="0"/><tableStyles count="0"/></styleSheet>')).toBe(true);
  });

  it("reuses an entry written exactly like one it holds, so a re-run adds nothing", () => {
    const first = new StyleSheet(EXCEL_STYLES);
    const ids = [first.fontId(FONT), first.fillId(FILL), first.numberFormatId("yyyy-mm-dd")];
    const again = new StyleSheet(first.toXml());
    expect([again.fontId(FONT), again.fillId(FILL), again.numberFormatId("yyyy-mm-dd")]).toEqual(ids);
    expect(again.fillId('<fill><patternFill patternType="none"/></fill>')).toBe(0);
    expect(again.numberFormatId('yyyy"年"m"月"')).toBe(176);
    expect(again.changed).toBe(false);
    expect(again.toXml()).toBe(first.toXml());
  });

  it("appends differential formats, and takes no number format of theirs for the workbook's", () => {
    const withDxf = EXCEL_STYLES.replace(
      '<dxfs count="0"/>',
      '<dxfs count="1"><dxf><numFmt numFmtId="180" formatCode="0.0%"/></dxf></dxfs>',
    );
    const styles = new StyleSheet(withDxf);
    expect(styles.numberFormatId("0.0%")).toBe(177);
    const dxf = '<dxf><numFmt numFmtId="181" formatCode="0.000"/><font><b/></font></dxf>';
    expect(styles.dxfId(dxf)).toBe(1);
    const xml = styles.toXml();
    expect(xml).toContain(
      `<dxfs count="2"><dxf><numFmt numFmtId="180" formatCode="0.0%"/></dxf>${dxf}</dxfs>`,
    );
    expect(xml).toContain('<numFmts count="2">');
  });

  it("knows Excel's built-in number formats by id", () => {
    const styles = new StyleSheet(EXCEL_STYLES);
    expect(["General", "#,##0.00", "0.00%", "@"].map((code) => styles.numberFormatId(code))).toEqual([
      0, 4, 10, 49,
    ]);
    expect(styles.changed).toBe(false);
  });

  it("creates the lists a minimal stylesheet lacks, in schema order, with Excel's first entries", () => {
    const styles = new StyleSheet(
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cellStyles count="0"/></styleSheet>',
    );
    expect(styles.fillId(FILL)).toBe(2);
    expect(styles.cellFormatId('<xf numFmtId="0" fontId="0" fillId="2" borderId="0" xfId="0"/>')).toBe(1);
    const order = [
      ...styles.toXml().matchAll(/<(fonts|fills|borders|cellStyleXfs|cellXfs|cellStyles)\b/g),
    ].map((m) => m[1]);
    expect(order).toEqual(["fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles"]);
  });

  it("writes into a stylesheet whose elements carry a namespace prefix", () => {
    const prefixed = EXCEL_STYLES.replace(/<(\/?)(?=[a-zA-Z])/g, "<$1x:").replace(
      "<x:styleSheet xmlns=",
      "<x:styleSheet xmlns:x=",
    );
    const styles = new StyleSheet(prefixed);
    expect(styles.fontId('<font><sz val="11"/><name val="等线"/><charset val="134"/></font>')).toBe(0);
    expect(styles.fontId(FONT)).toBe(2);
    expect(styles.toXml()).toContain('<x:font><x:b/><x:sz val="16"/><x:name val="等线"/></x:font></x:fonts>');
  });
});
