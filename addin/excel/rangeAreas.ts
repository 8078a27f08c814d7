import { columnNumber, type MergedArea } from "../../core/light";
import type { ExcelRangeAreas } from "./excelSubset";

/** One `A1:B2` (or `$A$1:$B$2`, or a single cell) after a sheet name's `!`. */
const AREA = /!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?/g;

/**
 * The rectangles a loaded `RangeAreas` names (`Sheet1!A1:B2,'A, B'!C3:D3`: each area follows a `!`, so a comma in a
 * quoted sheet name does no harm), 1-based and inclusive; none for a null object. Merged areas and the cells
 * `getSpecialCells` finds come this way.
 */
export function areasOf(areas: ExcelRangeAreas | undefined): MergedArea[] {
  if (areas === undefined || areas.isNullObject) return [];
  const out: MergedArea[] = [];
  for (const m of areas.address.matchAll(AREA)) {
    const [, left = "", top = "", right = left, bottom = top] = m;
    out.push({
      top: Number(top),
      left: columnNumber(left),
      bottom: Number(bottom),
      right: columnNumber(right),
    });
  }
  return out;
}
