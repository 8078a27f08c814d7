import { describe, expect, it } from "vitest";
import { encodeOwnerKey } from "../../../core/index";
import { ownerMarkers } from "./ownerMarkers";
import { readWorkbookPart } from "./workbookPart";

const PLAN = encodeOwnerKey("purchase-plan/plan/2027-01");

function workbook(names: string): string {
  return (
    '<workbook xmlns="urn:main" xmlns:r="urn:r"><sheets><sheet name="办公室" sheetId="1" r:id="rId1"/>' +
    `<sheet name="采购计划 2027-01 (2)" sheetId="2" r:id="rId2"/></sheets><definedNames>${names}</definedNames></workbook>`
  );
}

describe("ownerMarkers", () => {
  it("takes workbook-scoped markers only: the sheet-scoped one on a user's copy marks nothing", () => {
    const part = readWorkbookPart(
      workbook(
        `<definedName name="${PLAN}" localSheetId="1" hidden="1">'采购计划 2027-01 (2)'!$A$1</definedName>` +
          `<definedName name="${PLAN}" hidden="1">#REF!$A$1</definedName>`,
      ),
    );
    expect(ownerMarkers(part).map((m) => [m.key, m.sheets, m.stale])).toEqual([
      ["purchase-plan/plan/2027-01", [], true],
    ]);
  });

  it("lists the sheets a marker names once each, stale when a range names none", () => {
    const part = readWorkbookPart(
      workbook(`<definedName name="${PLAN}" hidden="1">'办公室'!$A$1,办公室!$B$2,#REF!$A$1</definedName>`),
    );
    expect(ownerMarkers(part).map((m) => [m.sheets, m.stale])).toEqual([[["办公室"], true]]);
  });
});
