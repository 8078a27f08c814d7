/** A minimal PNG encoder and decoder (8-bit RGBA) for `make-icons.ts` and the manifest test's icon checks; Node only. */
import { deflateSync, inflateSync } from "node:zlib";

/** An 8-bit RGBA image: `pixels` holds width * height * 4 bytes, row by row from the top left. */
export interface RgbaImage {
  width: number;
  height: number;
  pixels: Uint8Array;
}

const SIGNATURE = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 as PNG chunks use it (ISO 3309), e.g. `crc32(Buffer.from("IEND"))` is 0xae426082. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes an RGBA image as a PNG (colour type 6, 8 bits, no interlace, filter 0 on every row). */
export function encodePng(image: RgbaImage): Buffer {
  const { width, height, pixels } = image;
  if (pixels.length !== width * height * 4)
    throw new Error(`expected ${width * height * 4} bytes, got ${pixels.length}`);
  const stride = width * 4;
  const raw = Buffer.alloc((stride + 1) * height);
  for (let y = 0; y < height; y++)
    raw.set(pixels.subarray(y * stride, (y + 1) * stride), y * (stride + 1) + 1);
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", ihdr),
    chunk("IDAT", deflateSync(raw, { level: 9 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}

/** Width and height from a PNG's IHDR chunk, without decoding the image; throws when it is not a PNG. */
export function readPngSize(png: Uint8Array): { width: number; height: number } {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  if (buf.length < 24 || !buf.subarray(0, 8).equals(SIGNATURE)) throw new Error("not a PNG (bad signature)");
  if (buf.toString("latin1", 12, 16) !== "IHDR") throw new Error("not a PNG (first chunk is not IHDR)");
  return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

function paeth(a: number, b: number, c: number): number {
  const p = a + b - c;
  const pa = Math.abs(p - a);
  const pb = Math.abs(p - b);
  const pc = Math.abs(p - c);
  return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

/**
 * Decodes a non-interlaced 8-bit RGB or RGBA PNG into RGBA, checking every chunk's CRC and all five row
 * filters; enough to verify the icons this project writes, not a general PNG reader.
 */
export function decodePng(png: Uint8Array): RgbaImage {
  const buf = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  const { width, height } = readPngSize(buf);
  let offset = 8;
  let colourType = -1;
  const idat: Buffer[] = [];
  let ended = false;
  while (offset < buf.length && !ended) {
    if (offset + 12 > buf.length) throw new Error("truncated PNG chunk");
    const length = buf.readUInt32BE(offset);
    const type = buf.toString("latin1", offset + 4, offset + 8);
    const end = offset + 8 + length;
    if (end + 4 > buf.length) throw new Error(`truncated PNG chunk ${type}`);
    if (crc32(buf.subarray(offset + 4, end)) !== buf.readUInt32BE(end))
      throw new Error(`bad CRC in PNG chunk ${type}`);
    const data = buf.subarray(offset + 8, end);
    if (type === "IHDR") {
      const [bitDepth, colour, compression, filter, interlace] = data.subarray(8, 13);
      if (
        bitDepth !== 8 ||
        (colour !== 2 && colour !== 6) ||
        compression !== 0 ||
        filter !== 0 ||
        interlace !== 0
      ) {
        throw new Error(
          `unsupported PNG format (bit depth ${bitDepth}, colour type ${colour}, interlace ${interlace})`,
        );
      }
      colourType = colour;
    } else if (type === "IDAT") {
      idat.push(data);
    } else if (type === "IEND") {
      ended = true;
    }
    offset = end + 4;
  }
  if (!ended) throw new Error("PNG has no IEND chunk");
  if (colourType < 0 || idat.length === 0) throw new Error("PNG has no IHDR or no IDAT");
  const channels = colourType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(idat));
  if (raw.length !== (stride + 1) * height)
    throw new Error(`PNG image data is ${raw.length} bytes, expected ${(stride + 1) * height}`);
  const rows = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const src = y * (stride + 1) + 1;
    const dst = y * stride;
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? rows[dst + x - channels]! : 0;
      const up = y > 0 ? rows[dst - stride + x]! : 0;
      const upLeft = y > 0 && x >= channels ? rows[dst - stride + x - channels]! : 0;
      const value = raw[src + x]!;
      let predicted: number;
      if (filter === 0) predicted = 0;
      else if (filter === 1) predicted = left;
      else if (filter === 2) predicted = up;
      else if (filter === 3) predicted = (left + up) >> 1;
      else if (filter === 4) predicted = paeth(left, up, upLeft);
      else throw new Error(`bad PNG row filter ${filter} on row ${y}`);
      rows[dst + x] = (value + predicted) & 0xff;
    }
  }
  if (channels === 4) return { width, height, pixels: rows };
  const pixels = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < rows.length; i += 3, j += 4) {
    pixels.set(rows.subarray(i, i + 3), j);
    pixels[j + 3] = 255;
  }
  return { width, height, pixels };
}
