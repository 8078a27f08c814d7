import type { RawZipEntry } from "../zipArchive";
import type { ByteSink } from "./byteSink";
import type { PackedPart } from "./packedPart";

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const MAX16 = 0xffff;
const MAX32 = 0xffffffff;
/** Flag bit 3: CRC and sizes follow the data. Copies carry them in their headers instead. */
const DATA_DESCRIPTOR = 0x0008;
/** Flag bit 11: the name is UTF-8. */
const UTF8_NAME = 0x0800;
/** 1980-01-01 00:00 in MS-DOS form, the time Excel itself gives every part. */
const DOS_EPOCH = { time: 0, date: (0 << 9) | (1 << 5) | 1 };

interface CentralRecord {
  name: Uint8Array;
  flags: number;
  method: number;
  time: number;
  date: number;
  crc: number;
  compressedSize: number;
  size: number;
  offset: number;
}

/**
 * Writes a zip archive entry by entry into a sink: entries copied as another archive stores them (compressed
 * bytes, CRC and sizes untouched) and new deflated parts; zip64 records only where sizes, offsets or the entry
 * count need them.
 */
export class ZipWriter {
  private offset = 0;
  private readonly records: CentralRecord[] = [];
  private readonly names = new Set<string>();

  constructor(private readonly sink: ByteSink) {}

  /** Copies an entry of another archive without inflating it. */
  async copy(entry: RawZipEntry): Promise<void> {
    const { method, crc, size, compressedSize, time, date } = entry;
    const flags = entry.flags & ~DATA_DESCRIPTOR;
    await this.entry(entry.name, { method, flags, time, date, crc, size, compressedSize }, [entry.data]);
  }

  /** Adds a new part, deflated, dated as Excel dates its parts. */
  async add(name: string, part: PackedPart): Promise<void> {
    const { crc, size, compressedSize } = part;
    await this.entry(name, { method: 8, flags: 0, ...DOS_EPOCH, crc, size, compressedSize }, part.chunks);
  }

  /** Writes the central directory and the end records; the archive is complete once this resolves. */
  async finish(): Promise<void> {
    const start = this.offset;
    for (const record of this.records) await this.put(centralHeader(record));
    const size = this.offset - start;
    const count = this.records.length;
    if (count >= MAX16 || size >= MAX32 || start >= MAX32) {
      const at = this.offset;
      await this.put(zip64End(count, size, start));
      await this.put(zip64Locator(at));
    }
    await this.put(endRecord(count, size, start));
    await this.sink.flush();
  }

  private async entry(
    name: string,
    fields: Omit<CentralRecord, "name" | "offset">,
    data: readonly Uint8Array[],
  ): Promise<void> {
    if (this.names.has(name)) throw new Error(`Two zip entries named ${name}`);
    this.names.add(name);
    const nameBytes = Buffer.from(name, "utf8");
    const flags = /^[\x20-\x7e]*$/.test(name) ? fields.flags : fields.flags | UTF8_NAME;
    const record: CentralRecord = { ...fields, flags, name: nameBytes, offset: this.offset };
    this.records.push(record);
    await this.put(localHeader(record));
    let written = 0;
    for (const chunk of data) {
      await this.put(chunk);
      written += chunk.length;
    }
    if (written !== record.compressedSize)
      throw new Error(`Zip entry ${name}: ${written} bytes written, ${record.compressedSize} announced`);
  }

  private async put(bytes: Uint8Array): Promise<void> {
    this.offset += bytes.length;
    await this.sink.write(bytes);
  }
}

/** A header's little-endian fields, written in order. */
class HeaderBytes {
  readonly bytes: Uint8Array;
  private readonly view: DataView;
  private at = 0;

  constructor(length: number) {
    this.bytes = new Uint8Array(length);
    this.view = new DataView(this.bytes.buffer);
  }

  u16(value: number): this {
    this.view.setUint16(this.at, value, true);
    this.at += 2;
    return this;
  }

  u32(value: number): this {
    this.view.setUint32(this.at, value >>> 0, true);
    this.at += 4;
    return this;
  }

  u64(value: number): this {
    this.view.setBigUint64(this.at, BigInt(value), true);
    this.at += 8;
    return this;
  }

  raw(data: Uint8Array): this {
    this.bytes.set(data, this.at);
    this.at += data.length;
    return this;
  }
}

/** The local header; sizes of 4 GiB and more go to a zip64 field holding both sizes, as the format asks. */
function localHeader(r: CentralRecord): Uint8Array {
  const zip64 = r.size >= MAX32 || r.compressedSize >= MAX32;
  const extra = zip64 ? 20 : 0;
  const header = new HeaderBytes(30 + r.name.length + extra)
    .u32(LOCAL)
    .u16(zip64 ? 45 : 20)
    .u16(r.flags)
    .u16(r.method)
    .u16(r.time)
    .u16(r.date)
    .u32(r.crc)
    .u32(zip64 ? MAX32 : r.compressedSize)
    .u32(zip64 ? MAX32 : r.size)
    .u16(r.name.length)
    .u16(extra)
    .raw(r.name);
  if (zip64) header.u16(0x0001).u16(16).u64(r.size).u64(r.compressedSize);
  return header.bytes;
}

/** The central directory header; each field too large for 32 bits moves to the zip64 field, in the format's order. */
function centralHeader(r: CentralRecord): Uint8Array {
  const large = [r.size, r.compressedSize, r.offset].filter((value) => value >= MAX32);
  const extra = large.length === 0 ? 0 : 4 + 8 * large.length;
  const version = large.length === 0 ? 20 : 45;
  const header = new HeaderBytes(46 + r.name.length + extra)
    .u32(CENTRAL)
    .u16(version)
    .u16(version)
    .u16(r.flags)
    .u16(r.method)
    .u16(r.time)
    .u16(r.date)
    .u32(r.crc)
    .u32(Math.min(r.compressedSize, MAX32))
    .u32(Math.min(r.size, MAX32))
    .u16(r.name.length)
    .u16(extra)
    .u16(0)
    .u16(0)
    .u16(0)
    .u32(0)
    .u32(Math.min(r.offset, MAX32))
    .raw(r.name);
  if (extra > 0) {
    header.u16(0x0001).u16(8 * large.length);
    for (const value of large) header.u64(value);
  }
  return header.bytes;
}

function zip64End(count: number, size: number, offset: number): Uint8Array {
  return new HeaderBytes(56)
    .u32(EOCD64)
    .u64(44)
    .u16(45)
    .u16(45)
    .u32(0)
    .u32(0)
    .u64(count)
    .u64(count)
    .u64(size)
    .u64(offset).bytes;
}

function zip64Locator(at: number): Uint8Array {
  return new HeaderBytes(20).u32(EOCD64_LOCATOR).u32(0).u64(at).u32(1).bytes;
}

function endRecord(count: number, size: number, offset: number): Uint8Array {
  return new HeaderBytes(22)
    .u32(EOCD)
    .u16(0)
    .u16(0)
    .u16(Math.min(count, MAX16))
    .u16(Math.min(count, MAX16))
    .u32(Math.min(size, MAX32))
    .u32(Math.min(offset, MAX32))
    .u16(0).bytes;
}
