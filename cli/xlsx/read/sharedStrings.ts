import type { ZipArchive } from "../zipArchive";
import { scanPart } from "./scanPart";
import { XmlScanner } from "./xmlScanner";
import { unescapeOoxml, xmlText } from "./xmlText";

const [SI, T, RPH] = [0, 1, 2];

/**
 * The shared string table: each `<si>` as one string, its rich text runs joined and its phonetic (furigana)
 * runs left out; null for an item without any text element (the ExcelJS reader gave such cells no value).
 */
export async function readSharedStrings(zip: ZipArchive, part: string | null): Promise<(string | null)[]> {
  const strings: (string | null)[] = [];
  if (part === null) return strings;
  let inItem = false;
  let phonetic = 0;
  let inText = false;
  let text: string | null = null;
  const scanner = new XmlScanner(["si", "t", "rPh"], [], {
    open(tag) {
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
        strings.push(text === null ? null : unescapeOoxml(text));
        inItem = false;
      }
    },
    text(bytes, start, end, cdata) {
      if (inText) text += cdata ? bytes.toString("utf8", start, end) : xmlText(bytes, start, end);
    },
  });
  await scanPart(zip, part, scanner);
  return strings;
}
