import ExcelJS from "exceljs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeOwnerKey, encodeOwnerKey, markOwned, ownedSheets, pruneOwnerMarkers } from "./ownership";

/** Excel's rule for a defined name as far as PropDesk's markers go: a leading `_`, then letters, digits, `_` and `.`. */
const VALID_EXCEL_NAME = /^_[A-Za-z0-9_.]{1,254}$/;

async function reload(workbook: ExcelJS.Workbook): Promise<ExcelJS.Workbook> {
  const again = new ExcelJS.Workbook();
  await again.xlsx.load(await workbook.xlsx.writeBuffer());
  return again;
}

describe("encodeOwnerKey / decodeOwnerKey", () => {
  it.each([
    ["purchase-plan/plan/2027-01", "_PropDesk.purchase.2D.plan.2F.plan.2F.2027.2D.01"],
    ["a_b", "_PropDesk.a.5F.b"],
    ["Plan", "_PropDesk..50.lan"],
    ["考勤/2027-01", "_PropDesk..8003..52E4..2F.2027.2D.01"],
  ])("%j <-> %j", (key, name) => {
    expect(encodeOwnerKey(key)).toBe(name);
    expect(decodeOwnerKey(name)).toBe(key);
  });

  it("round-trips any key into a valid Excel name, distinct from every other key's even ignoring case", () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 20, unit: "binary" }),
        fc.string({ minLength: 1, maxLength: 20 }),
        (a, b) => {
          const name = encodeOwnerKey(a);
          expect(name).toMatch(VALID_EXCEL_NAME);
          expect(name).not.toMatch(/_x[0-9A-Fa-f]{4}_/);
          expect(decodeOwnerKey(name)).toBe(a);
          if (a !== b) expect(name.toLowerCase()).not.toBe(encodeOwnerKey(b).toLowerCase());
        },
      ),
    );
  });

  it("reads a marker whatever case Excel kept it in", () => {
    expect(decodeOwnerKey("_PROPDESK.PLAN.2F.A")).toBe("plan/a");
  });

  it("gives null for names that are no marker", () => {
    for (const name of [
      "Quantities",
      "_xlnm.Print_Area",
      "_PropDesk.",
      "_PropDesk.a-b",
      "_PropDesk.a.2F",
      "_PropDesk..110000.",
    ]) {
      expect(decodeOwnerKey(name)).toBeNull();
    }
  });

  it("refuses a key that cannot become an Excel name", () => {
    expect(() => encodeOwnerKey("")).toThrow();
    expect(() => encodeOwnerKey("/".repeat(80))).toThrow();
  });
});

describe("ownership markers in a workbook", () => {
  it("survive an ExcelJS save and load, with quotes and Chinese in the sheet name", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Data");
    workbook.addWorksheet("O'Brien 采购计划");
    workbook.addWorksheet("Plan");
    markOwned(workbook, "O'Brien 采购计划", "purchase-plan/plan/2027-01");
    markOwned(workbook, "Plan", "k2");
    const again = await reload(workbook);
    expect(ownedSheets(again).map((o) => [o.key, o.sheet.name])).toEqual([
      ["purchase-plan/plan/2027-01", "O'Brien 采购计划"],
      ["k2", "Plan"],
    ]);
  });

  it("moves a key to the sheet marked last and keeps other names", () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("A");
    workbook.addWorksheet("B");
    workbook.definedNames.add("A!$B$2", "UserName");
    markOwned(workbook, "A", "k");
    markOwned(workbook, "B", "k");
    expect(ownedSheets(workbook).map((o) => o.sheet.name)).toEqual(["B"]);
    expect(workbook.definedNames.model.map((n) => n.name)).toContain("UserName");
  });

  it("finds a marked sheet ignoring case, and drops markers of deleted sheets", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("Plan");
    workbook.addWorksheet("Old");
    workbook.definedNames.model = [
      { name: encodeOwnerKey("k1"), ranges: ["PLAN!$A$1"] },
      { name: encodeOwnerKey("k2"), ranges: ["'#REF'!$A$1"] },
      { name: encodeOwnerKey("k3"), ranges: ["Old!$A$1"] },
      { name: "Keep", ranges: ["Old!$B$2"] },
    ];
    workbook.removeWorksheet(workbook.getWorksheet("Old")?.id ?? -1);
    expect(ownedSheets(workbook).map((o) => [o.key, o.sheet.name])).toEqual([["k1", "Plan"]]);
    pruneOwnerMarkers(workbook);
    expect(workbook.definedNames.model.map((n) => n.name)).toEqual([encodeOwnerKey("k1"), "Keep"]);
    expect((await reload(workbook)).definedNames.model.map((n) => n.name)).toEqual([
      encodeOwnerKey("k1"),
      "Keep",
    ]);
  });
});
