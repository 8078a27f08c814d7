import { crc32 } from "node:zlib";
import { openZip } from "./zipArchive";

/** One entry of a hand-made zip: its name and its text or bytes. */
export type ZipFixtureEntry = readonly [name: string, content: string | Uint8Array];

/** Builds a zip archive of stored (uncompressed) entries, for tests that need a hand-made file. */
export function storedZip(entries: readonly ZipFixtureEntry[]): Uint8Array {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const [name, content] of entries) {
    const nameBytes = encoder.encode(name);
    const data = typeof content === "string" ? encoder.encode(content) : content;
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const lv = new DataView(local.buffer);
    lv.setUint32(0, 0x04034b50, true);
    lv.setUint16(4, 20, true);
    lv.setUint16(6, 0x0800, true);
    lv.setUint32(14, crc, true);
    lv.setUint32(18, data.length, true);
    lv.setUint32(22, data.length, true);
    lv.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const cv = new DataView(central.buffer);
    cv.setUint32(0, 0x02014b50, true);
    cv.setUint16(4, 20, true);
    cv.setUint16(6, 20, true);
    cv.setUint16(8, 0x0800, true);
    cv.setUint32(16, crc, true);
    cv.setUint32(20, data.length, true);
    cv.setUint32(24, data.length, true);
    cv.setUint16(28, nameBytes.length, true);
    cv.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const directorySize = centrals.reduce((sum, part) => sum + part.length, 0);
  const end = new Uint8Array(22);
  const ev = new DataView(end.buffer);
  ev.setUint32(0, 0x06054b50, true);
  ev.setUint16(8, entries.length, true);
  ev.setUint16(10, entries.length, true);
  ev.setUint32(12, directorySize, true);
  ev.setUint32(16, offset, true);
  return concat([...locals, ...centrals, end]);
}

/** Rewrites a zip (e.g. one ExcelJS wrote): XML parts pass through `edit`, then `extra` entries are appended. */
export function editZip(
  bytes: Uint8Array,
  edit: (name: string, text: string) => string,
  extra: readonly ZipFixtureEntry[] = [],
): Uint8Array {
  const zip = openZip(bytes);
  if (zip === null) throw new Error("not a zip archive");
  const entries: ZipFixtureEntry[] = zip.names.map((name) => {
    if (/\.(xml|rels|vml)$/.test(name)) return [name, edit(name, zip.text(name) ?? "")];
    return [name, zip.read(name) ?? new Uint8Array()];
  });
  return storedZip([...entries, ...extra]);
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((sum, part) => sum + part.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}
