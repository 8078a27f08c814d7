import { describe, expect, it } from "vitest";
import { storedZip } from "../zipFixture.testkit";
import { openZip, type ZipArchive } from "../zipArchive";
import { readSharedStrings } from "./sharedStrings";

const PART = "xl/sharedStrings.xml";

function table(items: string, attributes = ""): ZipArchive {
  const zip = openZip(storedZip([[PART, `<sst xmlns="urn:main"${attributes}>${items}</sst>`]]));
  if (zip === null) throw new Error("no zip");
  return zip;
}

describe("readSharedStrings", () => {
  it("refuses a table of more items than the limit, counting them when it does not say", async () => {
    const items = "<si><t>a</t></si>".repeat(4);
    await expect(readSharedStrings(table(items), PART, undefined, 4)).resolves.toHaveLength(4);
    await expect(readSharedStrings(table(items), PART, undefined, 3)).rejects.toMatchObject({
      problem: "too-many-strings",
      params: { part: PART, limit: "3" },
    });
  });

  it("refuses at once a table whose uniqueCount is past the limit, before making its strings", async () => {
    const zip = table("<si><t>a</t></si>", ' count="9" uniqueCount="9"');
    await expect(readSharedStrings(zip, PART, undefined, 3)).rejects.toMatchObject({
      problem: "too-many-strings",
    });
  });

  it("reads 300,000 strings held in one chunk (a stored part) in linear time", async () => {
    const items = Array.from({ length: 300_000 }, (_, i) => `<si><t>物业${i}</t></si>`).join("");
    const started = performance.now();
    const strings = await readSharedStrings(table(items), PART);
    expect(performance.now() - started).toBeLessThan(2000);
    expect([strings.length, strings[299_999]]).toEqual([300_000, "物业299999"]);
  });
});
