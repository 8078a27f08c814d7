import { crc32, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { storedZip } from "./zipFixture.testkit";
import { openZip } from "./zipArchive";
import { MAX_TEXT_PART_BYTES } from "./read/readLimits";
import { deflatedZeros, rawZip } from "./read/xlsxFixture.testkit";

describe("openZip", () => {
  it("lists stored entries in order, decoding UTF-8 names, and reads them back", () => {
    const zip = openZip(
      storedZip([
        ["a.txt", "alpha"],
        ["目录/数据.xml", "<x/>"],
        ["/lead.txt", "l"],
      ]),
    );
    expect(zip?.names).toEqual(["a.txt", "目录/数据.xml", "lead.txt"]);
    expect(zip?.text("目录/数据.xml")).toBe("<x/>");
    expect(zip?.has("lead.txt")).toBe(true);
    expect(zip?.read("missing")).toBeNull();
  });

  it("inflates deflated entries of a real .xlsx", async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet("数据").getCell("A1").value = "hello";
    const zip = openZip(new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(zip?.names).toContain("xl/workbook.xml");
    expect(zip?.text("xl/workbook.xml")).toContain('name="数据"');
    expect(zip?.text("xl/sharedStrings.xml")).toContain("hello");
  });

  it("gives an entry as stored: its bytes with their CRC, sizes and method, unread", () => {
    const text = "<row/>".repeat(100);
    const raw = openZip(storedZip([["a.xml", text]]))?.raw("a.xml");
    expect(new TextDecoder().decode(raw?.data)).toBe(text);
    expect([raw?.method, raw?.size, raw?.compressedSize]).toEqual([0, text.length, text.length]);
    expect(raw?.crc).toBe(crc32(Buffer.from(text)));
    const deflated = deflateRawSync(Buffer.from(text));
    const big = openZip(zip64([["big.xml", deflated, text.length]]))?.raw("big.xml");
    expect(Buffer.from(big?.data ?? []).equals(deflated)).toBe(true);
    expect([big?.method, big?.size, big?.compressedSize]).toEqual([8, text.length, deflated.length]);
    expect(openZip(storedZip([["a.xml", text]]))?.raw("missing")).toBeNull();
  });

  it("finds the directory behind an archive comment", () => {
    const bytes = storedZip([["a.txt", "alpha"]]);
    const withComment = new Uint8Array(bytes.length + 5);
    withComment.set(bytes);
    withComment.set(new TextEncoder().encode("hello"), bytes.length);
    new DataView(withComment.buffer).setUint16(bytes.length - 2, 5, true);
    expect(openZip(withComment)?.text("a.txt")).toBe("alpha");
  });

  it("reads a zip64 directory", () => {
    const data = deflateRawSync(Buffer.from("<big/>"));
    expect(openZip(zip64([["big.xml", data, 6]]))?.text("big.xml")).toBe("<big/>");
  });

  it("gives null for bytes without a readable directory", () => {
    const bytes = storedZip([["a.txt", "alpha"]]);
    expect(openZip(new TextEncoder().encode("just text"))).toBeNull();
    expect(openZip(bytes.subarray(0, bytes.length - 10))).toBeNull();
    const broken = bytes.slice();
    new DataView(broken.buffer).setUint32(broken.length - 6, 3, true);
    expect(openZip(broken)).toBeNull();
  });

  it("refuses to decode as text an entry declaring more than the text limit, so no part becomes a huge string", () => {
    const zip = openZip(
      rawZip([
        { name: "xl/styles.xml", method: 8, data: deflatedZeros(1), declaredSize: MAX_TEXT_PART_BYTES + 1 },
      ]),
    );
    expect(() => zip?.text("xl/styles.xml")).toThrow(
      expect.objectContaining({ problem: "part-too-large", params: { part: "xl/styles.xml", limit: "64" } }),
    );
  });

  it("gives null for an entry that inflates past the size it declares (a zip bomb that lies)", () => {
    const zip = openZip(rawZip([{ name: "a.xml", method: 8, data: deflatedZeros(2), declaredSize: 1024 }]));
    expect(zip?.read("a.xml")).toBeNull();
    expect(zip?.text("a.xml")).toBeNull();
  });
});

/** A one-entry zip whose sizes and offset live in zip64 fields, with a zip64 end record. */
function zip64(entries: [name: string, deflated: Uint8Array, size: number][]): Uint8Array {
  const [name, data, size] = entries[0] ?? ["", new Uint8Array(), 0];
  const nameBytes = new TextEncoder().encode(name);
  const local = new Uint8Array(30 + nameBytes.length + data.length);
  const lv = new DataView(local.buffer);
  lv.setUint32(0, 0x04034b50, true);
  lv.setUint16(8, 8, true);
  lv.setUint32(18, data.length, true);
  lv.setUint32(22, size, true);
  lv.setUint16(26, nameBytes.length, true);
  local.set(nameBytes, 30);
  local.set(data, 30 + nameBytes.length);
  const central = new Uint8Array(46 + nameBytes.length + 28);
  const cv = new DataView(central.buffer);
  cv.setUint32(0, 0x02014b50, true);
  cv.setUint16(10, 8, true);
  cv.setUint32(20, 0xffffffff, true);
  cv.setUint32(24, 0xffffffff, true);
  cv.setUint16(28, nameBytes.length, true);
  cv.setUint16(30, 28, true);
  cv.setUint32(42, 0xffffffff, true);
  central.set(nameBytes, 46);
  const extra = 46 + nameBytes.length;
  cv.setUint16(extra, 0x0001, true);
  cv.setUint16(extra + 2, 24, true);
  cv.setBigUint64(extra + 4, BigInt(size), true);
  cv.setBigUint64(extra + 12, BigInt(data.length), true);
  cv.setBigUint64(extra + 20, 0n, true);
  const end64 = new Uint8Array(56 + 20 + 22);
  const ev = new DataView(end64.buffer);
  const directoryAt = local.length;
  const end64At = directoryAt + central.length;
  ev.setUint32(0, 0x06064b50, true);
  ev.setBigUint64(4, 44n, true);
  ev.setBigUint64(24, 1n, true);
  ev.setBigUint64(32, 1n, true);
  ev.setBigUint64(40, BigInt(central.length), true);
  ev.setBigUint64(48, BigInt(directoryAt), true);
  ev.setUint32(56, 0x07064b50, true);
  ev.setBigUint64(64, BigInt(end64At), true);
  ev.setUint32(72, 1, true);
  ev.setUint32(76, 0x06054b50, true);
  ev.setUint16(84, 0xffff, true);
  ev.setUint16(86, 0xffff, true);
  ev.setUint32(88, 0xffffffff, true);
  ev.setUint32(92, 0xffffffff, true);
  const out = new Uint8Array(local.length + central.length + end64.length);
  out.set(local, 0);
  out.set(central, local.length);
  out.set(end64, end64At);
  return out;
}
