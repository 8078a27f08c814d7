import { describe, expect, it } from "vitest";
import { withSheetTitles } from "./appProperties";
import { editWorkbookPart, readWorkbookPart } from "./workbookPart";

const WORKBOOK =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
  '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
  '<workbookPr date1904="1"/><bookViews><workbookView activeTab="1"/></bookViews>' +
  '<sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/><sheet name="Old" sheetId="4" state="hidden" r:id="rId2"/></sheets>' +
  '<calcPr calcId="191029"/><pivotCaches><pivotCache cacheId="3" r:id="rId5"/></pivotCaches></workbook>';

describe("readWorkbookPart", () => {
  it("reads sheets in tab order, names and the date system", () => {
    const part = readWorkbookPart(
      WORKBOOK.replace(
        "</sheets>",
        '</sheets><definedNames><definedName name="X" localSheetId="1">Old!$A$1</definedName></definedNames>',
      ),
    );
    expect(part.sheets.map((s) => [s.name, s.sheetId, s.relationshipId])).toEqual([
      ["A & B", 1, "rId1"],
      ["Old", 4, "rId2"],
    ]);
    expect(part.names.map((n) => [n.name, n.localSheetId, n.text])).toEqual([["X", 1, "Old!$A$1"]]);
    expect(part.date1904).toBe(true);
  });
});

describe("editWorkbookPart", () => {
  it("re-points a replaced sheet, appends new ones and names, and asks for a full recalculation", () => {
    const part = readWorkbookPart(WORKBOOK);
    const [first, old] = part.sheets;
    if (first === undefined || old === undefined) throw new Error("no sheets");
    const xml = editWorkbookPart(part, {
      sheets: [
        { kind: "kept", sheet: first },
        { kind: "kept", sheet: old, relationshipId: "rId9" },
        { kind: "new", name: "新 <表>", sheetId: 5, relationshipId: "rId10" },
      ],
      removeNames: new Set(),
      addNames: [{ name: "_PropDesk.k", hidden: true, text: "'新 <表>'!$A$1" }],
    });
    expect(xml).toBe(
      WORKBOOK.replace(
        '<sheet name="Old" sheetId="4" state="hidden" r:id="rId2"/></sheets>',
        '<sheet name="Old" sheetId="4" state="hidden" r:id="rId9"/><sheet name="新 &lt;表&gt;" sheetId="5" r:id="rId10"/></sheets>' +
          '<definedNames><definedName name="_PropDesk.k" hidden="1">\'新 &lt;表&gt;\'!$A$1</definedName></definedNames>',
      ).replace('<calcPr calcId="191029"/>', '<calcPr calcId="191029" fullCalcOnLoad="1"/>'),
    );
  });

  it("removes names, drops an emptied definedNames and adds calcPr where the schema puts it", () => {
    const withName = WORKBOOK.replace(
      "</sheets>",
      '</sheets><definedNames><definedName name="_xlnm.Print_Titles" localSheetId="1">Old!$1:$1</definedName></definedNames>',
    ).replace('<calcPr calcId="191029"/>', "");
    const part = readWorkbookPart(withName);
    const xml = editWorkbookPart(part, {
      sheets: part.sheets.map((sheet) => ({ kind: "kept", sheet })),
      removeNames: new Set(part.names),
      addNames: [],
    });
    expect(xml).toContain('</sheets><calcPr fullCalcOnLoad="1"/><pivotCaches>');
    expect(xml).not.toContain("definedName");
  });
});

const APP =
  '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
  '<HeadingPairs><vt:vector size="4" baseType="variant"><vt:variant><vt:lpstr>工作表</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4></vt:variant><vt:variant><vt:lpstr>命名范围</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>' +
  '<TitlesOfParts><vt:vector size="3" baseType="lpstr"><vt:lpstr>A</vt:lpstr><vt:lpstr>B</vt:lpstr><vt:lpstr>A!Print_Titles</vt:lpstr></vt:vector></TitlesOfParts></Properties>';

describe("withSheetTitles", () => {
  it("adds the new sheets to the worksheet titles, whatever the language calls them", () => {
    expect(withSheetTitles(APP, ["A", "B"], ["计划 & 明细"])).toBe(
      APP.replace("<vt:i4>2</vt:i4>", "<vt:i4>3</vt:i4>")
        .replace('<vt:vector size="3" baseType="lpstr">', '<vt:vector size="4" baseType="lpstr">')
        .replace("<vt:lpstr>B</vt:lpstr>", "<vt:lpstr>B</vt:lpstr><vt:lpstr>计划 &amp; 明细</vt:lpstr>"),
    );
  });

  it("leaves the part alone when it lists no sheet titles or none of the workbook's", () => {
    const bare =
      '<Properties xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>';
    expect(withSheetTitles(bare, ["A"], ["New"])).toBe(bare);
    expect(withSheetTitles(APP, ["X", "Y"], ["New"])).toBe(APP);
  });
});
