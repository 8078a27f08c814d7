import type { ZipArchive } from "../zipArchive";
import { MAX_PART_BYTES, partBytes } from "./partBytes";
import { XlsxReadError } from "./xlsxReadError";
import { XmlError } from "./xmlError";
import type { XmlScanner } from "./xmlScanner";

/**
 * Streams one part of the package through a scanner, chunk by chunk as it inflates. Returns false when the
 * package has no such part; throws `XlsxReadError` when the part is damaged, not well-formed or too large.
 */
export async function scanPart(
  zip: ZipArchive,
  part: string,
  scanner: XmlScanner,
  limit: number = MAX_PART_BYTES,
): Promise<boolean> {
  if (!zip.has(part)) return false;
  try {
    for await (const chunk of partBytes(zip, part, limit)) scanner.push(chunk);
    scanner.end();
  } catch (error) {
    if (error instanceof XmlError)
      throw new XlsxReadError("damaged", `${part} is not well-formed: ${error.message}`, { part });
    throw error;
  }
  return true;
}
