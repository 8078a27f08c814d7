import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { constants, crc32, createDeflateRaw, deflateRawSync } from "node:zlib";

/** A part's bytes ready for a zip archive: deflated, with the CRC-32 and length of the bytes before deflating. */
export interface PackedPart {
  crc: number;
  size: number;
  compressedSize: number;
  /** The deflated bytes, in order. */
  chunks: readonly Uint8Array[];
}

/** How hard new parts are deflated: zlib's level 6, its default. */
export const DEFLATE_LEVEL = constants.Z_DEFAULT_COMPRESSION;

/** Deflates a part held whole in memory (a registration part of a few kilobytes). */
export function packBytes(data: Uint8Array, level = DEFLATE_LEVEL): PackedPart {
  const deflated = deflateRawSync(data, { level });
  return { crc: crc32(data), size: data.length, compressedSize: deflated.length, chunks: [deflated] };
}

/** Deflates a part text. */
export function packText(text: string, level = DEFLATE_LEVEL): PackedPart {
  return packBytes(Buffer.from(text, "utf8"), level);
}

/**
 * Deflates a part produced as a sequence of text chunks (a sheet's XML) while it is produced: only the deflated
 * bytes are kept, never the whole text.
 */
export async function packChunks(
  chunks: Iterable<string> | AsyncIterable<string>,
  level = DEFLATE_LEVEL,
): Promise<PackedPart> {
  let crc = 0;
  let size = 0;
  let compressedSize = 0;
  const deflated: Uint8Array[] = [];
  await pipeline(
    Readable.from(chunks),
    async function* measure(source: AsyncIterable<string>) {
      for await (const chunk of source) {
        const bytes = Buffer.from(chunk, "utf8");
        crc = crc32(bytes, crc);
        size += bytes.length;
        yield bytes;
      }
    },
    createDeflateRaw({ level }),
    async function collect(source: AsyncIterable<Buffer>) {
      for await (const chunk of source) {
        compressedSize += chunk.length;
        deflated.push(chunk);
      }
    },
  );
  return { crc, size, compressedSize, chunks: deflated };
}
