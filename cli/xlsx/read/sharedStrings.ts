import type { ZipArchive } from "../zipArchive";
import type { ReadBudget } from "./readBudget";
import { MAX_SHARED_STRINGS } from "./readLimits";
import { scanPart } from "./scanPart";
import { XlsxReadError } from "./xlsxReadError";
import { XmlScanner } from "./xmlScanner";
import { unescapeOoxml, xmlText } from "./xmlText";

const [SI, T, RPH, SST] = [0, 1, 2, 3];
const UNIQUE_COUNT = 0;

/**
 * The shared string table: each `<si>` as one string, its rich text runs joined and its phonetic (furigana)
 * runs left out; null for an item without any text element (the ExcelJS reader gave such cells no value).
 * Streamed, each string made as its item closes; a table of more than `limit` items is refused
 * (`XlsxReadError("too-many-strings")`): at once when its `uniqueCount` says so, else at the item past the limit.
 */
export async function readSharedStrings(
  zip: ZipArchive,
  part: string | null,
  budget?: ReadBudget,
  limit: number = MAX_SHARED_STRINGS,
): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  if (part === null) return strings;
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let text: string | null = null;
  const tooMany = (): XlsxReadError =>
    new XlsxReadError(
      "too-many-strings",
      `${part} holds more than ${limit} shared strings, the most one read takes`,
      {
        part,
        limit: String(limit),
      },
    );
  const scanner = new XmlScanner(["si", "t", "rPh", "sst"], ["uniqueCount"], {
    open(tag) {
      if (tag.element === SST && Number(tag.value(UNIQUE_COUNT) ?? 0) > limit) throw tooMany();
      if (tag.element === SI) {
        inItem = true;
        text = null;
      } else if (tag.element === RPH) phonetic++;
      else if (tag.element === T && inItem && phonetic === 0) {
        inText = true;
        text ??= "";
      }
    },
    close(element) {
      if (element === T) inText = false;
      else if (element === RPH) phonetic--;
      else if (element === SI) {
        if (strings.length === limit) throw tooMany();
        strings.push(text === null ? null : unescapeOoxml(text));
        inItem = false;
      }
    },
    text(bytes, start, end, cdata) {
      if (inText) text += cdata ? bytes.toString("utf8", start, end) : xmlText(bytes, start, end);
    },
  });
  await scanPart(zip, part, scanner, { budget });
  return strings;
}
