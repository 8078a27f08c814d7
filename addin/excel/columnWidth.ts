/** Maximum digit width in pixels of the sheets' font (等线/Calibri 11 pt at 96 dpi), Excel's width unit. */
const DIGIT_PX = 7;

/**
 * A column width in characters (as SheetSpec and `.xlsx` files give it) in points, as `Range.format.columnWidth`
 * takes it: Excel's pixels `trunc((256·w + trunc(128/7)) / 256 · 7)`, at 0.75 pt per pixel.
 * @example columnWidthPoints(20) === 105
 */
export function columnWidthPoints(characters: number): number {
  const pixels = Math.trunc(((256 * characters + Math.trunc(128 / DIGIT_PX)) / 256) * DIGIT_PX);
  return pixels * 0.75;
}
