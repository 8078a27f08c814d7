import { inflateRawSync } from "node:zlib";
import { MAX_PART_BYTES, MAX_TEXT_PART_BYTES } from "./read/readLimits";
import { XlsxReadError } from "./read/xlsxReadError";

/** A zip archive opened from its central directory: entry names, and each entry's bytes on demand. */
export interface ZipArchive {
  /** Entry names in directory order, without a leading `/`. */
  names: string[];
  /** True when the archive holds an entry of that name. */
  has(name: string): boolean;
  /**
   * The uncompressed bytes of an entry, or null when it is missing or cannot be read (inflating past the size it
   * declares counts as unreadable); throws `XlsxReadError("part-too-large")` when it declares more than `MAX_PART_BYTES`.
   */
  read(name: string): Uint8Array | null;
  /**
   * An entry decoded as UTF-8 text, or null when it is missing or cannot be read; throws
   * `XlsxReadError("part-too-large")` when it declares more than `MAX_TEXT_PART_BYTES`, so no part becomes a string
   * near the engine's limit.
   */
  text(name: string): string | null;
  /** An entry as stored: its compressed bytes with the CRC, sizes and header fields they go with, or null when missing or unreadable. */
  raw(name: string): RawZipEntry | null;
}

/** One entry exactly as the archive stores it, to be copied into another archive without inflating it. */
export interface RawZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  /** General purpose flags of the central directory (bit 3: sizes in a data descriptor; bit 11: UTF-8 name). */
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** MS-DOS modification time and date. */
  time: number;
  date: number;
  /** The compressed bytes (a view of the archive's bytes). */
  data: Uint8Array;
}

interface Entry {
  method: number;
  flags: number;
  crc: number;
  time: number;
  date: number;
  compressedSize: number;
  size: number;
  offset: number;
}

const EOCD = 0x06054b50;
const EOCD64_LOCATOR = 0x07064b50;
const EOCD64 = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX32 = 0xffffffff;

/** Opens a zip archive by its End Of Central Directory record (zip64 included), or null when the bytes hold none. */
export function openZip(bytes: Uint8Array): ZipArchive | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = readDirectory(bytes, view);
  if (entries === null) return null;
  const read = (name: string, limit: number): Uint8Array | null => {
    const entry = entries.get(name);
    return entry === undefined ? null : readEntry(bytes, view, name, entry, limit);
  };
  return {
    names: [...entries.keys()],
    has: (name) => entries.has(name),
    read: (name) => read(name, MAX_PART_BYTES),
    text: (name) => {
      const data = read(name, MAX_TEXT_PART_BYTES);
      return data === null ? null : new TextDecoder("utf-8").decode(data);
    },
    raw: (name) => {
      const entry = entries.get(name);
      const data = entry === undefined ? null : storedBytes(bytes, view, entry);
      if (entry === undefined || data === null) return null;
      const { method, flags, crc, compressedSize, size, time, date } = entry;
      return { name, method, flags, crc, compressedSize, size, time, date, data };
    },
  };
}

function readDirectory(bytes: Uint8Array, view: DataView): Map<string, Entry> | null {
  const end = findEndRecord(view);
  if (end < 0) return null;
  let count = view.getUint16(end + 10, true);
  let offset = view.getUint32(end + 16, true);
  if (
    (count === 0xffff || offset === MAX32) &&
    end >= 20 &&
    view.getUint32(end - 20, true) === EOCD64_LOCATOR
  ) {
    const at = Number(view.getBigUint64(end - 20 + 8, true));
    if (at + 56 > view.byteLength || view.getUint32(at, true) !== EOCD64) return null;
    count = Number(view.getBigUint64(at + 32, true));
    offset = Number(view.getBigUint64(at + 48, true));
  }
  const decoder = new TextDecoder("utf-8");
  const entries = new Map<string, Entry>();
  let p = offset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > view.byteLength || view.getUint32(p, true) !== CENTRAL) return null;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (p + 46 + nameLength + extraLength > view.byteLength) return null;
    const entry: Entry = {
      method: view.getUint16(p + 10, true),
      flags: view.getUint16(p + 8, true),
      time: view.getUint16(p + 12, true),
      date: view.getUint16(p + 14, true),
      crc: view.getUint32(p + 16, true),
      compressedSize: view.getUint32(p + 20, true),
      size: view.getUint32(p + 24, true),
      offset: view.getUint32(p + 42, true),
    };
    applyZip64Extra(view, p + 46 + nameLength, extraLength, entry);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength)).replace(/^\/+/, "");
    if (!name.endsWith("/")) entries.set(name, entry);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

function findEndRecord(view: DataView): number {
  const last = view.byteLength - 22;
  for (let i = last; i >= 0 && i >= last - 0xffff; i--) {
    if (view.getUint32(i, true) === EOCD && i + 22 + view.getUint16(i + 20, true) <= view.byteLength)
      return i;
  }
  return -1;
}

function applyZip64Extra(view: DataView, start: number, length: number, entry: Entry): void {
  let p = start;
  while (p + 4 <= start + length) {
    const id = view.getUint16(p, true);
    const size = view.getUint16(p + 2, true);
    if (id === 0x0001) {
      let q = p + 4;
      const next = (): number => {
        const value = q + 8 <= p + 4 + size ? Number(view.getBigUint64(q, true)) : MAX32;
        q += 8;
        return value;
      };
      if (entry.size === MAX32) entry.size = next();
      if (entry.compressedSize === MAX32) entry.compressedSize = next();
      if (entry.offset === MAX32) entry.offset = next();
      return;
    }
    p += 4 + size;
  }
}

/** The entry's bytes as stored (compressed or not), found through its local header. */
function storedBytes(bytes: Uint8Array, view: DataView, entry: Entry): Uint8Array | null {
  const p = entry.offset;
  if (p + 30 > view.byteLength || view.getUint32(p, true) !== LOCAL) return null;
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  if (start + entry.compressedSize > view.byteLength) return null;
  return bytes.subarray(start, start + entry.compressedSize);
}

function readEntry(
  bytes: Uint8Array,
  view: DataView,
  name: string,
  entry: Entry,
  limit: number,
): Uint8Array | null {
  const data = storedBytes(bytes, view, entry);
  if (data === null) return null;
  const size = entry.method === 0 ? data.length : entry.size;
  if (size > limit) {
    const megabytes = String(Math.round(limit / 1024 / 1024));
    throw new XlsxReadError("part-too-large", `${name} inflates to more than ${megabytes} MB`, {
      part: name,
      limit: megabytes,
    });
  }
  if (entry.method === 0) return data;
  if (entry.method !== 8) return null;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, entry.size) });
  } catch {
    return null;
  }
}
