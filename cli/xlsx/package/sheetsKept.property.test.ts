import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeOwnerKey, type SheetSpec } from "../../../core/index";
import { inputPackage, lostInCopy } from "../../../test/helpers/outputCopyChecks";
import { xlsxEntries, type FixtureSheet } from "../read/xlsxFixture.testkit";
import { readXlsxBook } from "../read/readXlsxBook";
import { storedZip } from "../zipFixture.testkit";
import { openZip } from "../zipArchive";
import { memorySink } from "./byteSink";
import { writePackage } from "./writePackage";

const KEYS = ["k/1", "k/2"];

/** A sheet name as offices and hostile files write them: CJK, quotes, spaces, brackets, up to 31 characters. */
const sheetName = fc.string({
  unit: fc.constantFrom("表", "物", "A", "b", "1", " ", "'", "!", ",", "&", "<", '"', "(", ")", "😀", "_"),
  minLength: 1,
  maxLength: 31,
});

/** Where a sheet's part lives: Excel's sheetN.xml, another name, another folder with a space. */
const partOf = (i: number) =>
  fc.constantFrom(
    `xl/worksheets/sheet${i + 1}.xml`,
    `xl/worksheets/data${i}.xml`,
    `xl/Sheet Folder/表${i}.xml`,
  );

/** A small random workbook: sheets, each with a cell or two, some marked as PropDesk's for a key (workbook- or sheet-scoped). */
const workbook = fc
  .uniqueArray(sheetName, { minLength: 1, maxLength: 6, selector: (n) => n.toLowerCase() })
  .chain((names) =>
    fc.tuple(
      fc.constant(names),
      fc.tuple(...names.map((_, i) => partOf(i))),
      fc.array(fc.tuple(fc.nat(names.length - 1), fc.constantFrom(...KEYS), fc.boolean()), { maxLength: 3 }),
      fc.array(fc.oneof(fc.constantFrom(...KEYS.map((k) => `new ${k}`)), fc.constantFrom(...names)), {
        minLength: KEYS.length,
        maxLength: KEYS.length,
      }),
    ),
  );

function entriesOf(names: string[], parts: string[], markers: [number, string, boolean][]) {
  const sheets: FixtureSheet[] = names.map((name, i) => ({
    name,
    part: parts[i] ?? `xl/worksheets/sheet${i + 1}.xml`,
    body: `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>${i}</t></is></c><c r="B2"><v>${i}</v></c></row></sheetData>`,
  }));
  const quoted = (name: string) => `'${name.replace(/'/g, "''")}'!$A$1`;
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  const names_ = markers
    .map(([sheet, key, local]) => {
      const scope = local ? ` localSheetId="${sheet}"` : "";
      return `<definedName name="${encodeOwnerKey(key)}"${scope} hidden="1">${escape(quoted(names[sheet] ?? ""))}</definedName>`;
    })
    .join("");
  return xlsxEntries({ sheets }).map(([name, content]) =>
    name === "xl/workbook.xml" && typeof content === "string" && names_ !== ""
      ? ([name, content.replace("</sheets>", `</sheets><definedNames>${names_}</definedNames>`)] as const)
      : ([name, content] as const),
  );
}

function spec(key: string, name: string): SheetSpec {
  return { name, key, cells: [["PropDesk"], [1]], columns: [], styles: [], numberFormats: [], merges: [] };
}

describe("writePackage on random small workbooks", () => {
  it("keeps every input sheet in the copy, its part byte for byte, whatever its name, part or markers", async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async ([names, parts, markers, wanted]) => {
        const input = storedZip(entriesOf(names, parts, markers));
        const sink = memorySink();
        const specs = KEYS.map((key, i) => spec(key, wanted[i] ?? key));
        const written = await writePackage(input, specs, sink);
        const output = sink.bytes();
        expect(await lostInCopy(await inputPackage(input), output)).toEqual([]);
        const zip = openZip(output);
        if (zip === null) throw new Error("no zip written");
        const read = (await readXlsxBook(zip)).sheets.map((s) => s.name);
        const before = (await readXlsxBook(openZip(input) ?? zip)).sheets;
        const replaced = new Set(written.sheets.filter((w) => w.replaced).map((w) => w.name));
        for (const sheet of before) if (!replaced.has(sheet.name)) expect(read).toContain(sheet.name);
        for (const sheet of written.sheets) expect(read).toContain(sheet.name);
        for (const sheet of before)
          if (replaced.has(sheet.name)) expect(sheet.ownerKey, `${sheet.name} replaced`).toBeDefined();
      }),
      { numRuns: 150, seed: 18 },
    );
  });
});
