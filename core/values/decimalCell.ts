import type { CellValue } from "./cellValue";
import type { Dec } from "./decimal";
import { readNumberCell } from "./numberText";
import type { Parsed } from "./parsed";

/** A cell as an exact decimal, all its digits kept; null when empty. @example parseDecimalCell("1,234.5") */
export function parseDecimalCell(v: CellValue): Parsed<Dec | null> {
  return readNumberCell(v);
}
