import { describe, expect, it } from "vitest";
import { openZip, type ZipArchive } from "../zipArchive";
import { ReadBudget } from "./readBudget";
import { readXlsxBook } from "./readXlsxBook";
import { xlsxFixture, type FixtureSheet } from "./xlsxFixture.testkit";

/** A sheet of `count` number cells in one row. */
function numbers(name: string, count: number): FixtureSheet {
  const cells = Array.from({ length: count }, (_, i) => `<c><v>${i}</v></c>`).join("");
  return { name, body: `<sheetData><row r="1">${cells}</row></sheetData>` };
}

function zipOf(sheets: FixtureSheet[]): ZipArchive {
  const zip = openZip(xlsxFixture({ sheets }));
  if (zip === null) throw new Error("no zip");
  return zip;
}

describe("ReadBudget, as readXlsxBook takes from it", () => {
  it("counts non-empty cells across the sheets, refusing at the sheet that passes the limit, naming it", async () => {
    const sheets = [
      numbers("一", 6),
      { name: "空", body: '<sheetData><row r="1"><c r="A1"/></row></sheetData>' },
      numbers("二", 6),
    ];
    await expect(readXlsxBook(zipOf(sheets), new ReadBudget(undefined, 12))).resolves.toMatchObject({
      sheets: [{ name: "一" }, { name: "空" }, { name: "二" }],
    });
    await expect(readXlsxBook(zipOf(sheets), new ReadBudget(undefined, 11))).rejects.toMatchObject({
      problem: "too-many-cells",
      params: { sheet: "二", limit: "11" },
    });
  });

  it("counts the bytes inflated across every part read, refusing the workbook past the limit", async () => {
    const zip = zipOf([numbers("一", 2000), numbers("二", 2000)]);
    await expect(readXlsxBook(zip, new ReadBudget(1024 * 1024))).resolves.toBeDefined();
    await expect(readXlsxBook(zip, new ReadBudget(40_000))).rejects.toMatchObject({
      problem: "workbook-too-large",
    });
  });
});
