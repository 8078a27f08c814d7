import { describe, expect, it } from "vitest";
import { encodeOwnerKey } from "../../../core/index";
import { ownerKeys } from "./ownerKeys";
import type { DefinedName } from "./workbookPart";

const PLAN = encodeOwnerKey("purchase-plan/plan/2027-01");
const SHEETS = ["办公室", "采购计划 2027-01", "采购计划 2027-01 (2)", "O'Brien"];

function name(refersTo: string, localSheetId: number | null = null, defined = PLAN): DefinedName {
  return { name: defined, localSheetId, refersTo };
}

describe("ownerKeys", () => {
  it("marks the one sheet a workbook-scoped marker names, whatever case or quoting it is written in", () => {
    expect(ownerKeys([name("'采购计划 2027-01'!$A$1")], SHEETS)[1]).toBe("purchase-plan/plan/2027-01");
    expect(ownerKeys([name("'o''brien'!$A$1")], SHEETS)[3]).toBe("purchase-plan/plan/2027-01");
  });

  it("never marks a copy: a sheet-scoped marker (what Excel leaves on a copied sheet) marks nothing", () => {
    const copied = [name("'采购计划 2027-01 (2)'!$A$1", 2), name("#REF!$A$1")];
    expect(ownerKeys(copied, SHEETS)).toEqual([undefined, undefined, undefined, undefined]);
  });

  it("marks nothing when a marker names several sheets, and only by the first marker of a key", () => {
    expect(ownerKeys([name("'采购计划 2027-01'!$A$1,'采购计划 2027-01 (2)'!$A$1")], SHEETS)).toEqual([
      undefined,
      undefined,
      undefined,
      undefined,
    ]);
    expect(ownerKeys([name("#REF!$A$1"), name("'采购计划 2027-01'!$A$1")], SHEETS)[1]).toBeUndefined();
  });

  it("leaves deleted sheets' ranges out of what a marker names", () => {
    expect(ownerKeys([name("'采购计划 2027-01'!$A$1,#REF!$A$1")], SHEETS)[1]).toBe(
      "purchase-plan/plan/2027-01",
    );
  });

  it("gives each of 20,000 markers its sheet in linear time", () => {
    const sheets = Array.from({ length: 20_000 }, (_, i) => `表${i}`);
    const names = sheets.map((sheet, i) => name(`'${sheet}'!$A$1`, null, encodeOwnerKey(`k/${i}`)));
    const started = performance.now();
    const keys = ownerKeys(names, sheets);
    expect(performance.now() - started).toBeLessThan(2000);
    expect([keys[0], keys[19_999]]).toEqual(["k/0", "k/19999"]);
  });
});
