import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openZip } from "../zipArchive";
import { memorySink } from "./byteSink";
import { deflatedZip } from "./featureWorkbooks.testkit";
import { packChunks, packText } from "./packedPart";
import { ZipWriter } from "./zipWriter";

/** `unzip -t`, an independent check of an archive, when the machine has it. */
const UNZIP = ["/usr/bin/unzip", "/bin/unzip"].find((p) => existsSync(p));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "propdesk-zipwriter-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function archive(fill: (writer: ZipWriter) => Promise<void>): Promise<Uint8Array> {
  const sink = memorySink();
  const writer = new ZipWriter(sink);
  await fill(writer);
  await writer.finish();
  return sink.bytes();
}

async function unzipTest(bytes: Uint8Array): Promise<string> {
  const path = join(dir, `test-${Math.random().toString(36).slice(2)}.zip`);
  await writeFile(path, bytes);
  return execFileSync(UNZIP ?? "unzip", ["-tq", path], { encoding: "utf8" });
}

describe("ZipWriter", () => {
  it("copies entries as stored (even those whose sizes followed in a data descriptor) and adds deflated parts", async () => {
    const source = openZip(
      deflatedZip(
        [
          ["a.xml", Buffer.from("<a>".repeat(1000))],
          ["目录/b.bin", Uint8Array.from({ length: 5000 }, (_, i) => (i * 31) % 256)],
        ],
        (name) => name === "a.xml",
      ),
    );
    if (source === null) throw new Error("no source");
    const bytes = await archive(async (writer) => {
      for (const name of source.names) {
        const raw = source.raw(name);
        if (raw !== null) await writer.copy(raw);
      }
      await writer.add("new.xml", packText("<new/>"));
      await writer.add("streamed.xml", await packChunks(["<rows>", "<r/>".repeat(10_000), "</rows>"]));
    });
    const zip = openZip(bytes);
    expect(zip?.names).toEqual(["a.xml", "目录/b.bin", "new.xml", "streamed.xml"]);
    for (const name of source.names) {
      expect(Buffer.from(zip?.raw(name)?.data ?? []).equals(Buffer.from(source.raw(name)?.data ?? []))).toBe(
        true,
      );
      expect(zip?.raw(name)?.crc).toBe(source.raw(name)?.crc);
      expect(Buffer.from(zip?.read(name) ?? []).equals(Buffer.from(source.read(name) ?? []))).toBe(true);
    }
    expect(zip?.text("new.xml")).toBe("<new/>");
    expect(zip?.text("streamed.xml")).toBe(`<rows>${"<r/>".repeat(10_000)}</rows>`);
    if (UNZIP !== undefined) expect(await unzipTest(bytes)).toMatch(/No errors/);
  });

  it("keeps any text through packing in chunks, whatever the chunks", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.string({ unit: "binary" }), { maxLength: 20 }), async (chunks) => {
        const bytes = await archive(async (writer) => writer.add("part.xml", await packChunks(chunks)));
        expect(openZip(bytes)?.text("part.xml")).toBe(chunks.join(""));
      }),
      { numRuns: 50 },
    );
  });

  it("writes zip64 end records when the entries outnumber 65,535", async () => {
    const empty = packText("");
    const count = 70_000;
    const bytes = await archive(async (writer) => {
      for (let i = 0; i < count; i++) await writer.add(`p/${i}.txt`, empty);
    });
    const zip = openZip(bytes);
    expect(zip?.names.length).toBe(count);
    expect(zip?.names[count - 1]).toBe(`p/${count - 1}.txt`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint16(bytes.length - 22 + 10, true)).toBe(0xffff);
    if (UNZIP !== undefined) expect(await unzipTest(bytes)).toMatch(/No errors/);
  });

  it("gives an entry of 4 GiB or more zip64 sizes in both headers", async () => {
    const data = new Uint8Array([3, 0]);
    const size = 5_000_000_000;
    const bytes = await archive(async (writer) =>
      writer.copy({
        name: "huge.xml",
        method: 8,
        flags: 0,
        crc: 1234,
        compressedSize: 2,
        size,
        time: 0,
        date: 33,
        data,
      }),
    );
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(18, true)).toBe(0xffffffff);
    expect(view.getUint16(30 + "huge.xml".length, true)).toBe(0x0001);
    expect(Number(view.getBigUint64(30 + "huge.xml".length + 4, true))).toBe(size);
    const raw = openZip(bytes)?.raw("huge.xml");
    expect([raw?.size, raw?.compressedSize, raw?.crc]).toEqual([size, 2, 1234]);
  });

  it("refuses two entries of one name, and an entry whose bytes do not match its announced size", async () => {
    await expect(
      archive(async (writer) => {
        await writer.add("a.xml", packText("a"));
        await writer.add("a.xml", packText("b"));
      }),
    ).rejects.toThrow(/Two zip entries/);
    const part = packText("abc");
    await expect(archive((writer) => writer.add("a.xml", { ...part, compressedSize: 99 }))).rejects.toThrow(
      /announced/,
    );
  });
});
