import { createInflateRaw } from "node:zlib";
import type { ZipArchive } from "../zipArchive";
import { XlsxReadError } from "./xlsxReadError";

/** The most a single part may inflate to: a bigger one is refused (a zip bomb, or a sheet beyond reason). */
export const MAX_PART_BYTES = 1024 * 1024 * 1024;

const CHUNK = 256 * 1024;

/**
 * A part's bytes in chunks as they inflate, never more than `limit` in all: past it the inflation stops and
 * `XlsxReadError("part-too-large")` is thrown, so a zip bomb is never held in memory. A part that is not in the
 * archive gives no chunks; one that cannot be inflated throws `XlsxReadError("damaged")`.
 */
export async function* partBytes(
  zip: ZipArchive,
  part: string,
  limit: number = MAX_PART_BYTES,
): AsyncGenerator<Buffer> {
  if (!zip.has(part)) return;
  const entry = zip.raw(part);
  if (entry === null) throw damaged(part, "its zip entry cannot be found");
  if (entry.method === 0) {
    if (entry.data.length > limit) throw tooLarge(part, limit);
    yield Buffer.from(entry.data.buffer, entry.data.byteOffset, entry.data.byteLength);
    return;
  }
  if (entry.method !== 8) throw damaged(part, `it is compressed by an unknown method (${entry.method})`);
  if (entry.size > limit) throw tooLarge(part, limit);
  const inflater = createInflateRaw({ chunkSize: CHUNK });
  inflater.end(entry.data);
  let total = 0;
  try {
    for await (const chunk of inflater as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw tooLarge(part, limit);
      yield chunk;
    }
  } catch (error) {
    if (error instanceof XlsxReadError) throw error;
    throw damaged(part, error instanceof Error ? error.message : String(error));
  } finally {
    inflater.destroy();
  }
}

function damaged(part: string, reason: string): XlsxReadError {
  return new XlsxReadError("damaged", `${part}: ${reason}`, { part });
}

function tooLarge(part: string, limit: number): XlsxReadError {
  return new XlsxReadError(
    "part-too-large",
    `${part} inflates to more than ${Math.round(limit / 1024 / 1024)} MB`,
    { part },
  );
}
