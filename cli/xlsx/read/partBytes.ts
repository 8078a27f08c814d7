import { createInflateRaw } from "node:zlib";
import type { ZipArchive } from "../zipArchive";
import type { ReadBudget } from "./readBudget";
import { MAX_PART_BYTES } from "./readLimits";
import { XlsxReadError } from "./xlsxReadError";

const CHUNK = 256 * 1024;

/**
 * A part's bytes in chunks as they inflate, never more than `limit` in all and never more than its zip entry
 * declares: a part declaring more than `limit` is refused before any of it inflates
 * (`XlsxReadError("part-too-large")`), one inflating past what it declares (a zip bomb that lies) is refused as
 * damaged at that point, so neither is ever held in memory. Each chunk is taken from `budget` (the read's bytes across parts). A part that is not in the
 * archive gives no chunks; one that cannot be inflated throws `XlsxReadError("damaged")`.
 */
export async function* partBytes(
  zip: ZipArchive,
  part: string,
  limit: number = MAX_PART_BYTES,
  budget?: ReadBudget,
): AsyncGenerator<Buffer> {
  if (!zip.has(part)) return;
  const entry = zip.raw(part);
  if (entry === null) throw damaged(part, "its zip entry cannot be found");
  if (entry.method === 0) {
    if (entry.data.length > limit) throw tooLarge(part, limit);
    budget?.inflate(part, entry.data.length);
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
      if (total > entry.size)
        throw damaged(part, `it inflates past the ${entry.size} bytes its zip entry declares (a zip bomb?)`);
      budget?.inflate(part, chunk.length);
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
  const megabytes = String(Math.round(limit / 1024 / 1024));
  return new XlsxReadError("part-too-large", `${part} inflates to more than ${megabytes} MB`, {
    part,
    limit: megabytes,
  });
}
