import type { ZipArchive } from "../zipArchive";
import { partBytes } from "./partBytes";
import type { ReadBudget } from "./readBudget";
import { MAX_PART_BYTES } from "./readLimits";
import { XlsxReadError } from "./xlsxReadError";
import { XmlError } from "./xmlError";
import type { XmlScanner } from "./xmlScanner";

/** How a part is scanned: the most it may inflate to, and the read's budget its bytes are taken from. */
export interface ScanLimits {
  limit?: number;
  budget?: ReadBudget | undefined;
}

/**
 * Streams one part of the package through a scanner, chunk by chunk as it inflates. Returns false when the
 * package has no such part; throws `XlsxReadError` when the part is damaged, not well-formed or too large.
 */
export async function scanPart(
  zip: ZipArchive,
  part: string,
  scanner: XmlScanner,
  { limit = MAX_PART_BYTES, budget }: ScanLimits = {},
): Promise<boolean> {
  if (!zip.has(part)) return false;
  try {
    for await (const chunk of partBytes(zip, part, limit, budget)) scanner.push(chunk);
    scanner.end();
  } catch (error) {
    if (error instanceof XmlError)
      throw new XlsxReadError("damaged", `${part} is not well-formed: ${error.message}`, { part });
    throw error;
  }
  return true;
}
