import type { ZipArchive } from "../zipArchive";
import { builtInNumberFormat } from "./builtInNumberFormats";
import type { ReadBudget } from "./readBudget";
import { MAX_TEXT_PART_BYTES } from "./readLimits";
import { scanPart } from "./scanPart";
import { XmlScanner } from "./xmlScanner";

const GENERAL = "General";
const [NUM_FMTS, NUM_FMT, CELL_XFS, XF] = [0, 1, 2, 3];
const [NUM_FMT_ID, FORMAT_CODE] = [0, 1];

/**
 * Reads the number format code of each cell style (`cellXfs` entry, a cell's `s`) from the styles part: the workbook's own `<numFmt>` codes (as
 * written, backslash escapes kept, as Excel shows them), else the built-in code of the id, else `General`. No styles part: none (every cell `General`).
 * The part may inflate to `MAX_TEXT_PART_BYTES` at most, as the package writer decodes the stylesheet whole.
 */
export async function readFormatCodes(
  zip: ZipArchive,
  part: string | null,
  budget?: ReadBudget,
): Promise<string[]> {
  if (part === null) return [];
  const custom = new Map<number, string>();
  const ids: number[] = [];
  let depth = 0;
  let numFmtsDepth = -1;
  let cellXfsDepth = -1;
  const scanner = new XmlScanner(["numFmts", "numFmt", "cellXfs", "xf"], ["numFmtId", "formatCode"], {
    open(tag) {
      depth++;
      if (depth === 2 && tag.element === NUM_FMTS) numFmtsDepth = depth;
      else if (depth === 2 && tag.element === CELL_XFS) cellXfsDepth = depth;
      else if (tag.element === NUM_FMT && depth === numFmtsDepth + 1) {
        const id = parseInt(tag.value(NUM_FMT_ID) ?? "", 10);
        const code = tag.value(FORMAT_CODE);
        if (Number.isInteger(id) && code !== null) custom.set(id, code);
      } else if (tag.element === XF && depth === cellXfsDepth + 1) {
        ids.push(parseInt(tag.value(NUM_FMT_ID) ?? "0", 10));
      }
    },
    close() {
      if (depth === numFmtsDepth) numFmtsDepth = -1;
      if (depth === cellXfsDepth) cellXfsDepth = -1;
      depth--;
    },
    text() {},
  });
  await scanPart(zip, part, scanner, { limit: MAX_TEXT_PART_BYTES, budget });
  return ids.map((id) => (id > 0 ? (custom.get(id) ?? builtInNumberFormat(id) ?? GENERAL) : GENERAL));
}
