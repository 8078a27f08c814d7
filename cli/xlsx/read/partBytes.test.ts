import { deflateRawSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { storedZip } from "../zipFixture.testkit";
import { openZip, type ZipArchive } from "../zipArchive";
import { partBytes } from "./partBytes";
import { ReadBudget } from "./readBudget";
import { XlsxReadError } from "./xlsxReadError";
import { deflatedZeros, deflatedZip } from "./xlsxFixture.testkit";

function zipOf(bytes: Uint8Array): ZipArchive {
  const zip = openZip(bytes);
  if (zip === null) throw new Error("no zip");
  return zip;
}

/** Reads a part through `partBytes`, counting what it yields, until it ends or throws. */
async function drain(
  zip: ZipArchive,
  part: string,
  limit?: number,
  budget?: ReadBudget,
): Promise<{ seen: number; error: unknown }> {
  let seen = 0;
  try {
    for await (const chunk of partBytes(zip, part, limit, budget)) seen += chunk.length;
    return { seen, error: null };
  } catch (error) {
    return { seen, error };
  }
}

describe("partBytes", () => {
  it("gives a deflated part's bytes in chunks, and a stored one's as they are", async () => {
    const text = "<sheetData>".padEnd(3_000_000, "x");
    const zip = zipOf(deflatedZip("a.xml", deflateRawSync(Buffer.from(text)), text.length));
    const chunks: Buffer[] = [];
    for await (const chunk of partBytes(zip, "a.xml")) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(1);
    expect(Buffer.concat(chunks).toString()).toBe(text);
    const stored: Buffer[] = [];
    for await (const chunk of partBytes(zipOf(storedZip([["b.xml", "<b/>"]])), "b.xml")) stored.push(chunk);
    expect(Buffer.concat(stored).toString()).toBe("<b/>");
  });

  it("gives nothing for a part the archive lacks", async () => {
    expect(await drain(zipOf(storedZip([["b.xml", "<b/>"]])), "c.xml")).toEqual({ seen: 0, error: null });
  });

  it("refuses a part that declares more than the limit before inflating any of it", async () => {
    const zip = zipOf(deflatedZip("bomb.xml", deflatedZeros(2), 2 * 1024 * 1024));
    const { seen, error } = await drain(zip, "bomb.xml", 1024 * 1024);
    expect(seen).toBe(0);
    expect(error).toMatchObject({ problem: "part-too-large", params: { part: "bomb.xml" } });
  });

  it("stops inflating a part that inflates past the size it declares (a zip bomb that lies), as damaged", async () => {
    const declared = 300 * 1024;
    const zip = zipOf(deflatedZip("bomb.xml", deflatedZeros(64), declared));
    const { seen, error } = await drain(zip, "bomb.xml");
    expect(error).toBeInstanceOf(XlsxReadError);
    expect(error).toMatchObject({ problem: "damaged", params: { part: "bomb.xml" } });
    expect(String(error)).toMatch(/inflates past the 307200 bytes its zip entry declares/);
    expect(seen).toBeLessThanOrEqual(declared);
  });

  it("takes what it inflates from the read's budget, refusing the workbook once its parts pass it", async () => {
    const text = "<x>".repeat(200_000);
    const zip = zipOf(deflatedZip("a.xml", deflateRawSync(Buffer.from(text)), text.length));
    const budget = new ReadBudget(1024 * 1024);
    expect(await drain(zip, "a.xml", undefined, budget)).toEqual({ seen: 600_000, error: null });
    const { error } = await drain(zip, "a.xml", undefined, budget);
    expect(error).toMatchObject({ problem: "workbook-too-large", params: { part: "a.xml", limit: "1" } });
  });

  it("refuses a part whose deflated data is cut short as damaged", async () => {
    const data = deflateRawSync(Buffer.from("<x>".repeat(100_000)));
    const zip = zipOf(deflatedZip("cut.xml", data.subarray(0, data.length / 2), 300_000));
    const { error } = await drain(zip, "cut.xml");
    expect(error).toMatchObject({ problem: "damaged", params: { part: "cut.xml" } });
  });
});
