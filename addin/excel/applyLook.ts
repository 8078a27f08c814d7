import type { BorderIndex, ExcelRange, HorizontalAlignment, VerticalAlignment } from "./excelSubset";
import { LINK_FONT, type BorderLine, type StyleLook } from "../../core/light";

const HORIZONTAL: Record<string, HorizontalAlignment> = { left: "Left", center: "Center", right: "Right" };
const VERTICAL: Record<string, VerticalAlignment> = { top: "Top", middle: "Center", bottom: "Bottom" };

/**
 * Queues a style on a whole block, one property set per part (never per cell): the font, fill, borders and
 * alignment the style sets replace those of the block entirely, as the CLI host renders them.
 */
export function queueLook(range: ExcelRange, look: StyleLook): void {
  const { format } = range;
  if (look.font !== undefined) {
    const { font } = format;
    font.name = look.font.name;
    font.size = look.font.size;
    font.bold = look.font.bold ?? false;
    font.italic = look.font.italic ?? false;
    font.color = look.font.color ?? "#000000";
    font.underline = look.font.underline === true ? "Single" : "None";
  }
  if (look.fill === "none") format.fill.clear();
  else if (look.fill !== undefined) format.fill.color = look.fill;
  if (look.borders !== undefined) {
    const { top, bottom, left, right } = look.borders;
    const lines: [BorderIndex, BorderLine | undefined][] = [
      ["EdgeTop", top],
      ["EdgeBottom", bottom],
      ["EdgeLeft", left],
      ["EdgeRight", right],
      ["InsideHorizontal", top ?? bottom],
      ["InsideVertical", left ?? right],
    ];
    for (const [index, line] of lines) {
      const border = format.borders.getItem(index);
      if (line === undefined) {
        border.style = "None";
      } else {
        border.style = line === "double" ? "Double" : "Continuous";
        if (line === "thin") border.weight = "Thin";
        border.color = "#000000";
      }
    }
  }
  if (look.alignment !== undefined) {
    const { horizontal, vertical, wrapText } = look.alignment;
    format.horizontalAlignment = horizontal === undefined ? "General" : (HORIZONTAL[horizontal] ?? "General");
    format.verticalAlignment = vertical === undefined ? "Bottom" : (VERTICAL[vertical] ?? "Bottom");
    format.wrapText = wrapText ?? false;
  }
}

/** Queues the link look on a block of link cells: blue and underlined, keeping bold or italic from its style. */
export function queueLinkFont(range: ExcelRange): void {
  const { font } = range.format;
  font.name = LINK_FONT.name;
  font.size = LINK_FONT.size;
  font.color = LINK_FONT.color ?? "#0563C1";
  font.underline = "Single";
}
