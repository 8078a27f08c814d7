import { describe, expect, it } from "vitest";
import { openZip } from "../zipArchive";
import { ReadBudget } from "./readBudget";
import { MAX_TEXT_PART_BYTES } from "./readLimits";
import { checkWriterTextParts } from "./writerTextParts";
import { deflatedZeros, rawZip, xlsxEntries } from "./xlsxFixture.testkit";
import type { ZipFixtureEntry } from "../zipFixture.testkit";
import { storedZip } from "../zipFixture.testkit";

const APP = "docProps/app.xml";

/** A small valid package's parts, changed by `edit` (an entry mapped to null is left out), `extra` added. */
function check(edit: (name: string, text: string) => string | null, extra: ZipFixtureEntry[] = []) {
  const entries = xlsxEntries({ sheets: [{ name: "表", body: "<sheetData/>" }] }).flatMap(
    ([name, content]) => {
      const text = edit(name, typeof content === "string" ? content : Buffer.from(content).toString("utf8"));
      return text === null ? [] : [[name, text] as ZipFixtureEntry];
    },
  );
  const zip = openZip(storedZip([...entries, ...extra, [APP, "<Properties/>"]]));
  if (zip === null) throw new Error("no zip");
  return checkWriterTextParts(zip, "xl/workbook.xml", APP, new ReadBudget());
}

describe("checkWriterTextParts", () => {
  it("passes a package whose text parts the writer can hold and edit", async () => {
    await expect(check((_, text) => text)).resolves.toBeUndefined();
  });

  it.each([
    [
      "no [Content_Types].xml",
      (name: string, text: string) => (name === "[Content_Types].xml" ? null : text),
      /no \[Content_Types\]\.xml/,
    ],
    [
      "content types that are no <Types>",
      (name: string, text: string) => (name === "[Content_Types].xml" ? "<Other/>" : text),
      /not a <Types> part/,
    ],
    [
      "no package relationships",
      (name: string, text: string) => (name === "_rels/.rels" ? null : text),
      /no _rels\/\.rels/,
    ],
    [
      "workbook relationships that are no <Relationships>",
      (name: string, text: string) => (name === "xl/_rels/workbook.xml.rels" ? "<Types/>" : text),
      /not a <Relationships> part/,
    ],
  ])("refuses %s as damaged, saying so", async (_, edit, reason) => {
    await expect(check(edit)).rejects.toMatchObject({
      problem: "damaged",
      message: expect.stringMatching(reason),
    });
  });

  it("refuses any relationships part that is not well-formed, and the app properties' too", async () => {
    await expect(
      check((_, text) => text, [["xl/drawings/_rels/drawing1.xml.rels", "<Relationships>"]]),
    ).rejects.toMatchObject({
      problem: "damaged",
      params: { part: "xl/drawings/_rels/drawing1.xml.rels" },
    });
  });

  it("refuses app properties that declare more than the text limit, before inflating them", async () => {
    const entries = xlsxEntries({ sheets: [{ name: "表", body: "<sheetData/>" }] }).map(([name, content]) => {
      const data = typeof content === "string" ? Buffer.from(content) : content;
      return { name, method: 0 as const, data, declaredSize: data.length };
    });
    const bomb = {
      name: APP,
      method: 8 as const,
      data: deflatedZeros(1),
      declaredSize: MAX_TEXT_PART_BYTES + 1,
    };
    const zip = openZip(rawZip([...entries, bomb]));
    if (zip === null) throw new Error("no zip");
    await expect(checkWriterTextParts(zip, "xl/workbook.xml", APP, new ReadBudget())).rejects.toMatchObject({
      problem: "part-too-large",
      params: { part: APP, limit: "64" },
    });
  });
});
